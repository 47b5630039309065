/**
 * Counts by period (a calendar year, or a US fiscal year) summed from a table's rows, with which
 * months each period has: the shape of the profile's northbound-route and removals sections. A
 * period the table covers only in part is never passed off as a whole one: the latest figure is
 * the latest complete period, and a partial one says which months it has.
 */

/** A count for one period, with the months the table has for it. */
export interface PeriodCount {
  period: number;
  value: number;
  /**
   * The months of the period the table has (`YYYY-MM`, in order), or undefined when the period
   * was published as a whole (a yearly total, a fiscal year's report).
   */
  months?: string[];
  /** True when the table has fewer than the period's twelve months. */
  partial: boolean;
}

/** One row's part of a period: its period, its month when the row is monthly, and its count. */
export interface PeriodPart {
  period: number;
  month?: string;
  value: number;
}

/**
 * Sums parts into periods, in period order, each with the months it has: the months of its parts,
 * or, for a period `tableMonths` lists, the table's (a table that lists only the nationalities
 * present in a month has a nationality's months as its own, the others being none).
 */
export function periodCounts(
  parts: Iterable<PeriodPart>,
  tableMonths?: ReadonlyMap<number, readonly string[]>,
): PeriodCount[] {
  const periods = new Map<number, { value: number; months?: Set<string> }>();
  for (const { period, month, value } of parts) {
    const sum = periods.get(period) ?? { value: 0 };
    sum.value += value;
    if (month !== undefined) (sum.months ??= new Set()).add(month);
    periods.set(period, sum);
  }
  return [...periods]
    .sort((a, b) => a[0] - b[0])
    .map(([period, { value, months }]) => {
      if (!months) return { period, value, partial: false };
      const list = [...(tableMonths?.get(period) ?? months)].sort();
      return { period, value, months: list, partial: list.length < 12 };
    });
}

/** The months of a calendar year (`2020` → `2020-01` … `2020-12`). */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}

/** The months of a US fiscal year, October to September (`2025` → `2024-10` … `2025-09`). */
export function monthsOfFiscalYear(year: number): string[] {
  return [...monthsOfYear(year - 1).slice(9), ...monthsOfYear(year).slice(0, 9)];
}

/**
 * Which of a partial period's months the table has, as a reader is told: a run of months from its
 * start (`first` to `last`: "January–April"), or the months it lacks ("no figures for April, May and
 * July").
 */
export type Coverage = { kind: 'run'; first: string; last: string } | { kind: 'missing'; months: string[] };

export function coverageOf(present: readonly string[], all: readonly string[]): Coverage {
  const have = new Set(present);
  const missing = all.filter((month) => !have.has(month));
  const firstMissing = all.findIndex((month) => !have.has(month));
  const isRunFromStart = firstMissing > 0 && all.slice(firstMissing).every((month) => !have.has(month));
  return isRunFromStart
    ? { kind: 'run', first: all[0]!, last: all[firstMissing - 1]! }
    : { kind: 'missing', months: missing };
}

/** The latest figure of a series of periods, the one before it, and the change between them. */
export interface LatestPeriod {
  latest: PeriodCount;
  previous?: PeriodCount;
  /** `latest / previous - 1`, where the previous period is above zero. */
  change?: number;
  /** A partial period after the latest complete one (the months so far of the current year). */
  sinceThen?: PeriodCount;
  /** The period with the largest count. */
  peak: PeriodCount;
}

/**
 * The latest complete period (or the latest, when none is complete), the complete period before
 * it and the change between them, any partial period after it, and the peak.
 */
export function latestPeriod(series: readonly PeriodCount[]): LatestPeriod | undefined {
  const complete = series.filter((entry) => !entry.partial);
  const latest = complete.at(-1) ?? series.at(-1);
  if (!latest) return undefined;
  const previous = complete.filter((entry) => entry.period < latest.period).at(-1);
  const sinceThen = series.find((entry) => entry.partial && entry.period > latest.period);
  const peak = series.reduce((best, entry) => (entry.value > best.value ? entry : best));
  return {
    latest,
    ...(previous ? { previous } : {}),
    ...(previous && previous.value > 0 ? { change: latest.value / previous.value - 1 } : {}),
    ...(sinceThen ? { sinceThen } : {}),
    peak,
  };
}

/** Runs of consecutive years, as readers write them: [2012, 2013, 2014, 2019] → 2012–2014, 2019. */
export function yearRuns(years: readonly number[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && year === last.to + 1) last.to = year;
    else if (!last || year !== last.to) runs.push({ from: year, to: year });
  }
  return runs;
}

/** A series of periods with its latest figure (see `latestPeriod`). */
export interface PeriodSeries {
  series: PeriodCount[];
  latest: LatestPeriod;
}

/** A series with its latest figure; undefined when it has no period. */
export function periodSeries(series: PeriodCount[]): PeriodSeries | undefined {
  const latest = latestPeriod(series);
  return latest ? { series, latest } : undefined;
}
