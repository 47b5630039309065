/**
 * The translations of the news as committed: each keeps its original's facts — date, its precision,
 * tags, countries, source addresses and every number of the text — and only the prose changes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readNews } from '../../src/news/files.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { translationGroups } from '../../src/news/items.ts';

const news = readNews(process.cwd());
const byId = new Map(news.entries.map((item) => [item.id, item]));
const translations = news.entries.filter((item) => item.data.translationOf !== undefined);
const bodyOf = (item: (typeof news.entries)[number]) => {
  const read = readFrontmatter(readFileSync(item.file, 'utf8'), item.file);
  if (!read.ok) throw new Error(`${item.file} has no frontmatter`);
  return read.value.body;
};

/** Every number of a text, thousands separators removed, whichever language wrote it: 96,613 = 96.613. */
function numbers(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d{3})*/g)].map(([number]) => number.replace(/[.,]/g, '')).sort();
}

describe('the news as committed', () => {
  it('read without problems', () => {
    expect(news.problems).toEqual([]);
  });

  it.each(LOCALES)('has every item in %s, as an original or a translation', (locale) => {
    const group = translationGroups(news.entries);
    const groups = new Set(news.entries.map((item) => group(item.id)));
    for (const versions of groups) {
      expect(
        versions.map((version) => version.data.lang),
        versions[0]!.id,
      ).toContain(locale);
    }
  });

  it.each(translations.map((item) => [item.id, item] as const))(
    '%s keeps the date, tags, countries and sources of its original',
    (_id, item) => {
      const original = byId.get(item.data.translationOf!)!;
      expect(item.data.date).toEqual(original.data.date);
      expect(item.data.datePrecision).toEqual(original.data.datePrecision);
      expect(item.data.tags).toEqual(original.data.tags);
      expect(item.data.countries).toEqual(original.data.countries);
      expect(item.data.sources.map((source) => source.url)).toEqual(
        original.data.sources.map((source) => source.url),
      );
    },
  );

  it.each(translations.map((item) => [item.id, item] as const))(
    '%s gives every number of its original, and no other',
    (_id, item) => {
      const original = byId.get(item.data.translationOf!)!;
      const text = (entry: typeof item) => `${entry.data.title}\n${entry.data.summary}\n${bodyOf(entry)}`;
      expect(numbers(text(item))).toEqual(numbers(text(original)));
    },
  );
});
