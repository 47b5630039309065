/**
 * The northbound route through the Americas, as two tables count it: people registered by Panama
 * after crossing the Darién (by calendar year, all nationalities and one), and encounters at the US
 * southwest border (by US fiscal year, one citizenship). Neither counts people in transit through a
 * country such as Peru: they count people where the route crosses a border that keeps records.
 */
import type { DarienPeriod } from '../countries/flows.ts';
import type { BorderEncountersRow } from '../schemas/flows.ts';
import { periodCounts, periodSeries, type PeriodCount, type PeriodSeries } from './periods.ts';

export type { PeriodSeries } from './periods.ts';

/**
 * The months each year of the Darién table has, from its totals over every nationality: a year
 * published whole has none listed (it is complete); a year published by month has those months.
 * Panama lists only the nationalities registered in a month, so a nationality's year has the
 * table's months, not only those it appears in.
 */
export function darienTableMonths(totals: readonly DarienPeriod[]): Map<number, string[]> {
  const months = new Map<number, string[]>();
  for (const { period, period_type } of totals) {
    if (period_type !== 'month') continue;
    const year = Number(period.slice(0, 4));
    months.set(year, [...(months.get(year) ?? []), period]);
  }
  return months;
}

/** People who crossed the Darién, by calendar year: of one nationality, or the totals of all. */
export function darienYears(
  rows: readonly DarienPeriod[],
  tableMonths: ReadonlyMap<number, readonly string[]>,
): PeriodCount[] {
  return periodCounts(
    rows.map((row) => ({
      period: Number(row.period.slice(0, 4)),
      ...(row.period_type === 'month' ? { month: row.period } : {}),
      value: row.migrants,
    })),
    tableMonths,
  );
}

/**
 * Encounters of one citizenship at the US southwest border, by fiscal year. A fiscal year with fewer
 * than twelve months of rows is partial: the table's last year, or months CBP gives no row for that
 * citizenship (most likely none, but not filled in).
 */
export function encounterYears(rows: readonly BorderEncountersRow[]): PeriodCount[] {
  return periodCounts(
    rows.map((row) => ({ period: row.fiscal_year, month: row.month, value: row.encounters })),
  );
}

export interface NorthboundFigures {
  /** Everyone who crossed the Darién, by year. */
  darienAll?: PeriodSeries;
  /** The country's nationals among them, with their share of everyone in the latest year. */
  darien?: PeriodSeries & { share: number | null; totalOfLatest: number | null };
  /** Encounters with the country's citizens at the US southwest border, by fiscal year. */
  encounters?: PeriodSeries;
}

/** The northbound route's figures of a country: its nationals' crossings and encounters, and everyone's crossings. */
export function northboundFigures(input: {
  darien: readonly DarienPeriod[];
  darienTotals: readonly DarienPeriod[];
  encounters: readonly BorderEncountersRow[];
}): NorthboundFigures {
  const tableMonths = darienTableMonths(input.darienTotals);
  const everyone = darienYears(input.darienTotals, tableMonths);
  const all = periodSeries(everyone);
  // Panama lists only the nationalities it registered in a period: a nationality it lists at all
  // had none in the table's other years, which are zeros, not gaps.
  const listed = darienYears(input.darien, tableMonths);
  const byYear = new Map(listed.map((entry) => [entry.period, entry.value]));
  const own =
    listed.length > 0
      ? periodSeries(everyone.map((entry) => ({ ...entry, value: byYear.get(entry.period) ?? 0 })))
      : undefined;
  const encounters = periodSeries(encounterYears(input.encounters));
  const totalOfLatest = own && all?.series.find((entry) => entry.period === own.latest.latest.period)?.value;
  return {
    ...(all ? { darienAll: all } : {}),
    ...(own
      ? {
          darien: {
            ...own,
            totalOfLatest: totalOfLatest ?? null,
            share: totalOfLatest ? own.latest.latest.value / totalOfLatest : null,
          },
        }
      : {}),
    ...(encounters ? { encounters } : {}),
  };
}
