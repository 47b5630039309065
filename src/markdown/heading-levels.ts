/**
 * The order of a body's headings, as the built page will have them: the page's title is its one h1,
 * so a body's first heading is `##` (h2), and each heading is at most one level deeper than the
 * heading before it (h2 → h4 skips h3); going back up any number of levels is fine. The HTML checker
 * CI runs on the built pages fails a page that skips a level (`"h3" follows "h1", skipping 1 heading
 * level`), so the content check refuses it first, on its line. `<ProfileFact id="…" />` counts where
 * it stands: it shows its figure under an h3 (`PROFILE_FACT_LEVEL`). An h1 is the body policy's to
 * refuse (`body-policy.ts`); here it counts as the level it is. Pure, over satteri's trees.
 */
import { fromHtml } from 'hast-util-from-html';
import { nodesOf, type BodyViolation } from './body-policy.ts';

/** The level of the page's title, the heading above every body. */
export const TITLE_LEVEL = 1;

/**
 * The level of the heading `<ProfileFact id="…" />` renders: the label of its fact card
 * (`src/components/mdx/ProfileFact.astro` gives `FactCard` `level="h3"`).
 */
export const PROFILE_FACT_LEVEL = 3;

/** A heading of a body, or a component that renders one, in document order. */
export interface BodyHeading {
  /** 2 for `##` or `<h2>`. */
  level: number;
  /** 1-based line in the body, when the parser gives one. */
  line?: number;
  /** What was written, in short: `### Background`, `<h4>`, `<ProfileFact id="seed-ptp-granted" />`. */
  construct: string;
  /** How to make it one level deeper than `level` at most: rewrite it (a heading) or not (a component). */
  kind: 'markdown' | 'html' | 'component';
  /** Its text, for a Markdown heading. */
  text?: string;
}

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const HEADING = /^h([1-6])$/;

/** The text of a node, shortened for a message. */
function textOf(node: Node): string {
  let text = '';
  for (const child of nodesOf(node)) if (child.type === 'text') text += String(child.value);
  const words = text.replace(/\s+/g, ' ').trim();
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
}

/**
 * Every heading of a body's syntax tree (hast, as satteri's `markdownToHast` with positions or
 * `mdxToHast` give it), in document order: Markdown headings, HTML headings (raw HTML in Markdown,
 * lower-case JSX in MDX), and each `<ProfileFact>` at the level of the heading it renders.
 */
export function headingsOf(tree: unknown): BodyHeading[] {
  const headings: BodyHeading[] = [];
  for (const node of nodesOf(tree as Node)) {
    const line = node.position?.start.line;
    const where = line === undefined ? {} : { line };
    if (node.type === 'element') {
      const level = HEADING.exec(node.tagName ?? '')?.[1];
      if (level === undefined) continue;
      const text = textOf(node);
      headings.push({
        level: Number(level),
        ...where,
        construct: `${'#'.repeat(Number(level))} ${text}`,
        kind: 'markdown',
        text,
      });
    } else if (node.type === 'raw') {
      // Raw HTML in Markdown, read as the browser will: a heading anywhere in the block counts.
      for (const element of nodesOf(fromHtml(String(node.value), { fragment: true }) as unknown as Node)) {
        const level = element.type === 'element' ? HEADING.exec(element.tagName ?? '')?.[1] : undefined;
        if (level === undefined) continue;
        const at = line === undefined ? undefined : line + (element.position?.start.line ?? 1) - 1;
        headings.push({
          level: Number(level),
          ...(at === undefined ? {} : { line: at }),
          construct: `<h${level}>`,
          kind: 'html',
        });
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'ProfileFact') {
        const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
        headings.push({
          level: PROFILE_FACT_LEVEL,
          ...where,
          construct: `<ProfileFact id="${typeof id === 'string' ? id : '…'}" />`,
          kind: 'component',
        });
        continue;
      }
      const level = HEADING.exec(node.name ?? '')?.[1];
      if (level !== undefined)
        headings.push({ level: Number(level), ...where, construct: `<h${level}>`, kind: 'html' });
    }
  }
  return headings;
}

/**
 * Each heading that is more than one level deeper than the heading before it (the page's title, h1,
 * before the first), with what to write instead. Empty when the order is valid.
 */
export function headingSkips(headings: readonly BodyHeading[]): BodyViolation[] {
  const violations: BodyViolation[] = [];
  let previous: BodyHeading | undefined;
  for (const heading of headings) {
    const above = previous?.level ?? TITLE_LEVEL;
    if (heading.level > above + 1) {
      const after = previous
        ? `after ${JSON.stringify(previous.construct)} (h${above})`
        : `after the page's title (h${TITLE_LEVEL})`;
      const what =
        heading.kind === 'component'
          ? `<ProfileFact> shows its figure under an h${heading.level} heading, here ${after}`
          : `an h${heading.level} ${after}`;
      const before = `put a ${'#'.repeat(heading.level - 1)} heading before it`;
      const fix =
        heading.kind === 'component'
          ? before
          : heading.kind === 'markdown'
            ? `make it ${'#'.repeat(above + 1)} ${heading.text ?? '…'}, or ${before}`
            : `make it <h${above + 1}>, or ${before}`;
      violations.push({
        ...(heading.line === undefined ? {} : { line: heading.line }),
        construct: heading.construct,
        message: `skips a heading level: ${what}; a body's headings start at ## (h2), each at most one level deeper than the heading before it`,
        fix,
      });
    }
    previous = heading;
  }
  return violations;
}
