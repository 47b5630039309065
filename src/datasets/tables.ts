/**
 * The kinds of data table the site reads, and a dataset's rules from its registry entry: the row
 * schema (with the years the dataset covers), the whole-table rules, and which rows a data note
 * applies to. The build, the content checker and `npm run data:update` all validate through here.
 */
import { z } from 'astro/zod';
import type { ContentProblem } from '../lib/content-problem.ts';
import type { NoteTarget } from './notes.ts';
import { checkRefugeeTable, checkStockTable, readTable, type TableRow } from './data-table.ts';
import {
  numberCell,
  refugeeRowSchema,
  stockBySexRowSchema,
  stockRowSchema,
  WORLD,
  type RefugeeRow,
  type StockBySexRow,
  type StockRow,
} from '../schemas/stock.ts';
import {
  corridorRowSchema,
  locationRowSchema,
  regionRowSchema,
  unhcrPopulationRowSchema,
  type CorridorRow,
  type LocationRow,
  type RegionRow,
  type UnhcrPopulationRow,
} from '../schemas/world.ts';
import {
  checkCorridorTable,
  checkLocationTable,
  checkRegionTable,
  checkUnhcrPopulationTable,
} from './world-tables.ts';
import {
  borderEncountersRowSchema,
  darienRowSchema,
  netMigrationRowSchema,
  remittancesRowSchema,
  removalsRowSchema,
  type BorderEncountersRow,
  type DarienRow,
  type NetMigrationRow,
  type RemittancesRow,
  type RemovalsRow,
} from '../schemas/flows.ts';
import {
  checkBorderEncountersTable,
  checkDarienTable,
  checkNetMigrationTable,
  checkRemittancesTable,
  checkRemovalsTable,
} from './flow-tables.ts';
import type { DatasetDefinition, TableKind } from './definition.ts';

/** The row of each kind of table. */
export interface RowOf {
  stock: StockRow;
  'stock-by-sex': StockBySexRow;
  refugee: RefugeeRow;
  'corridor-by-sex': CorridorRow;
  location: LocationRow;
  'unhcr-population': UnhcrPopulationRow;
  region: RegionRow;
  'net-migration': NetMigrationRow;
  remittances: RemittancesRow;
  'border-encounters': BorderEncountersRow;
  'darien-crossings': DarienRow;
  removals: RemovalsRow;
}

interface KindRules<Row> {
  schema:
    | typeof stockRowSchema
    | typeof stockBySexRowSchema
    | typeof refugeeRowSchema
    | typeof corridorRowSchema
    | typeof locationRowSchema
    | typeof unhcrPopulationRowSchema
    | typeof regionRowSchema
    | typeof netMigrationRowSchema
    | typeof remittancesRowSchema
    | typeof borderEncountersRowSchema
    | typeof darienRowSchema
    | typeof removalsRowSchema;
  /** The whole-table rules; `dataset` says what the rows alone cannot (partial periods, stated totals). */
  check: (rows: readonly TableRow<Row>[], file: string, dataset: DatasetDefinition) => ContentProblem[];
  /** The canonical order of rows: in the tables as written by the updater, and in downloads. */
  compare: (a: Row, b: Row) => number;
  noteTarget: (row: Row) => NoteTarget;
  /** The year a row is about (a fiscal year's, a month's year), or none for a table of codes. */
  yearOf?: (row: Row) => number;
}

/** Code-unit order, the same on every machine (no locale). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DIRECTION_ORDER = { emigrants: 0, immigrants: 1 } as const;

/**
 * By direction (emigrants, then immigrants), year, the world total first, then countries by count,
 * largest first, ties by code.
 */
function compareStock(a: StockRow, b: StockRow): number {
  return (
    DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction] ||
    a.year - b.year ||
    Number(b.iso3 === WORLD) - Number(a.iso3 === WORLD) ||
    b.count - a.count ||
    compareText(a.iso3, b.iso3)
  );
}

/** Rows whose men and women do not add up to their count: the table would contradict itself. */
function checkSexes(rows: readonly TableRow<StockBySexRow>[], file: string): ContentProblem[] {
  return rows
    .filter(({ row }) => row.male + row.female !== row.count)
    .map(({ line, row }) => ({
      file,
      line,
      field: 'count',
      value: row.count,
      message: `must equal male + female (${row.male} + ${row.female} = ${row.male + row.female})`,
    }));
}

const KINDS: { [K in TableKind]: KindRules<RowOf[K]> } = {
  stock: {
    schema: stockRowSchema,
    check: checkStockTable,
    compare: compareStock,
    noteTarget: (row) => ({ codes: [row.iso3], direction: row.direction }),
    yearOf: (row) => row.year,
  },
  'stock-by-sex': {
    schema: stockBySexRowSchema,
    check: (rows, file) => [...checkStockTable(rows, file), ...checkSexes(rows, file)],
    compare: compareStock,
    noteTarget: (row) => ({ codes: [row.iso3], direction: row.direction }),
    yearOf: (row) => row.year,
  },
  refugee: {
    schema: refugeeRowSchema,
    check: checkRefugeeTable,
    // By year, then origin and country of asylum.
    compare: (a, b) =>
      a.year - b.year ||
      compareText(a.origin_iso3, b.origin_iso3) ||
      compareText(a.asylum_country_iso3, b.asylum_country_iso3),
    noteTarget: (row) => ({ codes: [row.origin_iso3, row.asylum_country_iso3] }),
    yearOf: (row) => row.year,
  },
  'corridor-by-sex': {
    schema: corridorRowSchema,
    check: checkCorridorTable,
    // By destination, origin (the total first), then year.
    compare: (a, b) =>
      compareText(a.destination, b.destination) ||
      Number(b.origin === WORLD) - Number(a.origin === WORLD) ||
      compareText(a.origin, b.origin) ||
      a.year - b.year,
    noteTarget: (row) => ({ codes: [row.destination, row.origin] }),
    yearOf: (row) => row.year,
  },
  location: {
    schema: locationRowSchema,
    check: checkLocationTable,
    compare: (a, b) => a.m49 - b.m49,
    noteTarget: (row) => ({ codes: [row.iso3] }),
  },
  'unhcr-population': {
    schema: unhcrPopulationRowSchema,
    check: checkUnhcrPopulationTable,
    compare: (a, b) =>
      a.year - b.year || compareText(a.coo_iso, b.coo_iso) || compareText(a.coa_iso, b.coa_iso),
    noteTarget: (row) => ({ codes: [row.coo_iso, row.coa_iso] }),
    yearOf: (row) => row.year,
  },
  region: {
    schema: regionRowSchema,
    check: checkRegionTable,
    compare: (a, b) => compareText(a.iso3, b.iso3),
    noteTarget: (row) => ({ codes: [row.iso3] }),
  },
  'net-migration': {
    schema: netMigrationRowSchema,
    check: checkNetMigrationTable,
    compare: (a, b) => compareText(a.iso3, b.iso3) || a.year - b.year,
    noteTarget: (row) => ({ codes: [row.iso3] }),
    yearOf: (row) => row.year,
  },
  remittances: {
    schema: remittancesRowSchema,
    check: checkRemittancesTable,
    compare: (a, b) => compareText(a.iso3, b.iso3) || a.year - b.year,
    noteTarget: (row) => ({ codes: [row.iso3] }),
    yearOf: (row) => row.year,
  },
  'border-encounters': {
    schema: borderEncountersRowSchema,
    check: checkBorderEncountersTable,
    compare: (a, b) => compareText(a.month, b.month) || compareText(a.citizenship, b.citizenship),
    noteTarget: (row) => ({ codes: [row.citizenship] }),
    yearOf: (row) => row.fiscal_year,
  },
  'darien-crossings': {
    schema: darienRowSchema,
    check: checkDarienTable,
    compare: (a, b) => compareText(a.period, b.period) || compareText(a.nationality, b.nationality),
    noteTarget: (row) => ({ codes: [row.nationality] }),
    yearOf: (row) => Number(row.period.slice(0, 4)),
  },
  removals: {
    schema: removalsRowSchema,
    check: checkRemovalsTable,
    compare: (a, b) =>
      a.fiscal_year - b.fiscal_year ||
      compareText(a.citizenship_iso3, b.citizenship_iso3) ||
      compareText(a.citizenship_name, b.citizenship_name),
    noteTarget: (row) => ({ codes: [row.citizenship_iso3] }),
    yearOf: (row) => row.fiscal_year,
  },
};

/** The canonical order of a kind of table's rows (see `KINDS`). */
export function compareRows<K extends TableKind>(kind: K): (a: RowOf[K], b: RowOf[K]) => number {
  return KINDS[kind].compare as (a: RowOf[K], b: RowOf[K]) => number;
}

/** The columns of a kind of table, in file order (the order of its schema's fields). */
export function columnsOf(kind: TableKind): string[] {
  const schema = KINDS[kind].schema;
  return Object.keys('shape' in schema ? schema.shape : schema.in.shape);
}

/** The year cell of a dataset: a year it covers (a listed year, or one from its first year on). */
function yearCell(years: DatasetDefinition['years']) {
  // An open range ends with the current year: a row for a year that has not ended is a mistake.
  const thisYear = new Date().getUTCFullYear();
  return 'from' in years
    ? numberCell.pipe(
        // Not the schemas' own `year`: its floor would give a year before both a second message.
        z
          .number()
          .int('must be a whole year')
          .min(years.from, `must be ${years.from} or later`)
          .max(thisYear, `must be ${thisYear} or earlier (a year that has ended or is under way)`),
      )
    : numberCell.refine(
        (value) => (years as readonly number[]).includes(value),
        `must be one of ${years.join(', ')}`,
      );
}

/** The schema of one row of a dataset's table. */
export function rowSchemaOf<D extends DatasetDefinition>(dataset: D): z.ZodType<RowOf[D['kind']]> {
  const schema = KINDS[dataset.kind].schema;
  const years = yearCell(dataset.years);
  // A table whose rows are completed after their fields are checked (the corridors fill in a blank
  // count) has its years checked with its fields, before that.
  if (!('shape' in schema)) {
    const { in: fields, out: complete } = (
      schema as unknown as z.ZodPipe<z.ZodObject, z.ZodType<unknown, Record<string, unknown>>>
    )._zod.def;
    return fields.extend({ year: years }).pipe(complete) as unknown as z.ZodType<RowOf[D['kind']]>;
  }
  // The year a row is about is its `year`, or its US fiscal year (CBP's encounters, ICE's removals).
  const base = schema as z.ZodObject;
  if ('year' in base.shape) return base.extend({ year: years }) as unknown as z.ZodType<RowOf[D['kind']]>;
  // A table counted by US fiscal year: its fiscal years are the dataset's years. (safeExtend keeps a
  // schema's own refinements, such as ICE's entries without a code.)
  if ('fiscal_year' in base.shape) {
    return base.safeExtend({ fiscal_year: fiscalYearCell(dataset.years) }) as unknown as z.ZodType<
      RowOf[D['kind']]
    >;
  }
  return base as unknown as z.ZodType<RowOf[D['kind']]>;
}

/**
 * The fiscal-year cell of a dataset: a year it covers, up to the US fiscal year under way (October
 * to September, named by the year it ends in: from October, next year's).
 */
function fiscalYearCell(years: DatasetDefinition['years']) {
  const today = new Date();
  const current = today.getUTCFullYear() + (today.getUTCMonth() >= 9 ? 1 : 0);
  const listed = (value: number) => !('from' in years) && (years as readonly number[]).includes(value);
  return 'from' in years
    ? numberCell.pipe(
        z
          .number()
          .int('must be a whole year')
          .min(years.from, `must be ${years.from} or later`)
          .max(current, `must be ${current} or earlier (a fiscal year that has ended or is under way)`),
      )
    : numberCell.refine(listed, `must be one of ${(years as readonly number[]).join(', ')}`);
}

/**
 * Reads a dataset's table from its text, row by row then as a whole. Throws a ContentError listing
 * every problem (file, line, field, value).
 */
export function readDatasetTable<D extends DatasetDefinition>(
  dataset: D,
  text: string,
  file: string = dataset.file,
): { rows: TableRow<RowOf[D['kind']]>[]; problems: ContentProblem[] } {
  const rows = readTable(text, file, rowSchemaOf(dataset));
  const check = KINDS[dataset.kind].check as (
    rows: readonly TableRow<RowOf[D['kind']]>[],
    file: string,
    dataset: DatasetDefinition,
  ) => ContentProblem[];
  return { rows, problems: check(rows, file, dataset) };
}

/** The years a dataset's rows are about, sorted, once each; its registry years for a table of codes. */
export function yearsOfTable<D extends DatasetDefinition>(
  dataset: D,
  rows: readonly RowOf[D['kind']][],
): number[] {
  const yearOf = KINDS[dataset.kind].yearOf as ((row: RowOf[D['kind']]) => number) | undefined;
  if (!yearOf) return Array.isArray(dataset.years) ? [...dataset.years] : [];
  return [...new Set(rows.map(yearOf))].sort((a, b) => a - b);
}

/** The countries (and direction) of a row, to match data notes against it. */
export function noteTargetOf<D extends DatasetDefinition>(dataset: D, row: RowOf[D['kind']]): NoteTarget {
  return (KINDS[dataset.kind].noteTarget as (row: RowOf[D['kind']]) => NoteTarget)(row);
}
