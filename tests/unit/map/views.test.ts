/** The map's views (a direction and a year each) and the payload its browser script switches between. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/content/read.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { stockView, type StockView } from '../../../src/profile/stocks.ts';
import type { MapWords } from '../../../src/map/payload.ts';
import { allViews, DIRECTIONS, mapPayload, type PayloadTexts } from '../../../src/map/views.ts';
import { WORLD, type StockRow } from '../../../src/schemas/stock.ts';

const dataset = datasetFor('map', 'stock-by-sex');
const table = readDataset(process.cwd(), dataset);
const rows: StockRow[] = table.entries.map((entry) => entry.data);

const YEARS = [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024];

/**
 * The table's lines read by hand (it has no quoted field), apart from the code under test: each
 * `direction,iso3,year` to its count.
 */
const csv = new Map(
  readFileSync(join(process.cwd(), dataset.file), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','))
    .map(([direction, iso3, , year, count]) => [`${direction},${iso3},${year}`, Number(count)] as const),
);
const countOf = (direction: string, iso3: string, year: number) =>
  csv.get(`${direction},${iso3},${year}`) ?? 0;

const WORDS: MapWords = {
  people: 'people',
  ofTotal: 'of the total',
  noData: 'No data',
  notDrawn: 'not drawn',
  dataNote: 'Data note',
  women: 'women',
  source: 'Source: S',
  copied: 'Copied',
  copyFailed: 'Not copied',
};

/** Texts that say which view and country they were made for, so the payload shows what it took. */
function texts(overrides: Partial<PayloadTexts> = {}): PayloadTexts {
  return {
    locale: 'en',
    words: WORDS,
    viewTexts: (view: StockView) => ({
      label: `label ${view.direction} ${view.year}`,
      caption: `caption ${view.direction} ${view.year}`,
      status: `status ${view.direction} ${view.year} ${view.countries.length}`,
    }),
    name: (code) => `name of ${code}`,
    notes: [],
    news: () => undefined,
    ...overrides,
  };
}

describe('the real table', () => {
  it('reads without problems', () => {
    expect(table.problems).toEqual([]);
    expect(rows.length).toBe(csv.size);
  });
});

describe('allViews on the real table', () => {
  const views = allViews(rows);

  it('gives 16 views: 2 directions × the 8 years of the dataset', () => {
    expect(views).toHaveLength(16);
    expect(dataset.years).toEqual(YEARS);
    expect(views).toHaveLength(DIRECTIONS.length * dataset.years.length);
  });

  it('puts emigrants first, years ascending in each direction', () => {
    expect(views.map((view) => [view.direction, view.year])).toEqual([
      ...YEARS.map((year) => ['emigrants', year]),
      ...YEARS.map((year) => ['immigrants', year]),
    ]);
  });

  // The check figures of the data's own description (UN DESA International Migrant Stock 2024).
  it('takes each total from the WLD row', () => {
    expect(views[7]).toMatchObject({ direction: 'emigrants', year: 2024, total: 1_672_482 });
    expect(views[15]).toMatchObject({ direction: 'immigrants', year: 2024, total: 1_837_219 });
    expect(views[6]).toMatchObject({ direction: 'emigrants', year: 2020, total: 1_460_493 });
    expect(views[14]).toMatchObject({ direction: 'immigrants', year: 2020, total: 1_184_762 });
  });

  it("never lists UN DESA's «Others» (XXX) as a country: it is other or unknown origin", () => {
    const immigrants2024 = views[15]!;
    expect(immigrants2024.countries.map((country) => country.iso3)).not.toContain('XXX');
    expect(immigrants2024.otherOrUnknown.count).toBe(32_265);
  });

  it('carries the women of each country', () => {
    const usa = views[7]!.countries.find((country) => country.iso3 === 'USA');
    expect(usa).toMatchObject({ count: 512_316 });
    expect(usa!.women).toBeGreaterThan(0);
    expect(usa!.women).toBeLessThan(512_316);
  });

  it('never lists WLD as a country', () => {
    for (const view of views) expect(view.countries.map((country) => country.iso3)).not.toContain(WORLD);
  });
});

describe('mapPayload on the real table', () => {
  const views = allViews(rows);
  const named: string[] = [];
  const payload = mapPayload(
    views,
    texts({
      name: (code) => {
        named.push(code);
        return `name of ${code}`;
      },
    }),
  );
  const at = (direction: string, year: number) =>
    payload.views.findIndex((view) => view.direction === direction && view.year === year);

  it('gives each view its direction, year, total and texts, in the order of the views', () => {
    expect(payload.views.map((view) => [view.direction, view.year])).toEqual(
      views.map((view) => [view.direction, view.year]),
    );
    expect(payload.views[at('emigrants', 2024)]).toEqual({
      direction: 'emigrants',
      year: 2024,
      total: 1_672_482,
      label: 'label emigrants 2024',
      caption: 'caption emigrants 2024',
      status: `status emigrants 2024 ${views[7]!.countries.length}`,
    });
  });

  it('carries the locale and the words it is given', () => {
    expect(payload.locale).toBe('en');
    expect(payload.words).toEqual(WORDS);
  });

  it('gives every country one count per view', () => {
    const codes = Object.keys(payload.counts);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(payload.counts[code]).toHaveLength(16);
  });

  it('lists every country of the table once, and only those (not WLD, not XXX)', () => {
    const codes = Object.keys(payload.counts);
    const countries = new Set(
      rows.filter((row) => row.iso3 !== WORLD && row.iso3 !== 'XXX').map((row) => row.iso3),
    );
    expect(codes).toHaveLength(countries.size);
    expect(new Set(codes)).toEqual(countries);
  });

  it("gives each country's women, one per view, never more than its count", () => {
    expect(Object.keys(payload.women ?? {}).sort()).toEqual(Object.keys(payload.counts).sort());
    for (const [code, women] of Object.entries(payload.women!)) {
      women.forEach((value, index) => expect(value).toBeLessThanOrEqual(payload.counts[code]![index]!));
    }
  });

  it('never carries WLD in the counts', () => {
    expect(payload.counts).not.toHaveProperty(WORLD);
  });

  it('names only the countries with data, each once', () => {
    expect(Object.keys(payload.names).sort()).toEqual(Object.keys(payload.counts).sort());
    expect(payload.names['CHL']).toBe('name of CHL');
    expect(named.sort()).toEqual(Object.keys(payload.counts).sort());
  });

  it('gives Chile its counts of 2024, and stockView its share of the total', () => {
    expect(payload.counts['CHL']![at('emigrants', 2024)]).toBe(261_522);
    expect(payload.counts['CHL']![at('immigrants', 2024)]).toBe(19_221);
    const chile = stockView(rows, 'emigrants', 2024).countries.find((country) => country.iso3 === 'CHL');
    expect(chile).toMatchObject({ iso3: 'CHL', count: 261_522, share: 261_522 / 1_672_482 });
  });

  it("gives every country the CSV's count in each view, and 0 where it has no row", () => {
    for (const code of ['CUW', 'GEO', 'LIE', 'VEN', 'USA']) {
      const expected = payload.views.map((view) => countOf(view.direction, code, view.year));
      expect(payload.counts[code], code).toEqual(expected);
    }
    // Georgia and Liechtenstein: years the source lacks are left out, and read as none.
    expect(payload.counts['GEO']![at('immigrants', 1990)] ?? 0).toBe(0);
  });

  it('keeps each view’s counts within its total', () => {
    payload.views.forEach((view, index) => {
      const sum = Object.values(payload.counts).reduce((total, counts) => total + counts[index]!, 0);
      expect(sum).toBeGreaterThan(0);
      expect(sum).toBeLessThanOrEqual(view.total);
    });
  });
});

describe('mapPayload on a small table', () => {
  const small: StockRow[] = [
    { direction: 'emigrants', iso3: WORLD, country: 'World', year: 1990, count: 10 },
    { direction: 'emigrants', iso3: 'USA', country: 'USA', year: 1990, count: 10 },
    { direction: 'emigrants', iso3: WORLD, country: 'World', year: 2020, count: 30 },
    { direction: 'emigrants', iso3: 'CHL', country: 'Chile', year: 2020, count: 20 },
    { direction: 'emigrants', iso3: 'USA', country: 'USA', year: 2020, count: 5 },
    { direction: 'immigrants', iso3: WORLD, country: 'World', year: 2020, count: 8 },
    { direction: 'immigrants', iso3: 'VEN', country: 'Venezuela', year: 2020, count: 6 },
    { direction: 'immigrants', iso3: 'ARG', country: 'Argentina', year: 2020, count: 0 },
  ];
  const views = allViews(small);

  it('gives 0 to a country missing from some views, and leaves out a country with no count at all', () => {
    const payload = mapPayload(views, texts());
    expect(payload.views.map((view) => [view.direction, view.year, view.total])).toEqual([
      ['emigrants', 1990, 10],
      ['emigrants', 2020, 30],
      ['immigrants', 2020, 8],
    ]);
    expect(payload.counts).toEqual({ CHL: [0, 20, 0], USA: [10, 5, 0], VEN: [0, 0, 6] });
    expect(payload.names).toEqual({ CHL: 'name of CHL', USA: 'name of USA', VEN: 'name of VEN' });
  });

  it('keys data notes by direction, a note without a direction under both', () => {
    const payload = mapPayload(
      views,
      texts({
        notes: [
          { iso3: 'CHL', direction: 'emigrants', text: 'Chile, emigrants only.' },
          { iso3: 'VEN', text: 'Venezuela, either direction.' },
          { iso3: 'USA', direction: 'immigrants', text: 'USA, immigrants.' },
          // No data for Argentina in any view: nothing shows the note.
          { iso3: 'ARG', text: 'Argentina.' },
        ],
      }),
    );
    expect(payload.notes).toEqual({
      emigrants: { CHL: 'Chile, emigrants only.', VEN: 'Venezuela, either direction.' },
      immigrants: { USA: 'USA, immigrants.', VEN: 'Venezuela, either direction.' },
    });
  });

  it('gives no direction an entry when no note applies to it', () => {
    const payload = mapPayload(views, texts({ notes: [{ iso3: 'CHL', direction: 'emigrants', text: 'x' }] }));
    expect(payload.notes).toEqual({ emigrants: { CHL: 'x' } });
  });

  it('links the countries that have news, and only those', () => {
    const payload = mapPayload(
      views,
      texts({
        news: (code) => (code === 'VEN' ? { href: '/news/countries/ven/', text: '2 news items' } : undefined),
      }),
    );
    expect(payload.news).toEqual({ VEN: { href: '/news/countries/ven/', text: '2 news items' } });
  });
});
