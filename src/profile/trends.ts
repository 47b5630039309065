/**
 * The series the profile draws as charts, shaped from the data tables: each direction's world total
 * by year, UNHCR's categories by year, and the largest countries of the latest year by sex. Pure: the
 * charts' geometry (`src/charts/`) and their tables of numbers both come from these.
 */
import type { RefugeeRow, StockBySexRow, StockDirection, StockRow } from '../schemas/stock.ts';
import { PROTECTION_CATEGORIES, protectionByYear, type ProtectionCategory } from './protection.ts';
import { stockView, totalsSeries, yearsOf } from './stocks.ts';

/** Each direction's world total, year by year (the years both directions give). */
export function stockTrend(
  rows: readonly StockRow[],
): { year: number; emigrants: number; immigrants: number }[] {
  const immigrants = new Map(totalsSeries(rows, 'immigrants').map((point) => [point.year, point.total]));
  return totalsSeries(rows, 'emigrants')
    .filter((point) => immigrants.has(point.year))
    .map((point) => ({ year: point.year, emigrants: point.total, immigrants: immigrants.get(point.year)! }));
}

/** The first year in which more people born abroad lived in the country than its people abroad. */
export function firstYearOfMoreImmigrants(
  trend: readonly { year: number; emigrants: number; immigrants: number }[],
): { year: number; emigrants: number; immigrants: number } | undefined {
  return trend.find(
    (point, index) =>
      point.immigrants > point.emigrants &&
      trend.slice(0, index).every((before) => before.immigrants <= before.emigrants),
  );
}

/** UNHCR's categories year by year from `from` on (null: a category not reported that year). */
export function protectionTrend(
  rows: readonly RefugeeRow[],
  from: number,
): { year: number; values: Record<ProtectionCategory, number | null>; total: number }[] {
  return protectionByYear(rows)
    .filter((year) => year.year >= from)
    .map((year) => ({
      year: year.year,
      values: Object.fromEntries(
        PROTECTION_CATEGORIES.map((category) => [category, year[category]]),
      ) as Record<ProtectionCategory, number | null>,
      total: year.total,
    }));
}

/** A country of a direction's latest year, with its women and men. */
export interface CountryBySex {
  iso3: string;
  count: number;
  women: number;
  men: number;
}

/** The `n` largest countries of a direction in its latest year, each with its women and men. */
export function mainCountriesBySex(
  rows: readonly StockBySexRow[],
  direction: StockDirection,
  n: number,
): { year: number; countries: CountryBySex[] } {
  const year = yearsOf(rows, direction).at(-1);
  if (year === undefined) return { year: NaN, countries: [] };
  const countries = stockView(rows, direction, year)
    .countries.slice(0, n)
    .map((country) => {
      const women = country.women ?? 0;
      return { iso3: country.iso3, count: country.count, women, men: country.count - women };
    });
  return { year, countries };
}
