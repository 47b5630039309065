/**
 * The links between news items and their translations (`translationProblems`): items that translate
 * one another share one `translationOf`, the id of their original, which the original writes too.
 */
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
  it('accepts an original naming itself with one translation per other language', () => {
    expect(messages([item('en/a', 'en/a'), item('es/a', 'en/a'), item('pt/a', 'en/a')])).toEqual([]);
  });

  it('accepts an item alone, naming itself or nothing', () => {
    expect(messages([item('en/a', 'en/a'), item('es/b')])).toEqual([]);
  });

  it('refuses an original its translations name that does not name itself, saying which line to add', () => {
    const problems = translationProblems(
      [item('en/a'), item('es/a', 'en/a'), item('pt/a', 'en/a')],
      new Set(['en/a', 'es/a', 'pt/a']),
    );
    expect(problems).toEqual([
      {
        file: 'content/news/en/a.md',
        line: 1,
        field: 'translationOf',
        message: 'is the original of es/a, pt/a, which name it, but does not name itself',
        fix: 'add the line translationOf: en/a (an original names itself, so that every language version of an item carries the same link)',
      },
    ]);
  });

  it('refuses a link to no item, but leaves a link to an item that exists yet is invalid to that item', () => {
    expect(messages([item('es/a', 'en/missing')])).toEqual([
      'content/news/es/a.md: names no news item (write it as language/file-name, such as en/coyote-2020)',
    ]);
    expect(messages([item('es/a', 'en/broken')], ['es/a', 'en/broken'])).toEqual([]);
  });

  it('refuses a link within one language', () => {
    expect(messages([item('en/a', 'en/a'), item('en/b', 'en/a')])).toEqual([
      'content/news/en/b.md: must name an item in another language',
    ]);
  });

  it('refuses a link to a translation, naming the original at the end of the chain', () => {
    const problems = translationProblems(
      [item('en/a', 'en/a'), item('es/b', 'en/a'), item('pt/c', 'es/b')],
      new Set(['en/a', 'es/b', 'pt/c']),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/news/pt/c.md',
        message: 'names a translation, not an original (es/b translates en/a)',
        fix: 'write translationOf: en/a',
      }),
    ]);
  });

  it('refuses a cycle in every item of it, asking which item is the original', () => {
    const three = [item('en/a', 'es/b'), item('es/b', 'pt/c'), item('pt/c', 'en/a')];
    const problems = translationProblems(three, new Set(three.map((entry) => entry.id)));
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      [
        'content/news/en/a.md',
        'is part of a cycle of translation links (en/a → es/b → pt/c → en/a): every item names another as its original',
      ],
      [
        'content/news/es/b.md',
        'is part of a cycle of translation links (es/b → pt/c → en/a → es/b): every item names another as its original',
      ],
      [
        'content/news/pt/c.md',
        'is part of a cycle of translation links (pt/c → en/a → es/b → pt/c): every item names another as its original',
      ],
    ]);
    for (const problem of problems)
      expect(problem.fix).toBe(
        'decide which item is the original and make it name itself (translationOf: its own language/file-name); the others keep naming it',
      );
  });

  it('refuses a second translation into one language, naming the first', () => {
    expect(messages([item('en/a', 'en/a'), item('es/a', 'en/a'), item('es/b', 'en/a')])).toEqual([
      'content/news/es/b.md: is the second es translation of en/a (the first is content/news/es/a.md)',
    ]);
  });

  it('suggests the id a link meant: its case, its folder or its extension wrong, or a typo', () => {
    const fixes = (target: string) =>
      translationProblems(
        [item('en/coyote-2020', 'en/coyote-2020'), item('es/a', target)],
        new Set(['en/coyote-2020', 'es/a']),
      ).map((problem) => problem.fix);
    for (const target of [
      'en/Coyote-2020',
      'content/news/en/coyote-2020.md',
      'en/coyote-2020.mdx',
      'en/coyte-2020',
    ]) {
      expect(fixes(target), target).toEqual(['did you mean en/coyote-2020?']);
    }
  });
});

describe('what a published translation shares with its original', () => {
  const facts = {
    draft: false,
    date: '2020-11-27',
    datePrecision: 'day',
    tags: ['quito-process', 'venezuelans'],
    countries: ['PER', 'CHL'],
    sourceUrls: ['https://example.org/a', undefined],
    text: 'Peru took over from Chile: 96,613 students.',
  };
  const pair = (changes: Partial<typeof facts>) => {
    const original = { ...item('en/a', 'en/a'), facts };
    const translation = {
      ...item('es/a', 'en/a'),
      facts: { ...facts, text: 'El Perú: 96.613 estudiantes.', ...changes },
    };
    return translationProblems([original, translation], new Set(['en/a', 'es/a']));
  };

  it('accepts the same facts, tags and countries in any order, numbers however the language writes them', () => {
    expect(pair({ tags: ['venezuelans', 'quito-process'], countries: ['CHL', 'PER'] })).toEqual([]);
  });

  it.each([
    ['date', { date: '2020-11-28' }, 'write date: 2020-11-27'],
    ['datePrecision', { datePrecision: 'month' }, 'write datePrecision: day'],
    ['tags', { tags: ['quito-process'] }, 'write tags: [quito-process, venezuelans]'],
    ['countries', { countries: ['PER'] }, 'write countries: [PER, CHL]'],
    [
      'sources',
      { sourceUrls: ['https://example.org/b', undefined] },
      'list the same sources in the same order',
    ],
    // The same sources in another order: each name is translated beside its address.
    ['sources', { sourceUrls: [undefined, 'https://example.org/a'] }, 'in the same order'],
    ['body', { text: 'El Perú: 96.614 estudiantes.' }, 'give every figure of the original'],
  ] as const)(
    'refuses a published translation whose %s differs, saying what to write',
    (field, changes, fix) => {
      expect(pair(changes as Partial<typeof facts>)).toEqual([
        expect.objectContaining({ file: 'content/news/es/a.md', field, fix: expect.stringContaining(fix) }),
      ]);
    },
  );

  it('leaves a draft translation alone until it is published', () => {
    expect(pair({ draft: true, tags: [], text: '✎ El texto' })).toEqual([]);
  });
});
