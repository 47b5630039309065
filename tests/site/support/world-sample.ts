/**
 * A few countries of the world tables, still valid: what the variant site needs of them. The variant
 * checks content changes (the news archive, drafts, hostile titles, data freshness), none of which
 * concerns the 750 country profiles that dist/ already has; with only these countries its build
 * costs a fraction of a full one.
 *
 * UN DESA's corridors keep the destinations of the sample; an origin outside it is added to that
 * destination's "Others" (`XXX`), so that every destination's origins still add up to its total.
 * UNHCR's rows keep the countries of the sample and its groups; the regions, the countries of the sample.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { csvHeader, parseCsv, toCsv } from '../../../src/lib/csv.ts';
import { OTHERS, UNHCR_GROUPS, WORLD } from '../../../src/schemas/stock.ts';

/** Peru and the countries its news and tables name most. */
export const SAMPLE_COUNTRIES = ['ARG', 'CHL', 'COL', 'ECU', 'ESP', 'PER', 'USA', 'VEN'] as const;

/** A table's rows, cells by column name, as written. */
type Rows = Record<string, string>[];

function readCsv(path: string): { columns: string[]; rows: Rows } {
  const text = readFileSync(path, 'utf8');
  return { columns: csvHeader(text), rows: parseCsv(text).map((record) => record.cells) };
}

/** Corridors of the sample's destinations; origins outside it folded into `XXX`. */
export function sampleCorridors(rows: Rows, keep: ReadonlySet<string>): Rows {
  const kept: Rows = [];
  const others = new Map<string, Record<string, string>>();
  const folded = new Map<string, { count: number; male: number; female: number }>();
  for (const row of rows) {
    if (!keep.has(row.destination!)) continue;
    const key = `${row.destination}|${row.year}`;
    if (row.origin === OTHERS) others.set(key, row);
    if (row.origin === WORLD || row.origin === OTHERS || keep.has(row.origin!)) {
      kept.push(row);
      continue;
    }
    const sum = folded.get(key) ?? { count: 0, male: 0, female: 0 };
    const male = Number(row.male);
    const female = Number(row.female);
    // A blank count is read as men plus women (see src/schemas/world.ts).
    sum.count += row.count === '' ? male + female : Number(row.count);
    sum.male += male;
    sum.female += female;
    folded.set(key, sum);
  }
  for (const [key, sum] of folded) {
    const [destination, year] = key.split('|') as [string, string];
    const other = others.get(key);
    if (other) {
      other.count = String(Number(other.count) + sum.count);
      other.male = String(Number(other.male) + sum.male);
      other.female = String(Number(other.female) + sum.female);
    } else {
      kept.push({
        destination,
        origin: OTHERS,
        year,
        count: String(sum.count),
        male: String(sum.male),
        female: String(sum.female),
      });
    }
  }
  return kept;
}

/** Writes the sample of the world tables into the copy at `root`. */
export function plantWorldSample(root: string, countries: readonly string[] = SAMPLE_COUNTRIES): void {
  const keep = new Set(countries);
  const groups = new Set<string>(UNHCR_GROUPS);
  const rewrite = (file: string, shape: (rows: Rows) => Rows) => {
    const path = join(root, file);
    const { columns, rows } = readCsv(path);
    writeFileSync(path, toCsv(columns, shape(rows)));
  };
  rewrite(datasetFor('world-stocks', 'corridor-by-sex').file, (rows) => sampleCorridors(rows, keep));
  rewrite(datasetFor('world-protection', 'unhcr-population').file, (rows) =>
    rows.filter(
      (row) =>
        (keep.has(row.coo_iso!) || groups.has(row.coo_iso!)) &&
        (keep.has(row.coa_iso!) || groups.has(row.coa_iso!)),
    ),
  );
  rewrite(datasetFor('world-regions', 'region').file, (rows) => rows.filter((row) => keep.has(row.iso3!)));
}
