/** The links between news items and their translations (`translationProblems`). */
import { describe, expect, it } from 'vitest';
import { translationProblems, type TranslatableItem } from '../../../src/news/translations.ts';

const item = (id: string, translationOf?: string): TranslatableItem => ({
  id,
  file: `content/news/${id}.md`,
  lang: id.split('/')[0]!,
  ...(translationOf ? { translationOf } : {}),
});
const messages = (items: TranslatableItem[], known = items.map((entry) => entry.id)) =>
  translationProblems(items, new Set(known)).map((problem) => `${problem.file}: ${problem.message}`);

describe('translationProblems', () => {
  it('accepts an original with one translation per other language', () => {
    expect(messages([item('en/a'), item('es/a', 'en/a')])).toEqual([]);
  });

  it('refuses a link to no item, but leaves a link to an item that exists yet is invalid to that item', () => {
    expect(messages([item('es/a', 'en/missing')])).toEqual([
      'content/news/es/a.md: names no news item (write it as language/file-name, such as en/coyote-2020)',
    ]);
    expect(messages([item('es/a', 'en/broken')], ['es/a', 'en/broken'])).toEqual([]);
  });

  it('refuses a link within one language', () => {
    expect(messages([item('en/a'), item('en/b', 'en/a')])).toEqual([
      'content/news/en/b.md: must name an item in another language',
    ]);
  });

  it('refuses a link to a translation, which rules out chains and cycles', () => {
    expect(messages([item('en/a', 'es/b'), item('es/b', 'en/a')])).toEqual([
      'content/news/en/a.md: names a translation, not an original: name en/a (the item it translates)',
      'content/news/es/b.md: names a translation, not an original: name es/b (the item it translates)',
    ]);
  });

  it('refuses a second translation into one language, naming the first', () => {
    expect(messages([item('en/a'), item('es/a', 'en/a'), item('es/b', 'en/a')])).toEqual([
      'content/news/es/b.md: is the second es translation of en/a (the first is content/news/es/a.md): keep one',
    ]);
  });
});
