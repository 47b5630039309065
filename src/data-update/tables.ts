/**
 * The two kinds of table the updater writes, validated with exactly the functions the build uses
 * (`readTable` with the row schemas, then `checkStockTable` / `checkRefugeeTable`), and written
 * in a canonical form.
 */
import { ContentError, describeProblem } from '../lib/content-problem.ts';
import { checkRefugeeTable, checkStockTable, readTable, type TableRow } from '../lib/data-table.ts';
import { refugeeRowSchema, stockRowSchema, WORLD, type RefugeeRow, type StockRow } from '../schemas/stock.ts';
import { csvHeader, serialiseCsv } from './csv-write.ts';
import { UpdateFailure } from './failure.ts';

/** Column order of the tables: the order of the schema's fields, which is the order of the files. */
export const STOCK_COLUMNS = Object.keys(stockRowSchema.shape) as (keyof StockRow)[];
export const REFUGEE_COLUMNS = Object.keys(refugeeRowSchema.shape) as (keyof RefugeeRow)[];

/**
 * Parses and validates a stock table as the build would; `file` names it in messages. Throws an
 * UpdateFailure listing every problem (`file:line: field: message (got value)`).
 */
export function validateStocks(text: string, file: string): TableRow<StockRow>[] {
  return validated(() => {
    const rows = readTable(text, file, stockRowSchema);
    fail(checkStockTable(rows, file).map(describeProblem));
    return rows;
  });
}

/** Parses and validates the refugee series as the build would (see `validateStocks`). */
export function validateRefugees(text: string, file: string): TableRow<RefugeeRow>[] {
  return validated(() => {
    const rows = readTable(text, file, refugeeRowSchema);
    fail(checkRefugeeTable(rows, file).map(describeProblem));
    return rows;
  });
}

function validated<T>(read: () => T): T {
  try {
    return read();
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
  const header = csvHeader(text);
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

const DIRECTION_ORDER = { emigrants: 0, immigrants: 1 } as const;

/**
 * Canonical order of a stock table: by direction (emigrants, then immigrants), year, the world
 * total first, then countries by count, largest first, ties by code.
 */
export function compareStockRows(a: StockRow, b: StockRow): number {
  return (
    DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction] ||
    a.year - b.year ||
    Number(b.iso3 === WORLD) - Number(a.iso3 === WORLD) ||
    b.count - a.count ||
    compareText(a.iso3, b.iso3)
  );
}

/** Code-unit order, the same on every machine (no locale). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A stock table written canonically from validated rows. */
export function serialiseStocks(rows: readonly StockRow[]): string {
  return serialiseCsv(
    STOCK_COLUMNS,
    [...rows].sort(compareStockRows).map((row) => ({
      direction: row.direction,
      iso3: row.iso3,
      country: row.country,
      year: String(row.year),
      count: String(row.count),
    })),
  );
}

/** Canonical order of the refugee series: by year, then origin and country of asylum. */
export function compareRefugeeRows(a: RefugeeRow, b: RefugeeRow): number {
  return (
    a.year - b.year ||
    compareText(a.origin_iso3, b.origin_iso3) ||
    compareText(a.asylum_country_iso3, b.asylum_country_iso3)
  );
}

/** The refugee series written canonically from validated rows (blank where oip is not reported). */
export function serialiseRefugees(rows: readonly RefugeeRow[]): string {
  return serialiseCsv(
    REFUGEE_COLUMNS,
    [...rows].sort(compareRefugeeRows).map((row) => ({
      year: String(row.year),
      origin_iso3: row.origin_iso3,
      asylum_country_iso3: row.asylum_country_iso3,
      refugees: String(row.refugees),
      asylum_seekers: String(row.asylum_seekers),
      other_in_need_of_international_protection:
        row.other_in_need_of_international_protection === null
          ? ''
          : String(row.other_in_need_of_international_protection),
    })),
  );
}

/**
 * A downloaded stock CSV made canonical: header checked, rows validated as downloaded (messages
 * name the downloaded line), then written in canonical order and validated again as written.
 */
export function canonicalStockCsv(downloaded: string, file: string): string {
  checkHeader(downloaded, STOCK_COLUMNS);
  const rows = validateStocks(downloaded, `${file} (as downloaded)`);
  const text = serialiseStocks(rows.map((entry) => entry.row));
  validateStocks(text, `${file} (as it would be written)`);
  return text;
}
