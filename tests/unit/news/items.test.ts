/** The news archive's order, pages, addresses and translations. */
import { describe, expect, it } from 'vitest';
import {
  editionItems,
  newestFirst,
  newsHref,
  newsPath,
  newsSlug,
  paginate,
  publishable,
  translationGroups,
  type NewsItem,
} from '../../../src/news/items.ts';
import type { Locale } from '../../../src/i18n/languages.ts';

function item(
  id: string,
  date: string,
  title: string,
  extra: { draft?: boolean; translationOf?: string } = {},
): NewsItem {
  return {
    id,
    data: {
      title,
      date: new Date(`${date}T00:00:00Z`),
      lang: id.split('/')[0] as Locale,
      draft: extra.draft ?? false,
      ...(extra.translationOf ? { translationOf: extra.translationOf } : {}),
    },
  };
}

const ids = (items: readonly NewsItem[]) => items.map((entry) => entry.id);

describe('publishable', () => {
  const items = [
    item('en/a', '2020-01-01', 'A'),
    item('en/b', '2020-01-02', 'B', { draft: true }),
    item('es/c', '2020-01-03', 'C'),
  ];

  it('leaves drafts out of a production build', () => {
    expect(ids(publishable(items, false))).toEqual(['en/a', 'es/c']);
  });

  it('keeps drafts on the dev server', () => {
    expect(ids(publishable(items, true))).toEqual(['en/a', 'en/b', 'es/c']);
  });
});

describe('newestFirst', () => {
  it('orders by date, newest first', () => {
    const items = [
      item('en/old', '2019-05-01', 'Old'),
      item('en/new', '2020-11-30', 'New'),
      item('en/mid', '2020-01-15', 'Mid'),
    ];
    expect(ids(newestFirst(items))).toEqual(['en/new', 'en/mid', 'en/old']);
  });

  it('orders items of the same day by title, then by id, whatever the input order', () => {
    const a = item('en/z-file', '2020-11-30', 'Alpha');
    const b1 = item('en/b-file', '2020-11-30', 'Beta');
    const b2 = item('en/a-file', '2020-11-30', 'Beta');
    const expected = ['en/z-file', 'en/a-file', 'en/b-file'];
    expect(ids(newestFirst([a, b1, b2]))).toEqual(expected);
    expect(ids(newestFirst([b2, b1, a]))).toEqual(expected);
    expect(ids(newestFirst([b1, a, b2]))).toEqual(expected);
  });

  it('returns a new array and leaves the input as it was', () => {
    const items = [item('en/a', '2019-01-01', 'A'), item('en/b', '2020-01-01', 'B')];
    const sorted = newestFirst(items);
    expect(sorted).not.toBe(items);
    expect(ids(items)).toEqual(['en/a', 'en/b']);
  });
});

describe('newsSlug', () => {
  it.each([
    ['en/coyote-2020-operation', 'coyote-2020-operation'],
    ['es/decreto-regularizacion-2020', 'decreto-regularizacion-2020'],
  ])('%s → %s', (id, slug) => {
    expect(newsSlug(id)).toBe(slug);
  });
});

describe('newsPath and newsHref', () => {
  it.each([
    ['en/coyote-2020-operation', 'news/coyote-2020-operation/'],
    ['es/decreto-regularizacion-2020', 'news/decreto-regularizacion-2020/'],
  ])('%s lives at %s within its edition', (id, path) => {
    expect(newsPath(id)).toBe(path);
  });

  it.each([
    ['en/coyote-2020-operation', 'en', '/en/news/coyote-2020-operation/'],
    ['es/decreto-regularizacion-2020', 'es', '/news/decreto-regularizacion-2020/'],
  ] as const)('links %s to the edition of its own language: %s → %s', (id, lang, href) => {
    expect(newsHref({ id, data: { lang } })).toBe(href);
  });

  it('links an item listed in the other edition to its own page, not to one in that edition', () => {
    const english = item('en/only-english', '2020-11-30', 'Only in English');
    expect(editionItems([english], 'es')).toEqual([english]);
    expect(newsHref(english)).toBe('/en/news/only-english/');
  });
});

describe('translationGroups and editionItems', () => {
  const items = [
    item('en/only-english', '2020-11-30', 'Only in English'),
    item('en/decree', '2020-10-22', 'Decree'),
    item('es/decreto', '2020-10-22', 'Decreto', { translationOf: 'en/decree' }),
    item('es/solo-espanol', '2020-11-27', 'Solo en español'),
  ];

  it('groups an original with its translations, from either side', () => {
    const group = translationGroups(items);
    expect(ids(group('en/decree')).sort()).toEqual(['en/decree', 'es/decreto']);
    expect(ids(group('es/decreto')).sort()).toEqual(['en/decree', 'es/decreto']);
    expect(ids(group('en/only-english'))).toEqual(['en/only-english']);
    expect(group('en/missing')).toEqual([]);
  });

  it('lists an item that exists only in English in the Spanish edition', () => {
    expect(ids(editionItems(items, 'es'))).toContain('en/only-english');
  });

  it('lists a translated item once in each edition, in that edition’s language', () => {
    const es = ids(editionItems(items, 'es'));
    expect(es).toContain('es/decreto');
    expect(es).not.toContain('en/decree');
    const en = ids(editionItems(items, 'en'));
    expect(en).toContain('en/decree');
    expect(en).not.toContain('es/decreto');
  });

  it('gives each edition every news item, newest first', () => {
    expect(ids(editionItems(items, 'es'))).toEqual(['en/only-english', 'es/solo-espanol', 'es/decreto']);
    expect(ids(editionItems(items, 'en'))).toEqual(['en/only-english', 'es/solo-espanol', 'en/decree']);
  });

  it('works when the original is Spanish and the translation English', () => {
    const reversed = [
      item('es/original', '2020-01-01', 'Original'),
      item('en/translation', '2020-01-01', 'Translation', { translationOf: 'es/original' }),
    ];
    expect(ids(editionItems(reversed, 'es'))).toEqual(['es/original']);
    expect(ids(editionItems(reversed, 'en'))).toEqual(['en/translation']);
  });
});

describe('editionItems with three editions', () => {
  const items = [
    item('en/decree', '2020-10-22', 'Decree'),
    item('es/decreto', '2020-10-22', 'Decreto', { translationOf: 'en/decree' }),
    item('en/students', '2020-11-30', 'Students'),
    item('es/estudiantes', '2020-11-30', 'Estudiantes', { translationOf: 'en/students' }),
    item('pt/estudantes', '2020-11-30', 'Estudantes (pt)', { translationOf: 'en/students' }),
    item('es/solo-espanol', '2020-11-27', 'Solo en español'),
  ];

  it('lists an item the edition lacks once, in its original language, not once per translation', () => {
    expect(ids(editionItems(items, 'pt'))).toEqual(['pt/estudantes', 'es/solo-espanol', 'en/decree']);
  });

  it('lists each item of every edition exactly once', () => {
    const group = translationGroups(items);
    for (const locale of ['es', 'en', 'pt'] as const) {
      const listed = editionItems(items, locale);
      const roots = listed.map((entry) => ids(group(entry.id)).sort().join());
      expect(new Set(roots).size).toBe(listed.length);
      expect(listed).toHaveLength(3);
    }
  });

  it('lists the original that names itself, as every original with translations now does', () => {
    const named = [
      item('en/decree', '2020-10-22', 'Decree', { translationOf: 'en/decree' }),
      item('es/decreto', '2020-10-22', 'Decreto', { translationOf: 'en/decree' }),
    ];
    expect(ids(editionItems(named, 'pt'))).toEqual(['en/decree']);
    expect(ids(translationGroups(named)('en/decree')).sort()).toEqual(['en/decree', 'es/decreto']);
  });

  it('falls back to the first version in registry order when the original is not among the items', () => {
    const translations = [
      item('pt/traducao', '2020-01-01', 'Tradução', { translationOf: 'en/unpublished' }),
      item('es/traduccion', '2020-01-01', 'Traducción', { translationOf: 'en/unpublished' }),
    ];
    expect(ids(editionItems(translations, 'en'))).toEqual(['es/traduccion']);
    expect(ids(editionItems(translations, 'pt'))).toEqual(['pt/traducao']);
  });
});

describe('paginate', () => {
  const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

  it('gives one empty page for no items', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, last: 1 }]);
  });

  it('gives one page for exactly one page of items', () => {
    const pages = paginate(numbers(10), 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toEqual({ items: numbers(10), number: 1, last: 1 });
  });

  it('gives a second page for one item more', () => {
    const pages = paginate(numbers(11), 10);
    expect(pages).toEqual([
      { items: numbers(10), number: 1, last: 2 },
      { items: [11], number: 2, last: 2 },
    ]);
  });

  it.each([
    [1, 1, 1],
    [3, 1, 3],
    [20, 10, 2],
    [21, 10, 3],
    [5, 100, 1],
  ])('%d items in pages of %d → %d pages', (count, size, last) => {
    const pages = paginate(numbers(count), size);
    expect(pages).toHaveLength(last);
    expect(pages.map((page) => page.number)).toEqual(numbers(last));
    expect(pages.every((page) => page.last === last)).toBe(true);
    expect(pages.flatMap((page) => page.items)).toEqual(numbers(count));
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses the page size %d', (size) => {
    expect(() => paginate(numbers(3), size)).toThrow(/page size/);
  });
});
