/**
 * How a newer edition of an estimate revises an older one: the world totals of both editions for the
 * years both give, and the change. Each edition's figures stay its own; this only sets them side by
 * side.
 */
import type { StockDirection, StockRow } from '../schemas/stock.ts';
import { totalsSeries } from './stocks.ts';

export interface Revision {
  direction: StockDirection;
  year: number;
  older: number;
  newer: number;
  /** `newer / older - 1`. */
  change: number;
}

/** The revisions of each direction's world total, direction by direction, years ascending. */
export function totalRevisions(older: readonly StockRow[], newer: readonly StockRow[]): Revision[] {
  return (['emigrants', 'immigrants'] as const).flatMap((direction) => {
    const before = new Map(totalsSeries(older, direction).map((point) => [point.year, point.total]));
    return totalsSeries(newer, direction)
      .filter((point) => before.has(point.year) && before.get(point.year)! > 0)
      .map((point) => {
        const was = before.get(point.year)!;
        return { direction, year: point.year, older: was, newer: point.total, change: point.total / was - 1 };
      });
  });
}
