/**
 * Adapter for CBP's "Nationwide Encounters" data file (https://www.cbp.gov/document/stats/nationwide-encounters):
 * a CSV with one line per fiscal year, month, component, border region, area of responsibility,
 * demographic group, citizenship, title of authority and encounter type. The table keeps the
 * southwest land border and sums its encounters by month and citizenship. Pure functions.
 *
 * CBP's file covers its last few fiscal years (four, as of 2024: `nationwide-encounters-fy21-fy24-aor.csv`),
 * so the fiscal years it holds replace the table's, and the table keeps its earlier ones.
 */
import type { DatasetDefinition } from '../../src/datasets/definition.ts';
import { fiscalYearOf } from '../../src/datasets/flow-tables.ts';
import { columnsOf } from '../../src/datasets/tables.ts';
import { CsvSyntaxError, parseCsv, toCsv, type CsvRecord } from '../../src/lib/csv.ts';
import type { BorderEncountersRow } from '../../src/schemas/flows.ts';
import { UpdateFailure } from './failure.ts';
import { serialiseTable, validateTable } from './tables.ts';

/** The columns of CBP's file the table is made from; its other columns are summed over. */
export const CBP_COLUMNS = {
  fiscalYear: 'Fiscal Year',
  month: 'Month (abbv)',
  region: 'Land Border Region',
  citizenship: 'Citizenship',
  count: 'Encounter Count',
} as const;

/** The border region the table counts. */
export const SOUTHWEST = 'Southwest Land Border';

/**
 * The citizenships CBP names, as its file spells them, with their ISO 3166-1 alpha-3 codes; "OTHER"
 * (every other citizenship) is OTH. A name not listed here stops the update: CBP has begun to name a
 * citizenship apart, and the table must say which.
 */
export const CBP_CITIZENSHIPS: Readonly<Record<string, string>> = {
  BRAZIL: 'BRA',
  CANADA: 'CAN',
  'CHINA, PEOPLES REPUBLIC OF': 'CHN',
  COLOMBIA: 'COL',
  CUBA: 'CUB',
  ECUADOR: 'ECU',
  'EL SALVADOR': 'SLV',
  GUATEMALA: 'GTM',
  HAITI: 'HTI',
  HONDURAS: 'HND',
  INDIA: 'IND',
  MEXICO: 'MEX',
  'MYANMAR (BURMA)': 'MMR',
  NICARAGUA: 'NIC',
  PERU: 'PER',
  PHILIPPINES: 'PHL',
  ROMANIA: 'ROU',
  RUSSIA: 'RUS',
  TURKEY: 'TUR',
  UKRAINE: 'UKR',
  VENEZUELA: 'VEN',
  OTHER: 'OTH',
};

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Largest file accepted, in bytes: four fiscal years of CBP's file are under 10 MB. */
export const MAX_FILE_BYTES = 50_000_000;

/**
 * The month `YYYY-MM` of a fiscal year and a month abbreviation: October to December belong to the
 * calendar year before the fiscal year (October 2022 is in fiscal year 2023).
 */
export function monthOf(fiscalYear: number, abbreviation: string): string | undefined {
  const index = MONTHS.indexOf(abbreviation.trim().toUpperCase());
  if (index < 0) return undefined;
  const year = index >= 9 ? fiscalYear - 1 : fiscalYear;
  return `${year}-${String(index + 1).padStart(2, '0')}`;
}

/** A fiscal year as CBP writes it: `2024`, or `2025 (FYTD)` for the year under way. */
export function fiscalYearCell(text: string): number | undefined {
  const match = /^\s*(\d{4})(\s*\(FYTD\))?\s*$/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The ISO code of a citizenship as CBP's file names it; undefined for a name it has not used. */
export function citizenshipCode(name: string): string | undefined {
  return CBP_CITIZENSHIPS[name.trim().toUpperCase().replace(/\s+/g, ' ')];
}

/** Encounters at the southwest border by month and citizenship, and the fiscal years the file covers. */
export interface CbpSums {
  /** `2024-10|PER` → encounters. */
  sums: Map<string, number>;
  fiscalYears: Set<number>;
}

/**
 * Reads CBP's file: every line's fiscal year and month must be readable (they say which fiscal years
 * the file covers); lines of the southwest land border are summed by month and citizenship, and must
 * name a known citizenship and a whole count. Each problem names the line and the value.
 */
export function readCbpFile(text: string): CbpSums {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new UpdateFailure(`the CSV cannot be read: line ${error.line}: ${error.message}`);
  }
  const header = records[0] ? Object.keys(records[0].cells) : [];
  const missing = Object.values(CBP_COLUMNS).filter((column) => !header.includes(column));
  if (records.length === 0) throw new UpdateFailure('the file has no rows: expected CBP encounters');
  if (missing.length > 0) {
    throw new UpdateFailure(
      `unexpected CSV header "${header.join(',')}": CBP's Nationwide Encounters file has the columns ` +
        `${Object.values(CBP_COLUMNS).join(', ')}; missing ${missing.join(', ')}`,
    );
  }

  const problems: string[] = [];
  const unknown = new Map<string, number>();
  const sums = new Map<string, number>();
  const fiscalYears = new Set<number>();
  for (const { line, cells } of records) {
    const fiscalText = cells[CBP_COLUMNS.fiscalYear]!;
    const fiscalYear = fiscalYearCell(fiscalText);
    const month = fiscalYear === undefined ? undefined : monthOf(fiscalYear, cells[CBP_COLUMNS.month]!);
    if (fiscalYear === undefined) {
      problems.push(
        `line ${line}: ${CBP_COLUMNS.fiscalYear} must be a year such as 2024 (got "${fiscalText}")`,
      );
      continue;
    }
    if (month === undefined) {
      problems.push(
        `line ${line}: ${CBP_COLUMNS.month} must be a month written JAN to DEC (got "${cells[CBP_COLUMNS.month]}")`,
      );
      continue;
    }
    fiscalYears.add(fiscalYear);
    if (cells[CBP_COLUMNS.region]!.trim() !== SOUTHWEST) continue;
    const name = cells[CBP_COLUMNS.citizenship]!;
    const code = citizenshipCode(name);
    if (code === undefined) {
      if (!unknown.has(name)) unknown.set(name, line);
      continue;
    }
    const countText = cells[CBP_COLUMNS.count]!;
    if (!/^\s*\d+\s*$/.test(countText)) {
      problems.push(`line ${line}: ${CBP_COLUMNS.count} must be a whole number (got "${countText}")`);
      continue;
    }
    const key = `${month}|${code}`;
    sums.set(key, (sums.get(key) ?? 0) + Number(countText));
  }
  for (const [name, line] of unknown) {
    problems.unshift(
      `line ${line}: unknown citizenship "${name}": add it with its ISO 3166-1 alpha-3 code to ` +
        'CBP_CITIZENSHIPS in tools/data-update/cbp.ts (and the code to the table’s schema if it is not ISO)',
    );
  }
  if (problems.length > 0) {
    throw new UpdateFailure(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in CBP's file` +
        (unknown.size > 0
          ? `: ${[...unknown.keys()].map((name) => `"${name}"`).join(', ')} ${unknown.size === 1 ? 'is a citizenship' : 'are citizenships'} CBP had not named`
          : ''),
      problems,
    );
  }
  return { sums, fiscalYears };
}

/**
 * The encounters table after reading CBP's file: the fiscal years the file covers, summed from it
 * (a month and citizenship whose lines add up to 0 is a row of 0: CBP published it), and the current
 * table's rows of every other fiscal year, kept as they are. Validated with the build's schema and
 * table rules (messages name `file`), and written in the table's canonical order. A table whose
 * partial fiscal years no longer match the registry's (a fiscal year completed, or a new one begun)
 * is refused with the registry change it needs.
 */
export function cbpTable(
  downloaded: string,
  current: readonly BorderEncountersRow[],
  dataset: DatasetDefinition & { kind: 'border-encounters' },
  file: string,
): string {
  const { sums, fiscalYears } = readCbpFile(downloaded);
  const kept = current.filter((row) => !fiscalYears.has(row.fiscal_year));
  const cells = [
    ...kept.map((row) => ({ ...row })),
    ...[...sums].map(([key, encounters]) => {
      const [month, citizenship] = key.split('|') as [string, string];
      return { month, fiscal_year: fiscalYearOf(month), citizenship, encounters };
    }),
  ];
  const draft = toCsv(columnsOf(dataset.kind), cells);
  try {
    const rows = validateTable(dataset, draft, `${file} (as it would be written)`).map((entry) => entry.row);
    return serialiseTable(dataset, rows);
  } catch (error) {
    if (!(error instanceof UpdateFailure)) throw error;
    // The table's rules say what to change in the registry: the failure leads with it.
    const periods = error.details.filter((detail) => detail.includes('periods.partial'));
    if (periods.length === 0) throw error;
    throw new UpdateFailure(
      `the partial fiscal years change: update periods.partial of ${dataset.id} in src/datasets/registry.ts ` +
        'as said below, then run the update again',
      [...periods, ...error.details.filter((detail) => !periods.includes(detail))],
    );
  }
}
