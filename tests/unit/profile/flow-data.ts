/**
 * The flow tables as committed (`content/data/flows/`), read with the plain CSV reader and turned
 * into rows here, cell by cell, without the schemas or the modules under test: the profile tests
 * work out Peru's figures from these on their own. Each file is read once.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/lib/csv.ts';
import type {
  BorderEncountersRow,
  DarienRow,
  NetMigrationRow,
  RemittancesRow,
  RemovalsRow,
} from '../../../src/schemas/flows.ts';

type Cells = Record<string, string>;

const read = new Map<string, Cells[]>();

/** The cells of each row of `content/data/flows/<name>.csv`. */
export function cellsOf(name: string): Cells[] {
  let cells = read.get(name);
  if (!cells) {
    cells = parseCsv(readFileSync(`content/data/flows/${name}.csv`, 'utf8')).map((record) => record.cells);
    read.set(name, cells);
  }
  return cells;
}

/** A number cell; a blank one is null. */
const amount = (cell: string) => (cell === '' ? null : Number(cell));

export function netMigrationRows(iso3: string): NetMigrationRow[] {
  return cellsOf('wpp2024-net-migration')
    .filter((cells) => cells.iso3 === iso3)
    .map((cells) => ({
      iso3: cells.iso3!,
      m49: Number(cells.m49),
      year: Number(cells.year),
      net_migrants: Number(cells.net_migrants),
      net_migration_rate: Number(cells.net_migration_rate),
    }));
}

export function remittancesRows(iso3: string): RemittancesRow[] {
  return cellsOf('wdi-remittances')
    .filter((cells) => cells.iso3 === iso3)
    .map((cells) => ({
      iso3: cells.iso3!,
      year: Number(cells.year),
      received_usd: amount(cells.received_usd!),
      paid_usd: amount(cells.paid_usd!),
      gdp_usd: amount(cells.gdp_usd!),
    }));
}

export function encountersRows(citizenship?: string): BorderEncountersRow[] {
  return cellsOf('cbp-southwest-border-encounters')
    .filter((cells) => citizenship === undefined || cells.citizenship === citizenship)
    .map((cells) => ({
      month: cells.month!,
      fiscal_year: Number(cells.fiscal_year),
      citizenship: cells.citizenship!,
      encounters: Number(cells.encounters),
    }));
}

export function darienRows(nationality?: string): DarienRow[] {
  return cellsOf('panama-darien-transit')
    .filter((cells) => nationality === undefined || cells.nationality === nationality)
    .map((cells) => ({
      period: cells.period!,
      period_type: cells.period_type as DarienRow['period_type'],
      nationality: cells.nationality!,
      migrants: Number(cells.migrants),
    }));
}

export function removalsRows(iso3?: string): RemovalsRow[] {
  return cellsOf('ice-removals')
    .filter((cells) => iso3 === undefined || cells.citizenship_iso3 === iso3)
    .map((cells) => ({
      fiscal_year: Number(cells.fiscal_year),
      citizenship_iso3: cells.citizenship_iso3!,
      citizenship_name: cells.citizenship_name!,
      removals: Number(cells.removals),
    }));
}

/** The Darién's rows summed over every nationality, period by period (in no particular order). */
export function darienTotalsOf(rows: readonly DarienRow[]): Omit<DarienRow, 'nationality'>[] {
  const totals = new Map<string, Omit<DarienRow, 'nationality'>>();
  for (const { period, period_type, migrants } of rows) {
    const total = totals.get(period) ?? { period, period_type, migrants: 0 };
    total.migrants += migrants;
    totals.set(period, total);
  }
  return [...totals.values()];
}

/** The sum of `value` over `rows`. */
export function sum<T>(rows: readonly T[], value: (row: T) => number): number {
  return rows.reduce((total, row) => total + value(row), 0);
}
