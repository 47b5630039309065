import { describe, expect, it } from 'vitest';
import { readStocks } from '../../../src/content/read.ts';
import { stockView } from '../../../src/lib/stocks.ts';
import { countryLabel } from '../../../src/map/labels.ts';
import { allViews, DIRECTIONS, mapPayload, viewKey } from '../../../src/map/views.ts';
import { stockYears, WORLD, type StockRow } from '../../../src/schemas/stock.ts';

/** CLDR's Spanish percent pattern puts a no-break space between number and sign: "15,8 %". */
const NBSP = '\u00a0';

const stocks = readStocks(process.cwd());
const rows: StockRow[] = stocks.entries.map((entry) => entry.data);

const YEARS = [1990, 1995, 2000, 2005, 2010, 2015, 2020];
const KEYS = [...YEARS.map((year) => `emigrants-${year}`), ...YEARS.map((year) => `immigrants-${year}`)];

describe('the real table', () => {
  it('reads without problems', () => {
    expect(stocks.problems).toEqual([]);
    expect(rows.length).toBe(1024); // 1,025 lines less the header
  });
});

describe('allViews on the real table', () => {
  const views = allViews(rows);

  it('gives 14 views: 2 directions × 7 years', () => {
    expect(views).toHaveLength(14);
    expect(views).toHaveLength(DIRECTIONS.length * stockYears.length);
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

describe('viewKey', () => {
  it.each([
    ['emigrants', 2020, 'emigrants-2020'],
    ['immigrants', 1990, 'immigrants-1990'],
  ] as const)('%s %d → %s', (direction, year, key) => {
    expect(viewKey({ direction, year })).toBe(key);
  });
});

describe('mapPayload on the real table', () => {
  const views = allViews(rows);
  const payload = mapPayload(views);
  const at = (key: string) => KEYS.indexOf(key);

  it('keys the views direction-year, in the order of the views', () => {
    expect(payload.views.map((view) => view.key)).toEqual(KEYS);
    expect(payload.views[at('emigrants-2020')]).toEqual({
      key: 'emigrants-2020',
      direction: 'emigrants',
      year: 2020,
      total: 1_519_635,
    });
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

  it('gives Chile its emigrant count of 2020, and stockView its share of the total', () => {
    expect(payload.counts.CHL![at('emigrants-2020')]).toBe(240_273);
    expect(payload.counts.CHL![at('immigrants-2020')]).toBe(17_615);
    const chile = stockView(rows, 'emigrants', 2020).countries.find((country) => country.iso3 === 'CHL');
    expect(chile).toEqual({ iso3: 'CHL', count: 240_273, share: 240_273 / 1_519_635 });
  });

  it('gives 0 where a country has no row in a view', () => {
    // Curaçao: emigrants 2010, 2015 and 2020 only (98, 105, 122), no immigrants at all.
    expect(payload.counts.CUW).toEqual([0, 0, 0, 0, 98, 105, 122, 0, 0, 0, 0, 0, 0, 0]);
    // Angola: immigrants only, 1990–2020.
    expect(payload.counts.AGO).toEqual([0, 0, 0, 0, 0, 0, 0, 8, 9, 11, 13, 14, 15, 26]);
  });

  it('keeps each view’s counts within its total', () => {
    payload.views.forEach((view, index) => {
      const sum = Object.values(payload.counts).reduce((total, counts) => total + counts[index]!, 0);
      expect(sum).toBeGreaterThan(0);
      expect(sum).toBeLessThanOrEqual(view.total);
    });
  });

  it('gives 0 to a country missing from some views of a small table', () => {
    const small: StockRow[] = [
      { direction: 'emigrants', iso3: WORLD, country: 'World', year: 1990, count: 10 },
      { direction: 'emigrants', iso3: 'USA', country: 'USA', year: 1990, count: 10 },
      { direction: 'emigrants', iso3: WORLD, country: 'World', year: 2020, count: 30 },
      { direction: 'emigrants', iso3: 'CHL', country: 'Chile', year: 2020, count: 20 },
      { direction: 'emigrants', iso3: 'USA', country: 'USA', year: 2020, count: 5 },
    ];
    expect(mapPayload(allViews(small))).toEqual({
      views: [
        { key: 'emigrants-1990', direction: 'emigrants', year: 1990, total: 10 },
        { key: 'emigrants-2020', direction: 'emigrants', year: 2020, total: 30 },
      ],
      counts: { CHL: [0, 20], USA: [10, 5] },
    });
  });
});

describe('countryLabel', () => {
  it('writes the English label', () => {
    expect(
      countryLabel('Chile', 240273, 1519635, 2020, 'en', { people: 'people', ofTotal: 'of the total' }),
    ).toBe('Chile: 240,273 people, 15.8% of the total, 2020');
  });

  it('writes the Spanish label with Spanish separators', () => {
    expect(
      countryLabel('Chile', 240273, 1519635, 2020, 'es', { people: 'personas', ofTotal: 'del total' }),
    ).toBe(`Chile: 240.273 personas, 15,8${NBSP}% del total, 2020`);
  });

  it('shows a tiny share as below 0.1%, not 0.0%', () => {
    // 14 of 1,519,635 is 0.0009%
    expect(
      countryLabel('Liechtenstein', 14, 1519635, 2020, 'en', { people: 'people', ofTotal: 'of the total' }),
    ).toBe('Liechtenstein: 14 people, <0.1% of the total, 2020');
  });
});
