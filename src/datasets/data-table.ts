/**
 * Reads a CSV data table and validates it row by row, then as a whole, collecting every problem
 * before failing so that an editor sees all of them at once.
 */
import { z } from 'astro/zod';
import { ContentError, problemsFromZod, type ContentProblem } from '../lib/content-problem.ts';
import { CsvSyntaxError, parseCsv } from '../lib/csv.ts';
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
  const validate = rowValidator(rowSchema);
  for (const { line, cells } of records) {
    const result = validate(cells);
    if (result.success) rows.push({ line, row: result.data, cells });
    else problems.push(...problemsFromZod(result.error, file, cells, line));
  }
  if (problems.length > 0) throw new ContentError(problems);
  if (rows.length === 0) throw new ContentError([{ file, field: '', message: 'has no data rows' }]);
  return rows;
}

type Primitive = string | number | boolean | null;

/**
 * Validates rows with `schema`, checking each distinct cell of a column once when it can. The world
 * tables repeat the same codes, years and counts over 200,000 rows, and parsing every row as a whole
 * took seconds in every build and every check. That shortcut is taken for a strict object schema
 * with no rule of its own, whose fields are checked each on its own, and only for cells whose value
 * is a string, number or null; any other row — an invalid cell, a missing or extra column — is
 * parsed by the whole schema, so problems are worded exactly as the schema words them.
 */
export function rowValidator<S extends z.ZodType>(
  schema: S,
): (cells: Record<string, string>) => z.ZodSafeParseResult<z.output<S>> {
  const whole = (cells: Record<string, string>) => schema.safeParse(cells);
  // A strict object whose rows are then completed (`.pipe(z.transform(…))`): its fields first, then
  // the completion, as the whole schema would.
  if (
    schema instanceof z.ZodPipe &&
    !schema._zod.def.checks?.length &&
    schema._zod.def.out instanceof z.ZodTransform
  ) {
    const fields = plainObjectValidator(schema._zod.def.in as z.ZodType);
    const complete = schema._zod.def.out;
    if (fields) {
      return (cells) => {
        const checked = fields(cells);
        const completed = checked && complete.safeParse(checked);
        return completed && completed.success
          ? (completed as z.ZodSafeParseResult<z.output<S>>)
          : whole(cells);
      };
    }
  }
  const fields = plainObjectValidator(schema);
  if (!fields) return whole;
  return (cells) => {
    const checked = fields(cells);
    return checked ? ({ success: true, data: checked } as z.ZodSafeParseResult<z.output<S>>) : whole(cells);
  };
}

/**
 * For a strict object schema with no rule of its own: the row its cells give, checked field by field
 * with each distinct cell checked once, or undefined when the row is not that simple (the whole
 * schema then says why).
 */
function plainObjectValidator(
  schema: z.ZodType,
): ((cells: Record<string, string>) => Record<string, Primitive> | undefined) | undefined {
  const def = schema instanceof z.ZodObject ? schema._zod.def : undefined;
  if (!def || def.catchall?._zod.def.type !== 'never' || (def.checks?.length ?? 0) > 0) return undefined;
  const fields = Object.entries(def.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    field,
    // A cell's value, or null when the cell alone does not validate to a plain value.
    known: new Map<string, { value: Primitive } | null>(),
  }));
  const valueOf = (field: (typeof fields)[number], text: string) => {
    let known = field.known.get(text);
    if (known === undefined) {
      const result = field.field.safeParse(text);
      const value = result.data as unknown;
      const plain = value === null || ['string', 'number', 'boolean'].includes(typeof value);
      known = result.success && plain ? { value: value as Primitive } : null;
      field.known.set(text, known);
    }
    return known;
  };
  return (cells) => {
    if (Object.keys(cells).length !== fields.length) return undefined;
    const row: Record<string, Primitive> = {};
    for (const field of fields) {
      const text = cells[field.name];
      const known = text === undefined ? null : valueOf(field, text);
      if (!known) return undefined;
      row[field.name] = known.value;
    }
    return row;
  };
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
