/** The charts' series: both directions' totals, UNHCR's categories by year, the main countries by sex. */
import { describe, expect, it } from 'vitest';
import {
  firstYearOfMoreImmigrants,
  mainCountriesBySex,
  protectionTrend,
  stockTrend,
} from '../../../src/profile/trends.ts';
import { PROTECTION_CATEGORIES } from '../../../src/profile/protection.ts';
import type { RefugeeRow, StockBySexRow, StockDirection, StockRow } from '../../../src/schemas/stock.ts';

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

function refugee(
  year: number,
  origin: string,
  asylum: string,
  refugees: number,
  asylumSeekers: number,
  others: number | null,
): RefugeeRow {
  return {
    year,
    origin_iso3: origin,
    asylum_country_iso3: asylum,
    refugees,
    asylum_seekers: asylumSeekers,
    other_in_need_of_international_protection: others,
  };
}

type Point = { year: number; emigrants: number; immigrants: number };
const point = (year: number, emigrants: number, immigrants: number): Point => ({
  year,
  emigrants,
  immigrants,
});

describe('stockTrend', () => {
  // Emigrants have no 2024 total, immigrants none for 2000; country rows are not totals.
  const table: StockRow[] = [
    row('emigrants', 'WLD', 2020, 400),
    row('immigrants', 'WLD', 2024, 600),
    row('emigrants', 'USA', 2020, 150),
    row('emigrants', 'WLD', 1990, 100),
    row('immigrants', 'WLD', 2010, 350),
    row('emigrants', 'WLD', 2000, 200),
    row('immigrants', 'VEN', 2020, 450),
    row('immigrants', 'WLD', 1990, 50),
    row('emigrants', 'WLD', 2010, 300),
    row('immigrants', 'WLD', 2020, 500),
    row('immigrants', 'XXX', 2020, 50),
  ];

  it("gives both directions' world totals for each year both give, oldest first", () => {
    expect(stockTrend(table)).toEqual([point(1990, 100, 50), point(2010, 300, 350), point(2020, 400, 500)]);
  });

  it('gives nothing when a direction has no totals', () => {
    expect(stockTrend(table.filter((entry) => entry.direction === 'emigrants'))).toEqual([]);
    expect(stockTrend(table.filter((entry) => entry.direction === 'immigrants'))).toEqual([]);
    expect(stockTrend([])).toEqual([]);
  });
});

describe('firstYearOfMoreImmigrants', () => {
  it('gives the first year with more immigrants than emigrants', () => {
    const trend = [point(1990, 100, 50), point(2010, 300, 350), point(2020, 400, 500)];
    expect(firstYearOfMoreImmigrants(trend)).toEqual(point(2010, 300, 350));
  });

  it('does not count a year with as many immigrants as emigrants', () => {
    expect(firstYearOfMoreImmigrants([point(2000, 10, 10), point(2010, 10, 11)])).toEqual(
      point(2010, 10, 11),
    );
  });

  it('gives the first crossing, not a later one after the lead was lost', () => {
    const trend = [point(1990, 100, 50), point(2000, 100, 120), point(2010, 200, 150), point(2020, 200, 300)];
    expect(firstYearOfMoreImmigrants(trend)?.year).toBe(2000);
  });

  it('gives the first year when immigrants were always more', () => {
    expect(firstYearOfMoreImmigrants([point(1990, 1, 2), point(2000, 1, 3)])?.year).toBe(1990);
  });

  it('gives nothing when immigrants never outnumber emigrants, or for no years', () => {
    expect(firstYearOfMoreImmigrants([point(1990, 100, 50), point(2020, 400, 400)])).toBeUndefined();
    expect(firstYearOfMoreImmigrants([])).toBeUndefined();
  });
});

describe('protectionTrend', () => {
  const rows: RefugeeRow[] = [
    refugee(2019, 'VEN', 'PER', 100, 400, 300),
    refugee(2016, 'VEN', 'PER', 4, 6, null),
    refugee(2019, 'COL', 'PER', 150, 40, 10),
    refugee(2012, 'COL', 'PER', 1, 0, null),
  ];

  it("gives UNHCR's categories and their total, year by year from `from` on, the first year included", () => {
    expect(protectionTrend(rows, 2016)).toEqual([
      {
        year: 2016,
        values: { refugees: 4, asylum_seekers: 6, other_in_need_of_international_protection: null },
        total: 10,
      },
      {
        year: 2019,
        values: { refugees: 250, asylum_seekers: 440, other_in_need_of_international_protection: 310 },
        total: 1000,
      },
    ]);
  });

  it('leaves out years before `from`, whether `from` is in the rows or not', () => {
    expect(protectionTrend(rows, 2013).map((year) => year.year)).toEqual([2016, 2019]);
    expect(protectionTrend(rows, 2017).map((year) => year.year)).toEqual([2019]);
    expect(protectionTrend(rows, 0).map((year) => year.year)).toEqual([2012, 2016, 2019]);
  });

  it("keys each year's values by the categories, in UNHCR's order", () => {
    for (const year of protectionTrend(rows, 0)) {
      expect(Object.keys(year.values)).toEqual([...PROTECTION_CATEGORIES]);
    }
  });

  it('gives nothing after the last year, or for no rows', () => {
    expect(protectionTrend(rows, 2020)).toEqual([]);
    expect(protectionTrend([], 2000)).toEqual([]);
  });
});

describe('mainCountriesBySex', () => {
  const table: StockBySexRow[] = [
    bySex('emigrants', 'WLD', 2020, 25, 25),
    bySex('emigrants', 'ITA', 2020, 25, 25),
    bySex('emigrants', 'WLD', 2024, 60, 40),
    bySex('emigrants', 'USA', 2024, 20, 10),
    bySex('emigrants', 'XXX', 2024, 5, 5),
    bySex('emigrants', 'ESP', 2024, 10, 5),
    bySex('emigrants', 'CHL', 2024, 15, 15),
    bySex('emigrants', 'ARG', 2024, 3, 2),
    bySex('emigrants', 'BOL', 2024, 0, 0),
    bySex('immigrants', 'WLD', 2024, 5, 5),
    bySex('immigrants', 'VEN', 2024, 5, 3),
  ];

  it("gives the direction's latest year and its largest countries, ties by code, with women and men", () => {
    expect(mainCountriesBySex(table, 'emigrants', 2)).toEqual({
      year: 2024,
      countries: [
        { iso3: 'CHL', count: 30, women: 15, men: 15 },
        { iso3: 'USA', count: 30, women: 20, men: 10 },
      ],
    });
  });

  it('lists every country when asked for more, never the world total, "Others" or empty countries', () => {
    expect(mainCountriesBySex(table, 'emigrants', 10).countries.map((country) => country.iso3)).toEqual([
      'CHL',
      'USA',
      'ESP',
      'ARG',
    ]);
  });

  it('does not mix directions', () => {
    expect(mainCountriesBySex(table, 'immigrants', 5)).toEqual({
      year: 2024,
      countries: [{ iso3: 'VEN', count: 8, women: 5, men: 3 }],
    });
  });

  it('gives men as the count less the women', () => {
    for (const country of mainCountriesBySex(table, 'emigrants', 10).countries) {
      expect(country.women + country.men).toBe(country.count);
    }
  });

  it('gives no year and no countries for a direction without rows', () => {
    const none = mainCountriesBySex(
      table.filter((entry) => entry.direction === 'emigrants'),
      'immigrants',
      5,
    );
    expect(Number.isNaN(none.year)).toBe(true);
    expect(none.countries).toEqual([]);
  });
});
