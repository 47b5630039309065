/**
 * Whole-table rules of the world tables (`content/data/world/`): one row per key, men and women
 * adding up to each count, and, for UN DESA's corridors, every destination's origins (with "Others",
 * `XXX`) adding up to its world total (`WLD`) for each sex and year. Pure: each returns every problem.
 */
import type { ContentProblem } from '../lib/content-problem.ts';
import type { TableRow } from './data-table.ts';
import { WORLD } from '../schemas/stock.ts';
import type { CorridorRow, LocationRow, RegionRow, UnhcrPopulationRow } from '../schemas/world.ts';

/** Rows whose key repeats an earlier row's. */
function duplicates<Row>(
  rows: readonly TableRow<Row>[],
  file: string,
  key: (row: Row) => string,
  field: string,
): ContentProblem[] {
  const seen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  for (const { line, row } of rows) {
    const k = key(row);
    const earlier = seen.get(k);
    if (earlier !== undefined) {
      problems.push({
        file,
        line,
        field,
        value: (row as Record<string, unknown>)[field] as string,
        message: `repeats the row ${k} (first on line ${earlier})`,
      });
    } else seen.set(k, line);
  }
  return problems;
}

const SEXES = ['count', 'male', 'female'] as const;

/**
 * The corridors' rules: one row per destination, origin and year; `male + female = count`; and for
 * every destination, year and sex, its origins plus `XXX` equal to its `WLD` row, which must exist.
 */
export function checkCorridorTable(rows: readonly TableRow<CorridorRow>[], file: string): ContentProblem[] {
  const problems = duplicates(rows, file, (row) => `${row.destination}|${row.origin}|${row.year}`, 'origin');
  for (const { line, row } of rows) {
    if (row.male + row.female !== row.count) {
      problems.push({
        file,
        line,
        field: 'count',
        value: row.count,
        message: `must equal male + female (${row.male} + ${row.female} = ${row.male + row.female})`,
      });
    }
  }
  const sums = new Map<string, { count: number; male: number; female: number }>();
  const totals = new Map<string, TableRow<CorridorRow>>();
  for (const entry of rows) {
    const group = `${entry.row.destination}|${entry.row.year}`;
    if (entry.row.origin === WORLD) {
      totals.set(group, entry);
      continue;
    }
    const sum = sums.get(group) ?? { count: 0, male: 0, female: 0 };
    for (const sex of SEXES) sum[sex] += entry.row[sex];
    sums.set(group, sum);
  }
  for (const [group, sum] of sums) {
    const [destination, year] = group.split('|');
    const total = totals.get(group);
    if (!total) {
      problems.push({
        file,
        field: 'origin',
        message: `${destination} ${year} has origins but no ${WORLD} (total) row`,
      });
      continue;
    }
    for (const sex of SEXES) {
      if (sum[sex] !== total.row[sex]) {
        problems.push({
          file,
          line: total.line,
          field: sex,
          value: total.row[sex],
          message: `${destination} ${year}: the origins (with XXX) add up to ${sum[sex]}, not this ${WORLD} total`,
        });
      }
    }
  }
  return problems;
}

/** The locations' rule: one row per code and per M49 number. */
export function checkLocationTable(rows: readonly TableRow<LocationRow>[], file: string): ContentProblem[] {
  return [
    ...duplicates(rows, file, (row) => row.iso3, 'iso3'),
    ...duplicates(rows, file, (row) => String(row.m49), 'm49'),
  ];
}

/** UNHCR's population table: one row per year, origin and country of asylum. */
export function checkUnhcrPopulationTable(
  rows: readonly TableRow<UnhcrPopulationRow>[],
  file: string,
): ContentProblem[] {
  return duplicates(rows, file, (row) => `${row.year}|${row.coo_iso}|${row.coa_iso}`, 'year');
}

/** The regions' rule: one row per country. */
export function checkRegionTable(rows: readonly TableRow<RegionRow>[], file: string): ContentProblem[] {
  return duplicates(rows, file, (row) => row.iso3, 'iso3');
}
