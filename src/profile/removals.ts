/** Removals from the United States of one citizenship, by US fiscal year, as ICE's reports print them. */
import type { RemovalsRow } from '../schemas/flows.ts';
import { periodCounts, periodSeries, type PeriodCount, type PeriodSeries } from './periods.ts';

/** Removals by fiscal year (each published whole by ICE's report of that year). */
export function removalYears(rows: readonly RemovalsRow[]): PeriodCount[] {
  return periodCounts(rows.map((row) => ({ period: row.fiscal_year, value: row.removals })));
}

/** The removals of a citizenship by fiscal year, with the latest; undefined when ICE lists none. */
export function removalsFigure(rows: readonly RemovalsRow[]): PeriodSeries | undefined {
  return periodSeries(removalYears(rows));
}
