/**
 * The tables the updater writes, validated with exactly the rules the build uses (the dataset's row
 * schema and whole-table rules, `src/datasets/tables.ts`) and written in one canonical form.
 */
import type { DatasetDefinition } from '../../src/datasets/definition.ts';
import { columnsOf, compareRows, readDatasetTable, type RowOf } from '../../src/datasets/tables.ts';
import { ContentError, describeProblem } from '../../src/lib/content-problem.ts';
import { csvHeader, CsvSyntaxError, toCsv } from '../../src/lib/csv.ts';
import type { TableRow } from '../../src/datasets/data-table.ts';
import { UpdateFailure } from './failure.ts';

/**
 * Parses and validates a dataset's table as the build would; `file` names it in messages. Throws an
 * UpdateFailure listing every problem (`file:line: field: message (got value)`).
 */
export function validateTable<D extends DatasetDefinition>(
  dataset: D,
  text: string,
  file: string,
): TableRow<RowOf[D['kind']]>[] {
  try {
    const { rows, problems } = readDatasetTable(dataset, text, file);
    fail(problems.map(describeProblem));
    return rows;
  } catch (error) {
    if (error instanceof ContentError) fail(error.problems.map(describeProblem));
    throw error;
  }
}

function fail(details: string[]): void {
  if (details.length === 0) return;
  throw new UpdateFailure(
    `${details.length} row problem${details.length === 1 ? '' : 's'}: the new table fails validation`,
    details,
  );
}

/** Refuses a CSV whose header is not exactly `columns` (in any order): one message, not one per row. */
export function checkHeader(text: string, columns: readonly string[]): void {
  let header: string[];
  try {
    header = csvHeader(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new UpdateFailure(`the CSV header cannot be read: ${error.message}`);
  }
  const missing = columns.filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !columns.includes(column));
  if (missing.length > 0 || unknown.length > 0) {
    throw new UpdateFailure(
      `unexpected CSV header "${header.join(',')}": expected the columns ${columns.join(',')}` +
        (missing.length ? `; missing ${missing.join(', ')}` : '') +
        (unknown.length ? `; unknown ${unknown.join(', ')}` : ''),
    );
  }
}

/**
 * A table written canonically from validated rows: the kind's columns, its canonical order, and a
 * blank cell where a count is not reported (null).
 */
export function serialiseTable<D extends DatasetDefinition>(
  dataset: D,
  rows: readonly RowOf[D['kind']][],
): string {
  const sorted = [...rows].sort(
    compareRows(dataset.kind) as (a: RowOf[D['kind']], b: RowOf[D['kind']]) => number,
  );
  return toCsv(columnsOf(dataset.kind), sorted as unknown as Record<string, unknown>[]);
}

/**
 * Downloaded CSV text made canonical: header checked, rows validated as downloaded (messages name the
 * downloaded line), then written in canonical order and validated again as written.
 */
export function canonicalCsv(dataset: DatasetDefinition, downloaded: string, file: string): string {
  checkHeader(downloaded, columnsOf(dataset.kind));
  const rows = validateTable(dataset, downloaded, `${file} (as downloaded)`);
  const text = serialiseTable(
    dataset,
    rows.map((entry) => entry.row),
  );
  validateTable(dataset, text, `${file} (as it would be written)`);
  return text;
}
