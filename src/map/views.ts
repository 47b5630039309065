/**
 * The map's views (a direction and a year each) and the compact payload the browser script reads
 * to switch between them without a second copy of the map.
 */
import { stockView, yearsOf, type StockView } from '../lib/stocks.ts';
import type { StockDirection, StockRow } from '../schemas/stock.ts';

export const DIRECTIONS: readonly StockDirection[] = ['emigrants', 'immigrants'];

/** Every view, direction by direction, years ascending. */
export function allViews(rows: readonly StockRow[]): StockView[] {
  return DIRECTIONS.flatMap((direction) =>
    yearsOf(rows, direction).map((year) => stockView(rows, direction, year)),
  );
}

export function viewKey(view: { direction: StockDirection; year: number }): string {
  return `${view.direction}-${view.year}`;
}

/**
 * What the browser needs: for each view its key and total; for each country with data in any view,
 * its count in every view (0 where none), in the order of `views`.
 */
export interface MapPayload {
  views: { key: string; direction: StockDirection; year: number; total: number }[];
  counts: Record<string, number[]>;
}

export function mapPayload(views: readonly StockView[]): MapPayload {
  const codes = [...new Set(views.flatMap((view) => view.countries.map((country) => country.iso3)))].sort();
  const counts: Record<string, number[]> = {};
  for (const code of codes) {
    counts[code] = views.map((view) => view.countries.find((country) => country.iso3 === code)?.count ?? 0);
  }
  return {
    views: views.map((view) => ({
      key: viewKey(view),
      direction: view.direction,
      year: view.year,
      total: view.total,
    })),
    counts,
  };
}
