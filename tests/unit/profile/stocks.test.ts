/** The stock table shaped into views: counts, shares and the remainder of other or unknown origin. */
import { describe, expect, it } from 'vitest';
import {
  latestOf,
  mainCountries,
  share,
  stockView,
  totalsSeries,
  womenInTotal,
  yearsOf,
} from '../../../src/profile/stocks.ts';
import type { StockBySexRow, StockDirection, StockRow } from '../../../src/schemas/stock.ts';

function row(direction: StockDirection, iso3: string, year: number, count: number): StockRow {
  return { direction, iso3, country: iso3, year, count };
}

function bySex(
  direction: StockDirection,
  iso3: string,
  year: number,
  female: number,
  male: number,
): StockBySexRow {
  return { direction, iso3, country: iso3, year, count: female + male, female, male };
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

describe('latestOf', () => {
  it('gives the last point, the one before it and the change between them', () => {
    expect(
      latestOf([
        { year: 1990, value: 40 },
        { year: 2015, value: 80 },
        { year: 2020, value: 100 },
      ]),
    ).toEqual({ year: 2020, value: 100, previous: { year: 2015, value: 80 }, change: 0.25 });
  });

  it('gives a fall as a negative change, and a fall to 0 as −100%', () => {
    expect(
      latestOf([
        { year: 2015, value: 100 },
        { year: 2020, value: 75 },
      ]).change,
    ).toBe(-0.25);
    expect(
      latestOf([
        { year: 2015, value: 100 },
        { year: 2020, value: 0 },
      ]).change,
    ).toBe(-1);
  });

  it('gives a single point with no previous point and no change', () => {
    const latest = latestOf([{ year: 2020, value: 100 }]);
    expect(latest).toEqual({ year: 2020, value: 100 });
    expect(latest).not.toHaveProperty('previous');
    expect(latest).not.toHaveProperty('change');
  });

  it('keeps a previous point of 0 but gives no change from it', () => {
    const latest = latestOf([
      { year: 2015, value: 0 },
      { year: 2020, value: 50 },
    ]);
    expect(latest).toEqual({ year: 2020, value: 50, previous: { year: 2015, value: 0 } });
    expect(latest).not.toHaveProperty('change');
  });

  it('throws for a series with no point', () => {
    expect(() => latestOf([])).toThrow(/no point/);
  });
});

describe('mainCountries', () => {
  // Countries CHL 30, USA 30, ESP 25 of a total of 100; 15 of other or unknown origin.
  const view = stockView(table, 'emigrants', 2020);

  it('gives the n largest countries, the other countries together, and the other or unknown', () => {
    expect(mainCountries(view, 2)).toEqual({
      top: [
        { iso3: 'CHL', count: 30, share: 0.3 },
        { iso3: 'USA', count: 30, share: 0.3 },
      ],
      otherCountries: { count: 25, share: 0.25 },
      otherOrUnknown: { count: 15, share: 0.15 },
    });
  });

  it('gives every country and no other countries when n covers them all', () => {
    const main = mainCountries(view, 10);
    expect(main.top.map((country) => country.iso3)).toEqual(['CHL', 'USA', 'ESP']);
    expect(main.otherCountries).toEqual({ count: 0, share: 0 });
  });

  it('puts every country among the others for n = 0', () => {
    expect(mainCountries(view, 0)).toEqual({
      top: [],
      otherCountries: { count: 85, share: 0.85 },
      otherOrUnknown: { count: 15, share: 0.15 },
    });
  });

  it('counts UN DESA\'s "Others" as other or unknown, never as another country', () => {
    const withOthers = stockView(
      [
        row('immigrants', 'WLD', 2020, 200),
        row('immigrants', 'VEN', 2020, 100),
        row('immigrants', 'COL', 2020, 50),
        row('immigrants', 'XXX', 2020, 40),
      ],
      'immigrants',
      2020,
    );
    expect(mainCountries(withOthers, 1)).toEqual({
      top: [{ iso3: 'VEN', count: 100, share: 0.5 }],
      otherCountries: { count: 50, share: 0.25 },
      otherOrUnknown: { count: 50, share: 0.25 },
    });
  });

  it('gives zero shares, not a division by zero, for a total of 0', () => {
    const empty = stockView([row('immigrants', 'WLD', 2020, 0)], 'immigrants', 2020);
    expect(mainCountries(empty, 5)).toEqual({
      top: [],
      otherCountries: { count: 0, share: 0 },
      otherOrUnknown: { count: 0, share: 0 },
    });
  });
});

describe('womenInTotal', () => {
  const sexTable: StockBySexRow[] = [
    bySex('emigrants', 'WLD', 2020, 55, 45),
    bySex('emigrants', 'USA', 2020, 30, 10),
    bySex('emigrants', 'WLD', 2024, 70, 50),
    bySex('immigrants', 'WLD', 2020, 12, 8),
    bySex('immigrants', 'WLD', 2024, 0, 9),
  ];

  it('gives the women of the world total of the direction and year, in a table by sex', () => {
    expect(womenInTotal(sexTable, 'emigrants', 2020)).toBe(55);
    expect(womenInTotal(sexTable, 'emigrants', 2024)).toBe(70);
    expect(womenInTotal(sexTable, 'immigrants', 2020)).toBe(12);
  });

  it('gives 0 women as 0, not as unknown', () => {
    expect(womenInTotal(sexTable, 'immigrants', 2024)).toBe(0);
  });

  it('gives nothing for a table without counts by sex', () => {
    expect(womenInTotal(table, 'emigrants', 2020)).toBeUndefined();
    expect(womenInTotal(table, 'immigrants', 2020)).toBeUndefined();
  });

  it('gives nothing for a year or direction without a world total', () => {
    expect(womenInTotal(sexTable, 'emigrants', 2015)).toBeUndefined();
    expect(
      womenInTotal(
        sexTable.filter((entry) => entry.direction === 'emigrants'),
        'immigrants',
        2020,
      ),
    ).toBeUndefined();
  });
});
