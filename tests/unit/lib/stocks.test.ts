/** The stock table shaped into views: counts, shares and the remainder of other or unknown origin. */
import { describe, expect, it } from 'vitest';
import { share, stockView, totalsSeries, yearsOf } from '../../../src/lib/stocks.ts';
import type { StockDirection, StockRow } from '../../../src/schemas/stock.ts';

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
