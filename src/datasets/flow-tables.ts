/**
 * Whole-table rules of the flow tables (`content/data/flows/`): one row per key; CBP's fiscal years
 * agree with their months; Panama's rows are a whole year or one month, never both for one year;
 * periods the table covers only in part are the ones the registry declares partial (so a missing
 * month is never read as a whole year); ICE's years add up to the totals its reports state. Pure:
 * each returns every problem.
 */
import type { ContentProblem } from '../lib/content-problem.ts';
import type {
  BorderEncountersRow,
  DarienRow,
  NetMigrationRow,
  RemittancesRow,
  RemovalsRow,
} from '../schemas/flows.ts';
import type { TableRow } from './data-table.ts';
import type { DatasetDefinition } from './definition.ts';

/** Rows whose key repeats an earlier row's. */
function duplicates<Row>(
  rows: readonly TableRow<Row>[],
  file: string,
  key: (row: Row) => string | undefined,
  field: keyof Row & string,
): ContentProblem[] {
  const seen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  for (const { line, row } of rows) {
    const k = key(row);
    if (k === undefined) continue;
    const earlier = seen.get(k);
    if (earlier !== undefined) {
      problems.push({
        file,
        line,
        field,
        value: row[field] as string | number,
        message: `repeats the row ${k} (first on line ${earlier})`,
      });
    } else seen.set(k, line);
  }
  return problems;
}

/** The US fiscal year of a month `YYYY-MM`: October to September, named by the year it ends in. */
export function fiscalYearOf(month: string): number {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number >= 10 ? year + 1 : year;
}

/**
 * The months each period has in the table, and the problems of periods that are partial without
 * being declared so, or declared partial while complete.
 */
function partialPeriodProblems(
  months: ReadonlyMap<number, ReadonlySet<string>>,
  declared: readonly number[],
  file: string,
  field: string,
  what: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [period, present] of [...months].sort((a, b) => a[0] - b[0])) {
    const partial = present.size < 12;
    if (partial && !declared.includes(period)) {
      problems.push({
        file,
        field,
        value: period,
        message: `${what} ${period} has ${present.size} of 12 months: declare it in periods.partial of src/datasets/registry.ts, or add its missing months`,
      });
    } else if (!partial && declared.includes(period)) {
      problems.push({
        file,
        field,
        value: period,
        message: `${what} ${period} has all 12 months but is declared partial in src/datasets/registry.ts: remove it from periods.partial`,
      });
    }
  }
  for (const period of declared) {
    if (!months.has(period)) {
      problems.push({
        file,
        field,
        value: period,
        message: `${what} ${period} is declared partial in src/datasets/registry.ts but has no monthly rows`,
      });
    }
  }
  return problems;
}

/** Net migration: one row per country and year; one M49 code per country. */
export function checkNetMigrationTable(
  rows: readonly TableRow<NetMigrationRow>[],
  file: string,
): ContentProblem[] {
  const problems = duplicates(rows, file, (row) => `${row.iso3} ${row.year}`, 'year');
  const m49 = new Map<string, number>();
  for (const { line, row } of rows) {
    const code = m49.get(row.iso3);
    if (code === undefined) m49.set(row.iso3, row.m49);
    else if (code !== row.m49) {
      problems.push({
        file,
        line,
        field: 'm49',
        value: row.m49,
        message: `gives ${row.iso3} another M49 code than its earlier rows (${code})`,
      });
    }
  }
  return problems;
}

/** Remittances: one row per economy and year, each with received or paid (a row of neither says nothing). */
export function checkRemittancesTable(
  rows: readonly TableRow<RemittancesRow>[],
  file: string,
): ContentProblem[] {
  const problems = duplicates(rows, file, (row) => `${row.iso3} ${row.year}`, 'year');
  for (const { line, row } of rows) {
    if (row.received_usd === null && row.paid_usd === null) {
      problems.push({
        file,
        line,
        field: 'received_usd',
        message: 'and paid_usd are both blank: a row gives at least one of them',
      });
    }
  }
  return problems;
}

/**
 * CBP's encounters: one row per month and citizenship; each row's fiscal year is its month's; every
 * fiscal year with fewer than 12 months is declared partial in the registry.
 */
export function checkBorderEncountersTable(
  rows: readonly TableRow<BorderEncountersRow>[],
  file: string,
  dataset: DatasetDefinition,
): ContentProblem[] {
  const problems = duplicates(rows, file, (row) => `${row.month} ${row.citizenship}`, 'citizenship');
  const months = new Map<number, Set<string>>();
  for (const { line, row } of rows) {
    const expected = fiscalYearOf(row.month);
    if (row.fiscal_year !== expected) {
      problems.push({
        file,
        line,
        field: 'fiscal_year',
        value: row.fiscal_year,
        message: `must be ${expected}, the US fiscal year of ${row.month} (October to September)`,
      });
      continue;
    }
    months.set(row.fiscal_year, (months.get(row.fiscal_year) ?? new Set()).add(row.month));
  }
  return [
    ...problems,
    ...partialPeriodProblems(months, dataset.periods?.partial ?? [], file, 'fiscal_year', 'Fiscal year'),
  ];
}

/**
 * Panama's Darién table: one row per period and nationality; a period written as its type says;
 * a year given whole or month by month, never both; every year given by month with fewer than 12
 * months declared partial in the registry.
 */
export function checkDarienTable(
  rows: readonly TableRow<DarienRow>[],
  file: string,
  dataset: DatasetDefinition,
): ContentProblem[] {
  const problems = duplicates(rows, file, (row) => `${row.period} ${row.nationality}`, 'nationality');
  const months = new Map<number, Set<string>>();
  const wholeYears = new Map<number, number>();
  for (const { line, row } of rows) {
    const isYear = /^\d{4}$/.test(row.period);
    if (isYear !== (row.period_type === 'year')) {
      problems.push({
        file,
        line,
        field: 'period',
        value: row.period,
        message: `must be written ${row.period_type === 'year' ? 'YYYY' : 'YYYY-MM'} in a row of period_type ${row.period_type}`,
      });
      continue;
    }
    const year = Number(row.period.slice(0, 4));
    if (isYear) wholeYears.set(year, wholeYears.get(year) ?? line);
    else months.set(year, (months.get(year) ?? new Set()).add(row.period));
  }
  for (const [year, line] of wholeYears) {
    if (months.has(year)) {
      problems.push({
        file,
        line,
        field: 'period',
        value: year,
        message: `${year} is given both as a whole year and month by month: keep one`,
      });
    }
  }
  return [
    ...problems,
    ...partialPeriodProblems(months, dataset.periods?.partial ?? [], file, 'period', 'Year'),
  ];
}

/**
 * ICE's removals: one row per fiscal year and citizenship (by code, or by name for entries without
 * one); each fiscal year adds up to the total ICE's report states, declared in the registry.
 */
export function checkRemovalsTable(
  rows: readonly TableRow<RemovalsRow>[],
  file: string,
  dataset: DatasetDefinition,
): ContentProblem[] {
  const problems = [
    ...duplicates(
      rows,
      file,
      (row) => (row.citizenship_iso3 ? `${row.fiscal_year} ${row.citizenship_iso3}` : undefined),
      'citizenship_iso3',
    ),
    ...duplicates(
      rows,
      file,
      (row) => (row.citizenship_iso3 ? undefined : `${row.fiscal_year} ${row.citizenship_name}`),
      'citizenship_name',
    ),
  ];
  const sums = new Map<number, number>();
  for (const { row } of rows) sums.set(row.fiscal_year, (sums.get(row.fiscal_year) ?? 0) + row.removals);
  const stated = dataset.periods?.publishedTotals ?? {};
  for (const [year, sum] of [...sums].sort((a, b) => a[0] - b[0])) {
    const total = stated[year];
    if (total === undefined) {
      problems.push({
        file,
        field: 'fiscal_year',
        value: year,
        message: `has no published total: add ICE's stated total of fiscal year ${year} to periods.publishedTotals in src/datasets/registry.ts`,
      });
    } else if (total !== sum) {
      problems.push({
        file,
        field: 'removals',
        value: sum,
        message: `fiscal year ${year} adds up to ${sum}, not the ${total} ICE's report states`,
      });
    }
  }
  return problems;
}
