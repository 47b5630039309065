/**
 * A picture to download: a standalone SVG file that reads the same with no stylesheet. Its title,
 * legend, the picture itself and, at the bottom, its source line and the site's address, all drawn
 * in; colours and the font are written on the elements (no CSS variables, no classes), sizes in
 * pixels. Pure: the same input gives the same bytes.
 */
import { xmlText } from '../lib/xml-text.ts';
import { INK, INK_MUTED, PAPER } from './colours.ts';

/** The font the pictures are drawn in (the PNG renderer loads its files; see `png.ts`). */
export const PICTURE_FONT = 'DejaVu Sans';
const FONT_FAMILY = `${PICTURE_FONT}, Verdana, Arial, sans-serif`;

/** Space around the picture, in pixels. */
export const MARGIN = 24;
const TITLE_SIZE = 18;
const TITLE_LINE = 24;
const LEGEND_SIZE = 13;
const LEGEND_LINE = 22;
const SWATCH = 14;
const FOOTER_SIZE = 12;
const FOOTER_LINE = 17;
/**
 * Width of an average character, as a share of the font size: a little wider than DejaVu Sans's
 * average, so that lines wrapped by counting characters never run past the picture's edge.
 */
const CHAR_WIDTH = 0.58;
const BOLD_CHAR_WIDTH = 0.65;

/** Text for XML content and attributes: `&`, `<`, `>`, quotes escaped, control characters dropped. */
export function escapeXml(text: string): string {
  return xmlText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Words wrapped into lines of at most `maxChars` characters (a longer word gets a line of its own). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** About how wide a text is drawn, in pixels. */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH);
}

/** A number as the markup writes it: at most two decimals, no trailing zeros. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export interface LegendItem {
  /** A colour, or `url(#id)` of a pattern in the picture's `defs`. */
  fill: string;
  label: string;
}

export interface PictureInput {
  /** The BCP 47 tag of the picture's language. */
  lang?: string;
  /** The picture's title: drawn at the top and its `<title>`. */
  title: string;
  /** Width of the picture, in pixels. */
  width: number;
  /** The legend's heading, drawn before its first item. */
  legendTitle?: string;
  /** The legend, drawn under the title in this order. */
  legend?: readonly LegendItem[];
  /** Definitions (patterns) the body and the legend refer to. */
  defs?: string;
  /** The picture itself, drawn from (0, 0) and `bodyHeight` pixels high, `width - 2 × MARGIN` wide. */
  body: string;
  bodyHeight: number;
  /** Lines at the bottom: the source with its edition and years, then where it was published. */
  footer: readonly string[];
}

/** The standalone SVG file. */
export function composePicture(input: PictureInput): string {
  const inner = input.width - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;

  const titleLines = wrapText(input.title, Math.floor(inner / (TITLE_SIZE * BOLD_CHAR_WIDTH)));
  parts.push(
    `<text font-size="${TITLE_SIZE}" font-weight="bold" fill="${INK}">${titleLines
      .map(
        (line, index) =>
          `<tspan x="${MARGIN}" y="${y + TITLE_SIZE + index * TITLE_LINE}">${escapeXml(line)}</tspan>`,
      )
      .join('')}</text>`,
  );
  y += (titleLines.length - 1) * TITLE_LINE + TITLE_SIZE + 14;

  if (input.legend && input.legend.length > 0) {
    let x = 0;
    let row = 0;
    const items: string[] = [];
    if (input.legendTitle) {
      items.push(
        `<text x="${MARGIN}" y="${y + 11.5}" font-weight="bold">${escapeXml(input.legendTitle)}</text>`,
      );
      x = textWidth(input.legendTitle, LEGEND_SIZE, true) + 10;
    }
    for (const item of input.legend) {
      const width = SWATCH + 6 + textWidth(item.label, LEGEND_SIZE) + 18;
      if (x > 0 && x + width > inner) {
        x = 0;
        row += 1;
      }
      const top = y + row * LEGEND_LINE;
      items.push(
        `<rect x="${num(MARGIN + x)}" y="${top}" width="${SWATCH}" height="${SWATCH}" fill="${item.fill}" stroke="${INK_MUTED}" stroke-width="0.5"/>` +
          `<text x="${num(MARGIN + x + SWATCH + 6)}" y="${top + 11.5}">${escapeXml(item.label)}</text>`,
      );
      x += width;
    }
    parts.push(`<g font-size="${LEGEND_SIZE}" fill="${INK}">${items.join('')}</g>`);
    y += (row + 1) * LEGEND_LINE + 6;
  }

  parts.push(`<g transform="translate(${MARGIN} ${y})">${input.body}</g>`);
  y += input.bodyHeight + 18;

  const footerLines = input.footer.flatMap((line) =>
    wrapText(line, Math.floor(inner / (FOOTER_SIZE * CHAR_WIDTH))),
  );
  parts.push(
    `<text font-size="${FOOTER_SIZE}" fill="${INK_MUTED}">${footerLines
      .map(
        (line, index) =>
          `<tspan x="${MARGIN}" y="${y + FOOTER_SIZE + index * FOOTER_LINE}">${escapeXml(line)}</tspan>`,
      )
      .join('')}</text>`,
  );
  y += FOOTER_SIZE + (footerLines.length - 1) * FOOTER_LINE + MARGIN;

  const height = Math.ceil(y);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${input.width}" height="${height}" viewBox="0 0 ${input.width} ${height}"${input.lang ? ` xml:lang="${escapeXml(input.lang)}"` : ''} font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(input.title)}</title>`,
    input.defs ? `<defs>${input.defs}</defs>` : '',
    `<rect width="${input.width}" height="${height}" fill="${PAPER}"/>`,
    ...parts,
    '</svg>\n',
  ].join('');
}
