/**
 * A picture's PNG file, drawn from its SVG by resvg at twice its size. The font files are loaded
 * explicitly and the machine's fonts never, so the same SVG gives the same bytes on any machine with
 * Debian's `fonts-dejavu-core` (which `.ci/run` installs when missing).
 */
import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { PICTURE_FONT } from './svg.ts';

const FONT_FOLDER = '/usr/share/fonts/truetype/dejavu';
export const FONT_FILES = [`${FONT_FOLDER}/DejaVuSans.ttf`, `${FONT_FOLDER}/DejaVuSans-Bold.ttf`] as const;

/** How many times the SVG's size the PNG is drawn: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** The font files the pictures need that this machine lacks. */
export function missingFontFiles(files: readonly string[] = FONT_FILES): string[] {
  return files.filter((file) => !existsSync(file));
}

/**
 * Draws off the main thread (resvg's thread pool), so that the build's other pages render meanwhile
 * and both cores draw pictures.
 */
export async function renderPng(svg: string, fontFiles: readonly string[] = FONT_FILES): Promise<Buffer> {
  const missing = missingFontFiles(fontFiles);
  if (missing.length > 0) {
    throw new Error(
      `The downloadable pictures need the font file ${missing.join(' and ')}: install Debian's fonts-dejavu-core (apt-get install fonts-dejavu-core).`,
    );
  }
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: PICTURE_FONT },
  });
  return image.asPng();
}
