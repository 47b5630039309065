/**
 * Shapes the UN DESA stock table into what pages and the map show: one view per direction and year,
 * with each country's count and share of the world total, and the remainder of other or unknown
 * origin kept visible instead of dropped.
 */
import type { StockDirection, StockRow } from '../schemas/stock.ts';
import { WORLD } from '../schemas/stock.ts';

export interface CountryFigure {
  iso3: string;
  count: number;
  /** Fraction of the world total, 0–1. */
  share: number;
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
    .filter((row) => row.iso3 !== WORLD && row.count > 0)
    .map((row) => ({ iso3: row.iso3, count: row.count, share: share(row.count, total) }))
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
