/** The map's views (a direction and a year each) and the payload its browser script switches between. */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/content/read.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { stockView, type StockView } from '../../../src/lib/stocks.ts';
import type { MapWords } from '../../../src/map/payload.ts';
import { allViews, DIRECTIONS, mapPayload, type PayloadTexts } from '../../../src/map/views.ts';
import { WORLD, type StockRow } from '../../../src/schemas/stock.ts';

const dataset = datasetFor('map', 'stock');
const table = readDataset(process.cwd(), dataset);
const rows: StockRow[] = table.entries.map((entry) => entry.data);

const YEARS = [1990, 1995, 2000, 2005, 2010, 2015, 2020];

const WORDS: MapWords = {
  people: 'people',
  ofTotal: 'of the total',
  noData: 'No data',
  notDrawn: 'not drawn',
  dataNote: 'Data note',
  source: 'Source: S',
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
    expect(rows.length).toBe(1024); // 1,025 lines less the header
  });
});

describe('allViews on the real table', () => {
  const views = allViews(rows);

  it('gives 14 views: 2 directions × the 7 years of the dataset', () => {
    expect(views).toHaveLength(14);
    expect(dataset.years).toEqual(YEARS);
    expect(views).toHaveLength(DIRECTIONS.length * dataset.years.length);
  });

  it('puts emigrants first, years ascending in each direction', () => {
    expect(views.map((view) => [view.direction, view.year])).toEqual([
      ...YEARS.map((year) => ['emigrants', year]),
      ...YEARS.map((year) => ['immigrants', year]),
    ]);
  });

  it('takes each total from the WLD row', () => {
    expect(views[6]).toMatchObject({ direction: 'emigrants', year: 2020, total: 1_519_635 });
    expect(views[13]).toMatchObject({ direction: 'immigrants', year: 2020, total: 1_224_519 });
    expect(views[0]).toMatchObject({ direction: 'emigrants', year: 1990, total: 313_209 });
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
    expect(payload.views[at('emigrants', 2020)]).toEqual({
      direction: 'emigrants',
      year: 2020,
      total: 1_519_635,
      label: 'label emigrants 2020',
      caption: 'caption emigrants 2020',
      status: `status emigrants 2020 ${views[6]!.countries.length}`,
    });
  });

  it('carries the locale and the words it is given', () => {
    expect(payload.locale).toBe('en');
    expect(payload.words).toEqual(WORDS);
  });

  it('gives every country one count per view', () => {
    const codes = Object.keys(payload.counts);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(payload.counts[code]).toHaveLength(14);
  });

  it('lists every country of the table once, and only those (90 codes besides WLD)', () => {
    const codes = Object.keys(payload.counts);
    expect(codes).toHaveLength(90);
    expect(new Set(codes)).toEqual(new Set(rows.filter((row) => row.iso3 !== WORLD).map((row) => row.iso3)));
  });

  it('never carries WLD in the counts', () => {
    expect(payload.counts).not.toHaveProperty(WORLD);
  });

  it('names only the countries with data, each once', () => {
    expect(Object.keys(payload.names).sort()).toEqual(Object.keys(payload.counts).sort());
    expect(payload.names['CHL']).toBe('name of CHL');
    expect(named.sort()).toEqual(Object.keys(payload.counts).sort());
  });

  it('gives Chile its emigrant count of 2020, and stockView its share of the total', () => {
    expect(payload.counts['CHL']![at('emigrants', 2020)]).toBe(240_273);
    expect(payload.counts['CHL']![at('immigrants', 2020)]).toBe(17_615);
    const chile = stockView(rows, 'emigrants', 2020).countries.find((country) => country.iso3 === 'CHL');
    expect(chile).toEqual({ iso3: 'CHL', count: 240_273, share: 240_273 / 1_519_635 });
  });

  it('gives 0 where a country has no row in a view', () => {
    // Curaçao: emigrants 2010, 2015 and 2020 only (98, 105, 122), no immigrants at all.
    expect(payload.counts['CUW']).toEqual([0, 0, 0, 0, 98, 105, 122, 0, 0, 0, 0, 0, 0, 0]);
    // Angola: immigrants only, 1990–2020.
    expect(payload.counts['AGO']).toEqual([0, 0, 0, 0, 0, 0, 0, 8, 9, 11, 13, 14, 15, 26]);
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
