/**
 * What an update changes in a table, and whether the change is plausible: the same rows keyed the
 * same way on both sides, counts compared column by column. Pure functions.
 */
import type { Plausibility, TableKind } from '../../src/datasets/definition.ts';
import type { RowOf } from '../../src/datasets/tables.ts';
import type { RefugeeRow, StockRow } from '../../src/schemas/stock.ts';
import type { BorderEncountersRow, RemittancesRow } from '../../src/schemas/flows.ts';

/** A table row reduced to what is compared: a key, a label for messages, counts and text fields. */
export interface KeyedRow {
  key: string;
  label: string;
  /** The series the row belongs to (its key without the year or month), and its year. */
  series: string;
  year: number;
  /** Its month (1–12), in a monthly table: rows are then compared month by month, not year by year. */
  month?: number;
  /** Counts by column; null where the table says "not reported" (blank). */
  counts: Record<string, number | null>;
  /** Text columns that may change without being a jump (a country's name as the source spells it). */
  texts: Record<string, string>;
}

export function keyStockRow(row: StockRow): KeyedRow {
  return {
    key: `${row.direction}|${row.iso3}|${row.year}`,
    label: `${row.direction} ${row.iso3} ${row.year}`,
    series: `${row.direction}|${row.iso3}`,
    year: row.year,
    counts: { count: row.count },
    texts: { country: row.country },
  };
}

export function keyRefugeeRow(row: RefugeeRow): KeyedRow {
  return {
    key: `${row.year}|${row.origin_iso3}|${row.asylum_country_iso3}`,
    label: `${row.year} ${row.origin_iso3}→${row.asylum_country_iso3}`,
    series: `${row.origin_iso3}|${row.asylum_country_iso3}`,
    year: row.year,
    counts: {
      refugees: row.refugees,
      asylum_seekers: row.asylum_seekers,
      other_in_need_of_international_protection: row.other_in_need_of_international_protection,
    },
    texts: {},
  };
}

/** A row of the World Bank's remittances, keyed by economy and year, with its three amounts. */
export function keyRemittancesRow(row: RemittancesRow): KeyedRow {
  return {
    key: `${row.iso3}|${row.year}`,
    label: `${row.iso3} ${row.year}`,
    series: row.iso3,
    year: row.year,
    counts: { received_usd: row.received_usd, paid_usd: row.paid_usd, gdp_usd: row.gdp_usd },
    texts: {},
  };
}

/**
 * A row of CBP's encounters, keyed by month and citizenship. Its fiscal year follows from its month
 * (the table's rules check it), so only the count is compared.
 */
export function keyBorderEncountersRow(row: BorderEncountersRow): KeyedRow {
  const [year, month] = row.month.split('-').map(Number) as [number, number];
  return {
    key: `${row.month}|${row.citizenship}`,
    label: `${row.month} ${row.citizenship}`,
    series: row.citizenship,
    year,
    month,
    counts: { encounters: row.encounters },
    texts: {},
  };
}

/** A row of a table of `kind`, keyed. */
export function keyRow<K extends TableKind>(kind: K, row: RowOf[K]): KeyedRow {
  if (kind === 'refugee') return keyRefugeeRow(row as RefugeeRow);
  if (kind === 'remittances') return keyRemittancesRow(row as RemittancesRow);
  if (kind === 'border-encounters') return keyBorderEncountersRow(row as BorderEncountersRow);
  const keyed = keyStockRow(row as StockRow);
  if (kind === 'stock-by-sex') {
    const { male, female } = row as RowOf['stock-by-sex'];
    keyed.counts = { ...keyed.counts, male, female };
  }
  return keyed;
}

export interface FieldChange {
  column: string;
  old: number | string | null;
  new: number | string | null;
}

export interface RowChange {
  key: string;
  label: string;
  fields: FieldChange[];
}

export interface TableDiff {
  added: KeyedRow[];
  removed: KeyedRow[];
  changed: RowChange[];
}

/** Rows only in `next` (added), only in `current` (removed), and in both with other values. */
export function diffTables(current: readonly KeyedRow[], next: readonly KeyedRow[]): TableDiff {
  const before = new Map(current.map((row) => [row.key, row]));
  const after = new Map(next.map((row) => [row.key, row]));
  const changed: RowChange[] = [];
  for (const row of next) {
    const old = before.get(row.key);
    if (!old) continue;
    const fields: FieldChange[] = [];
    for (const [column, value] of Object.entries(row.counts)) {
      const was = old.counts[column] ?? null;
      if (was !== value) fields.push({ column, old: was, new: value });
    }
    for (const [column, value] of Object.entries(row.texts)) {
      const was = old.texts[column] ?? null;
      if (was !== value) fields.push({ column, old: was, new: value });
    }
    if (fields.length > 0) changed.push({ key: row.key, label: row.label, fields });
  }
  return {
    added: next.filter((row) => !before.has(row.key)),
    removed: current.filter((row) => !after.has(row.key)),
    changed,
  };
}

export function isUnchanged(diff: TableDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/**
 * True when a count moves from `old` to `next` by more than the allowed fraction of `old` and by
 * more than the absolute floor (so 3 → 7 is no jump, 300,000 → 700,000 is).
 */
export function isJump(
  old: number,
  next: number,
  { maxRelativeChange, absoluteFloor }: Plausibility,
): boolean {
  const change = Math.abs(next - old);
  if (change <= absoluteFloor) return false;
  return old === 0 ? true : change / old > maxRelativeChange;
}

/**
 * Why the change is implausible, one line per reason (empty when it is plausible): rows of the
 * current table that the new one drops, counts it stops reporting, and counts that jump.
 */
export function plausibilityProblems(diff: TableDiff, threshold: Plausibility): string[] {
  const problems: string[] = [];
  if (diff.removed.length > 0) {
    problems.push(
      `drops ${diff.removed.length} row${diff.removed.length === 1 ? '' : 's'} present now: ${listLabels(diff.removed.map((row) => row.label))}`,
    );
  }
  for (const change of diff.changed) {
    for (const field of change.fields) {
      if (typeof field.old !== 'number' && field.old !== null) continue; // a text column
      if (typeof field.old === 'number' && field.new === null) {
        problems.push(`${change.label}: ${field.column} was ${field.old}, the new data does not report it`);
      } else if (
        typeof field.old === 'number' &&
        typeof field.new === 'number' &&
        isJump(field.old, field.new, threshold)
      ) {
        const percent = field.old === 0 ? '' : ` (${signedPercent((field.new - field.old) / field.old)})`;
        problems.push(
          `${change.label}: ${field.column} jumps from ${field.old} to ${field.new}${percent}, more than the ` +
            `${Math.round(threshold.maxRelativeChange * 100)} % allowed`,
        );
      }
    }
  }
  return problems;
}

/** What an update may add: rows for the years after the table's, unless back-fills are asked for. */
export interface AdditionRules {
  plausibility: Plausibility;
  /** The current year: no row may be for a later one. */
  currentYear: number;
  /** The current month (1–12): no row of a monthly table may be for a later one. */
  currentMonth?: number;
  /** Rows for years the table already covers (or earlier) are refused unless this is true. */
  allowBackfill: boolean;
}

/**
 * Where a row lies in time, to compare rows of one table: its month counted from year 0, or for a
 * yearly row its year's last month (so the order of yearly rows is their years').
 */
function periodOf(row: KeyedRow): number {
  return row.year * 12 + (row.month ?? 12) - 1;
}

/** A row's period in words: `2025`, or `2025-06` in a monthly table. */
function periodName(row: Pick<KeyedRow, 'year' | 'month'>): string {
  return row.month === undefined ? String(row.year) : `${row.year}-${String(row.month).padStart(2, '0')}`;
}

/**
 * Why the rows an update adds are implausible, one line per reason: a year (or month) after the
 * current one; a period no later than the table's latest (a back-fill) unless allowed; a count that
 * jumps, by the same bounds as a changed count, from the same series' nearest period (its latest, for
 * a new one), or — for a series new to the table — one larger than any count of the table's latest
 * period. A monthly table (rows with a month) is judged month by month.
 */
export function additionProblems(
  current: readonly KeyedRow[],
  added: readonly KeyedRow[],
  { plausibility, currentYear, currentMonth, allowBackfill }: AdditionRules,
): string[] {
  const problems: string[] = [];
  const latest = current.reduce<KeyedRow | undefined>(
    (found, row) => (!found || periodOf(row) > periodOf(found) ? row : found),
    undefined,
  );
  const latestPeriod = latest === undefined ? -Infinity : periodOf(latest);
  const bySeries = new Map<string, KeyedRow[]>();
  for (const row of current) bySeries.set(row.series, [...(bySeries.get(row.series) ?? []), row]);
  // The row a new one is judged against: the same series' nearest period (its latest, for a new one).
  const baselineOf = (row: KeyedRow) =>
    (bySeries.get(row.series) ?? []).reduce<KeyedRow | undefined>(
      (best, candidate) =>
        !best || Math.abs(periodOf(candidate) - periodOf(row)) < Math.abs(periodOf(best) - periodOf(row))
          ? candidate
          : best,
      undefined,
    );
  const largestLatest = Math.max(
    0,
    ...current
      .filter((row) => periodOf(row) === latestPeriod)
      .flatMap((row) => Object.values(row.counts).filter((value): value is number => value !== null)),
  );
  for (const row of added) {
    const unit = row.month === undefined ? 'year' : 'month';
    if (row.year > currentYear) {
      problems.push(`${row.label}: a row for ${row.year}, a year that has not ended (it is ${currentYear})`);
      continue;
    }
    if (
      row.month !== undefined &&
      currentMonth !== undefined &&
      row.year === currentYear &&
      row.month > currentMonth
    ) {
      problems.push(
        `${row.label}: a row for ${periodName(row)}, a month that has not begun (it is ${periodName({ year: currentYear, month: currentMonth })})`,
      );
      continue;
    }
    if (latest !== undefined && periodOf(row) <= latestPeriod && !allowBackfill) {
      problems.push(
        `${row.label}: a new row for ${periodName(row)}, a ${unit} the table already covers (to ${periodName(latest)}): back-fills are refused unless --allow-backfill is given`,
      );
      continue;
    }
    const baseline = baselineOf(row);
    for (const [column, value] of Object.entries(row.counts)) {
      if (value === null) continue;
      const before = baseline?.counts[column];
      if (typeof before === 'number') {
        if (isJump(before, value, plausibility)) {
          problems.push(
            `${row.label}: ${column} is ${value}, against ${before} in ${periodName(baseline!)}${before === 0 ? '' : ` (${signedPercent((value - before) / before)})`}, more than the ${Math.round(plausibility.maxRelativeChange * 100)} % allowed`,
          );
        }
      } else if (value > Math.max(largestLatest, plausibility.absoluteFloor)) {
        problems.push(
          `${row.label}: ${column} is ${value} in a series new to the table, more than any count of its latest ${unit} (${largestLatest})`,
        );
      }
    }
  }
  return problems;
}

function signedPercent(fraction: number): string {
  const value = Math.round(fraction * 1000) / 10;
  return `${value > 0 ? '+' : ''}${value} %`;
}

/** Up to `max` labels, then "and N more". */
export function listLabels(labels: readonly string[], max = 10): string {
  const shown = labels.slice(0, max).join(', ');
  return labels.length > max ? `${shown} and ${labels.length - max} more` : shown;
}

function show(value: number | string | null): string {
  return value === null ? '(blank)' : String(value);
}

/** A few lines saying what changed: counts of rows added, removed and changed, then examples. */
export function describeDiff(diff: TableDiff, examples = 5): string[] {
  if (isUnchanged(diff)) return ['no change'];
  const lines = [
    `${diff.added.length} row${diff.added.length === 1 ? '' : 's'} added, ` +
      `${diff.removed.length} removed, ${diff.changed.length} changed`,
  ];
  for (const row of diff.added.slice(0, examples)) {
    const values = [...Object.entries(row.counts), ...Object.entries(row.texts)]
      .map(([column, value]) => `${column} ${show(value)}`)
      .join(', ');
    lines.push(`  + ${row.label}: ${values}`);
  }
  if (diff.added.length > examples) lines.push(`  + … and ${diff.added.length - examples} more added`);
  for (const row of diff.removed.slice(0, examples)) lines.push(`  - ${row.label}`);
  if (diff.removed.length > examples) lines.push(`  - … and ${diff.removed.length - examples} more removed`);
  for (const change of diff.changed.slice(0, examples)) {
    const fields = change.fields.map((field) => `${field.column} ${show(field.old)} → ${show(field.new)}`);
    lines.push(`  ~ ${change.label}: ${fields.join('; ')}`);
  }
  if (diff.changed.length > examples) lines.push(`  ~ … and ${diff.changed.length - examples} more changed`);
  return lines;
}
