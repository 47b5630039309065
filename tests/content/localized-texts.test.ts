/**
 * The localized texts of content/ as committed (facts, sources, data notes, dataset titles): every
 * edition's text gives the same numbers, however its language writes them (1.7 million, 1,7 millones,
 * 1,7 milhão), so a translation cannot change a figure.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/content/read.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/languages.ts';

/** Every number of a text, thousands separators removed: 96,613 = 96.613; 27.6 and 27,6 give 27 and 6. */
function numbers(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d{3})*/g)].map(([number]) => number.replace(/[.,]/g, '')).sort();
}

/** Every object of `value` whose keys are exactly the editions', with where it is. */
function localizedTexts(value: unknown, at: string): [string, Record<string, string>][] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value).sort();
  if (keys.join() === [...LOCALES].sort().join()) return [[at, value as Record<string, string>]];
  return Object.entries(value).flatMap(([key, child]) => localizedTexts(child, `${at}.${key}`));
}

const files = [CONTENT_PATHS.facts, CONTENT_PATHS.sources, CONTENT_PATHS.dataNotes, CONTENT_PATHS.datasetTexts];
const texts = files.flatMap((file) => localizedTexts(parse(readFileSync(file, 'utf8')), file));

describe('localized texts of content/', () => {
  it('are found in every file that has them', () => {
    for (const file of files) expect(texts.some(([at]) => at.startsWith(`${file}.`)), file).toBe(true);
  });

  it.each(texts)('%s gives the same numbers in every edition', (_at, text) => {
    const reference = numbers(text[DEFAULT_LOCALE]!);
    for (const locale of LOCALES) expect(numbers(text[locale]!), locale).toEqual(reference);
  });
});
