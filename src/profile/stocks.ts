/**
 * Shapes the UN DESA stock table into what pages and the map show: one view per direction and year,
 * with each country's count and share of the world total, and the remainder of other or unknown
 * origin kept visible instead of dropped.
 */
import type { StockDirection, StockRow } from '../schemas/stock.ts';
import { OTHERS, WORLD } from '../schemas/stock.ts';

export interface CountryFigure {
  iso3: string;
  count: number;
  /** Fraction of the world total, 0–1. */
  share: number;
  /** Women among `count`, where the table gives people by sex. */
  women?: number;
}

export interface StockView {
  direction: StockDirection;
  year: number;
  total: number;
  /** Countries with a count above zero, largest first (ties by code, for a stable order). */
  countries: CountryFigure[];
  /** People whose country the source does not give: the world total less the listed countries. */
  otherOrUnknown: CountryFigure & { iso3: '' };
}

/** Fraction `part / whole`, 0 when the whole is 0. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** The years present in the table for a direction, oldest first. */
export function yearsOf(rows: readonly StockRow[], direction: StockDirection): number[] {
  return [...new Set(rows.filter((row) => row.direction === direction).map((row) => row.year))].sort(
    (a, b) => a - b,
  );
}

/** One direction and year of the table. Throws if the table has no world total for it. */
export function stockView(rows: readonly StockRow[], direction: StockDirection, year: number): StockView {
  const selected = rows.filter((row) => row.direction === direction && row.year === year);
  const world = selected.find((row) => row.iso3 === WORLD);
  if (!world) throw new Error(`No ${WORLD} total for ${direction} in ${year}`);
  const total = world.count;
  const countries = selected
    .filter((row) => row.iso3 !== WORLD && row.iso3 !== OTHERS && row.count > 0)
    .map((row) => ({ iso3: row.iso3, count: row.count, share: share(row.count, total), ...womenOf(row) }))
    .sort((a, b) => b.count - a.count || a.iso3.localeCompare(b.iso3));
  const listed = countries.reduce((sum, country) => sum + country.count, 0);
  const rest = Math.max(0, total - listed);
  return {
    direction,
    year,
    total,
    countries,
    otherOrUnknown: { iso3: '', count: rest, share: share(rest, total) },
  };
}

/** The world total for each year of a direction, oldest first: the headline series. */
export function totalsSeries(
  rows: readonly StockRow[],
  direction: StockDirection,
): { year: number; total: number }[] {
  return rows
    .filter((row) => row.direction === direction && row.iso3 === WORLD)
    .map((row) => ({ year: row.year, total: row.count }))
    .sort((a, b) => a.year - b.year);
}

/** Women of a row of a table by sex, as an optional field. */
function womenOf(row: StockRow): { women?: number } {
  const female = (row as { female?: number }).female;
  return female === undefined ? {} : { women: female };
}

/** A figure of a series with the point before it in the same table, and the change between them. */
export interface LatestFigure {
  year: number;
  value: number;
  previous?: { year: number; value: number };
  /** `value / previous.value - 1`; absent when there is no earlier point or it is 0. */
  change?: number;
}

/** The last point of a series (oldest first) and its change since the point before. */
export function latestOf(series: readonly { year: number; value: number }[]): LatestFigure {
  const last = series.at(-1);
  if (!last) throw new Error('a series with no point has no latest figure');
  const before = series.at(-2);
  return {
    year: last.year,
    value: last.value,
    ...(before ? { previous: { year: before.year, value: before.value } } : {}),
    ...(before && before.value > 0 ? { change: last.value / before.value - 1 } : {}),
  };
}

/** The largest countries of a view and what the rest adds up to. */
export interface MainCountries {
  top: CountryFigure[];
  /** Every other country the table names. */
  otherCountries: { count: number; share: number };
  /** People whose country the source does not give (UN DESA's "Others" and any remainder). */
  otherOrUnknown: { count: number; share: number };
}

/** The `n` largest countries of a view, the other countries together, and the other or unknown. */
export function mainCountries(view: StockView, n: number): MainCountries {
  const top = view.countries.slice(0, n);
  const rest = view.countries.slice(n).reduce((sum, country) => sum + country.count, 0);
  return {
    top,
    otherCountries: { count: rest, share: share(rest, view.total) },
    otherOrUnknown: { count: view.otherOrUnknown.count, share: view.otherOrUnknown.share },
  };
}

/** Women in a direction's world total of a year, where the table gives people by sex. */
export function womenInTotal(
  rows: readonly StockRow[],
  direction: StockDirection,
  year: number,
): number | undefined {
  const world = rows.find((row) => row.direction === direction && row.iso3 === WORLD && row.year === year);
  return world ? womenOf(world).women : undefined;
}
