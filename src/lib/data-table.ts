/**
 * Reads a CSV data table and validates it row by row, then as a whole, collecting every problem
 * before failing so that an editor sees all of them at once.
 */
import type { z } from 'astro/zod';
import { ContentError, problemsFromZod, type ContentProblem } from './content-problem.ts';
import { CsvSyntaxError, parseCsv } from './csv.ts';
import type { RefugeeRow, StockRow } from '../schemas/stock.ts';
import { WORLD } from '../schemas/stock.ts';

export interface TableRow<T> {
  line: number;
  row: T;
  /** The row's cells as written, before validation. */
  cells: Record<string, string>;
}

/** Parses `text` (the content of `file`) and validates each row with `rowSchema`. */
export function readTable<S extends z.ZodType>(
  text: string,
  file: string,
  rowSchema: S,
): TableRow<z.output<S>>[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new ContentError([{ file, line: error.line, field: '', message: error.message }]);
    }
    throw error;
  }
  const problems: ContentProblem[] = [];
  const rows: TableRow<z.output<S>>[] = [];
  for (const { line, cells } of records) {
    const result = rowSchema.safeParse(cells);
    if (result.success) rows.push({ line, row: result.data, cells });
    else problems.push(...problemsFromZod(result.error, file, cells, line));
  }
  if (problems.length > 0) throw new ContentError(problems);
  if (rows.length === 0) throw new ContentError([{ file, field: '', message: 'has no data rows' }]);
  return rows;
}

/**
 * Whole-table rules of a stock table: one row per direction, country and year; a world total for
 * every direction and year present; countries that add up to no more than that total (the rest is
 * of other or unknown origin and is shown as such).
 */
export function checkStockTable(rows: readonly TableRow<StockRow>[], file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  const sums = new Map<string, number>();
  const totals = new Map<string, TableRow<StockRow>>();

  for (const entry of rows) {
    const { direction, iso3, year, count } = entry.row;
    const key = `${direction}|${iso3}|${year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        file,
        line: entry.line,
        field: 'iso3',
        value: iso3,
        message: `repeats the ${direction} row for ${iso3} in ${year} (first on line ${earlier})`,
      });
      continue;
    }
    seen.set(key, entry.line);
    const group = `${direction}|${year}`;
    if (iso3 === WORLD) totals.set(group, entry);
    else sums.set(group, (sums.get(group) ?? 0) + count);
  }

  for (const [group, sum] of sums) {
    const [direction, year] = group.split('|');
    const total = totals.get(group);
    if (!total) {
      problems.push({
        file,
        field: 'iso3',
        message: `${direction} ${year} has country rows but no ${WORLD} (world total) row`,
      });
    } else if (sum > total.row.count) {
      problems.push({
        file,
        line: total.line,
        field: 'count',
        value: total.row.count,
        message: `the ${direction} countries of ${year} add up to ${sum}, more than this world total`,
      });
    }
  }
  return problems;
}

/** Whole-table rule of the refugee series: one row per year, origin and country of asylum. */
export function checkRefugeeTable(rows: readonly TableRow<RefugeeRow>[], file: string): ContentProblem[] {
  const seen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  for (const { line, row } of rows) {
    const key = `${row.year}|${row.origin_iso3}|${row.asylum_country_iso3}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        file,
        line,
        field: 'year',
        value: row.year,
        message: `repeats the row for ${row.year} (first on line ${earlier})`,
      });
    }
    seen.set(key, line);
  }
  return problems;
}
