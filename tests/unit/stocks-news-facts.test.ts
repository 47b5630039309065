import { describe, expect, it } from 'vitest';
import { factsByRole, ROLE_ORDER, type Fact } from '../../src/lib/facts.ts';
import {
  editionItems,
  newestFirst,
  newsPagePath,
  newsSlug,
  paginate,
  publishable,
  translationGroups,
  type NewsItem,
} from '../../src/lib/news.ts';
import { share, stockView, totalsSeries, yearsOf } from '../../src/lib/stocks.ts';
import type { StockDirection, StockRow } from '../../src/schemas/stock.ts';

// ── stocks ──────────────────────────────────────────────────────────────────────────────────────
function row(direction: StockDirection, iso3: string, year: number, count: number): StockRow {
  return { direction, iso3, country: iso3, year, count };
}

const table: StockRow[] = [
  row('emigrants', 'USA', 2020, 30),
  row('emigrants', 'WLD', 2020, 100),
  row('emigrants', 'ESP', 2020, 25),
  row('emigrants', 'ARG', 2020, 0),
  row('emigrants', 'CHL', 2020, 30),
  row('emigrants', 'WLD', 1990, 40),
  row('emigrants', 'USA', 1990, 40),
  row('emigrants', 'WLD', 2005, 70),
  row('immigrants', 'WLD', 2020, 50),
  row('immigrants', 'VEN', 2020, 50),
  row('immigrants', 'WLD', 1995, 10),
];

describe('share', () => {
  it.each([
    [1, 4, 0.25],
    [30, 100, 0.3],
    [0, 100, 0],
    [5, 0, 0],
    [0, 0, 0],
  ])('%d of %d → %d', (part, whole, expected) => {
    expect(share(part, whole)).toBe(expected);
  });
});

describe('stockView', () => {
  const view = stockView(table, 'emigrants', 2020);

  it('takes the world total of the direction and year', () => {
    expect(view).toMatchObject({ direction: 'emigrants', year: 2020, total: 100 });
  });

  it('lists countries largest first, ties by code, zero counts left out', () => {
    expect(view.countries.map((country) => country.iso3)).toEqual(['CHL', 'USA', 'ESP']);
  });

  it('gives each country its count and share of the world total', () => {
    expect(view.countries).toEqual([
      { iso3: 'CHL', count: 30, share: 0.3 },
      { iso3: 'USA', count: 30, share: 0.3 },
      { iso3: 'ESP', count: 25, share: 0.25 },
    ]);
  });

  it('keeps the remainder as other or unknown: total − listed countries', () => {
    expect(view.otherOrUnknown).toEqual({ iso3: '', count: 15, share: 0.15 });
  });

  it('gives a zero remainder when the countries make up the whole total', () => {
    expect(stockView(table, 'immigrants', 2020).otherOrUnknown).toEqual({ iso3: '', count: 0, share: 0 });
    expect(stockView(table, 'emigrants', 1990).otherOrUnknown.count).toBe(0);
  });

  it('gives a world total without countries as all other or unknown', () => {
    const only = stockView(table, 'emigrants', 2005);
    expect(only.countries).toEqual([]);
    expect(only.otherOrUnknown).toEqual({ iso3: '', count: 70, share: 1 });
  });

  it('does not mix directions or years', () => {
    expect(stockView(table, 'immigrants', 2020).countries.map((country) => country.iso3)).toEqual(['VEN']);
    expect(stockView(table, 'emigrants', 1990).countries).toEqual([{ iso3: 'USA', count: 40, share: 1 }]);
  });

  it('does not reorder the rows it is given', () => {
    const copy = [...table];
    stockView(copy, 'emigrants', 2020);
    expect(copy).toEqual(table);
  });

  it.each<[StockDirection, number]>([
    ['immigrants', 2010],
    ['emigrants', 2015],
  ])('throws without a WLD total (%s %d)', (direction, year) => {
    expect(() => stockView(table, direction, year)).toThrow(/WLD/);
  });

  it('throws when a year has countries but no WLD total', () => {
    expect(() => stockView([row('immigrants', 'VEN', 2020, 5)], 'immigrants', 2020)).toThrow(/WLD/);
  });
});

describe('totalsSeries and yearsOf', () => {
  it('gives the world totals of a direction, oldest first', () => {
    expect(totalsSeries(table, 'emigrants')).toEqual([
      { year: 1990, total: 40 },
      { year: 2005, total: 70 },
      { year: 2020, total: 100 },
    ]);
    expect(totalsSeries(table, 'immigrants')).toEqual([
      { year: 1995, total: 10 },
      { year: 2020, total: 50 },
    ]);
  });

  it('gives the years present for a direction, oldest first, once each', () => {
    expect(yearsOf(table, 'emigrants')).toEqual([1990, 2005, 2020]);
    expect(yearsOf(table, 'immigrants')).toEqual([1995, 2020]);
  });
});

// ── news ────────────────────────────────────────────────────────────────────────────────────────
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
      lang: id.split('/')[0] as 'en' | 'es',
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

describe('newsPagePath', () => {
  it.each([
    [1, 'news/'],
    [2, 'news/page/2/'],
    [10, 'news/page/10/'],
  ])('page %d → %s', (page, path) => {
    expect(newsPagePath(page)).toBe(path);
  });
});

// ── facts ───────────────────────────────────────────────────────────────────────────────────────
function fact(id: string, role: Fact['role'], order: number): Fact {
  return {
    id,
    role,
    order,
    kind: 'statement',
    year: 2020,
    source: 'inmovilidad-peru-2020',
    label: { en: id, es: id },
  } as Fact;
}

describe('factsByRole', () => {
  const facts = [
    fact('context-b', 'context', 1),
    fact('origin-second', 'origin', 2),
    fact('host', 'refugee-host', 1),
    fact('origin-first', 'origin', 1),
    fact('context-a', 'context', 1),
    fact('origin-tenth', 'origin', 10),
  ];
  const groups = factsByRole(facts);

  it('gives roles in profile order and leaves out roles without facts', () => {
    expect(groups.map((group) => group.role)).toEqual(['origin', 'refugee-host', 'context']);
  });

  it('orders facts by their order number (numerically), then by id', () => {
    expect(groups[0]!.facts.map((entry) => entry.id)).toEqual([
      'origin-first',
      'origin-second',
      'origin-tenth',
    ]);
    expect(groups[2]!.facts.map((entry) => entry.id)).toEqual(['context-a', 'context-b']);
  });

  it('keeps every fact exactly once', () => {
    expect(groups.flatMap((group) => group.facts).length).toBe(facts.length);
  });

  it('gives no groups for no facts', () => {
    expect(factsByRole([])).toEqual([]);
  });

  it('follows the order sending, destination, transit, refugee host, deportee receiving, context', () => {
    expect(ROLE_ORDER).toEqual([
      'origin',
      'destination',
      'transit',
      'refugee-host',
      'deportee-receiving',
      'context',
    ]);
    const all = ROLE_ORDER.slice()
      .reverse()
      .map((role, index) => fact(`f${index}`, role, 1));
    expect(factsByRole(all).map((group) => group.role)).toEqual(ROLE_ORDER);
  });
});
