/**
 * The world tables behind the country profiles, read and shaped once per build: every country's own
 * tables (`countryTables`) and rows of the flow tables (`flowTables`), its names and slugs in each
 * edition, and its M49 region. Every country
 * page, the index and the downloads read this one shape, so no page filters the world tables.
 * The tables are read with the content checker's own rules (`readDataset`), not kept in Astro's
 * content store (76,000 + 139,000 rows it would serialise for nothing).
 */
import { datasetFor } from '../datasets/registry.ts';
import type { DatasetDefinition } from '../datasets/definition.ts';
import { yearsOfTable, type RowOf } from '../datasets/tables.ts';
import { LOCALES, type Locale } from '../i18n/languages.ts';
import { ContentError } from '../lib/content-problem.ts';
import { isKnownIso3 } from '../schemas/iso3.ts';
import { countryName } from './names.ts';
import { countryTables, type CountryTables } from './tables.ts';
import { flowTables, NO_FLOWS, type CountryFlows, type FlowTables } from './flows.ts';
import { slugsOf } from './slugs.ts';
import { UNHCR_GROUPS } from '../schemas/stock.ts';
import { readDataset } from '../content/read.ts';

/** A country or area with a profile. */
export interface WorldCountry {
  iso3: string;
  /** Its UN M49 region code (`019`), or null where M49 gives none. */
  region: string | null;
  names: Record<Locale, string>;
  slugs: Record<Locale, string>;
  tables: CountryTables;
  /** Its rows of the flow tables: net migration, remittances, encounters, Darién crossings, removals. */
  flows: CountryFlows;
}

export interface World {
  /** Every country with a profile, by code order. */
  countries: WorldCountry[];
  byIso3: Map<string, WorldCountry>;
  /** UN DESA's name of each place its tables use (`CHI` Channel Islands), for places CLDR does not name. */
  unNames: Map<string, string>;
  /** The flow tables, country by country, and the Darién's totals over every nationality. */
  flows: FlowTables;
  /** Each world table's size and the years its rows cover, by dataset id: what its citation files say. */
  tables: Map<string, { rows: number; years: number[] }>;
}

/** A table's rows; its size and years are noted in `read` on the way. */
function rowsOf<D extends DatasetDefinition>(
  root: string,
  dataset: D,
  read: Map<string, { rows: number; years: number[] }>,
): RowOf[D['kind']][] {
  const { entries, problems } = readDataset(root, dataset);
  if (problems.length > 0) throw new ContentError(problems);
  const rows = entries.map((entry) => entry.data);
  read.set(dataset.id, { rows: rows.length, years: yearsOfTable(dataset, rows) });
  return rows;
}

const EMPTY: CountryTables = { stocks: [], protection: [] };

/** Reads and shapes the world tables under `root`. */
export function readWorld(root: string): World {
  const read = new Map<string, { rows: number; years: number[] }>();
  const corridors = rowsOf(root, datasetFor('world-stocks', 'corridor-by-sex'), read);
  const locations = rowsOf(root, datasetFor('world-locations', 'location'), read);
  const unhcr = rowsOf(root, datasetFor('world-protection', 'unhcr-population'), read);
  const regions = rowsOf(root, datasetFor('world-regions', 'region'), read);
  const tables = countryTables({ corridors, locations, unhcr, groups: UNHCR_GROUPS });
  const flows = flowTables({
    netMigration: rowsOf(root, datasetFor('world-net-migration', 'net-migration'), read),
    remittances: rowsOf(root, datasetFor('world-remittances', 'remittances'), read),
    encounters: rowsOf(root, datasetFor('world-border-encounters', 'border-encounters'), read),
    darien: rowsOf(root, datasetFor('world-darien', 'darien-crossings'), read),
    removals: rowsOf(root, datasetFor('world-removals', 'removals'), read),
  });
  const regionOf = new Map(regions.map((row) => [row.iso3, row.region_code]));
  // Every ISO country of the regions table, and every ISO country the data names.
  const codes = [...new Set([...regionOf.keys(), ...tables.keys()])].filter(isKnownIso3).sort();
  const slugs = Object.fromEntries(
    LOCALES.map((locale) => [locale, slugsOf(codes, (code) => countryName(code, locale))]),
  ) as Record<Locale, Map<string, string>>;
  const countries = codes.map((iso3): WorldCountry => ({
    iso3,
    region: regionOf.get(iso3) ?? null,
    names: Object.fromEntries(LOCALES.map((locale) => [locale, countryName(iso3, locale)])) as Record<
      Locale,
      string
    >,
    slugs: Object.fromEntries(LOCALES.map((locale) => [locale, slugs[locale].get(iso3)!])) as Record<
      Locale,
      string
    >,
    tables: tables.get(iso3) ?? EMPTY,
    flows: flows.byCountry.get(iso3) ?? NO_FLOWS,
  }));
  return {
    countries,
    byIso3: new Map(countries.map((country) => [country.iso3, country])),
    unNames: new Map(locations.map((row) => [row.iso3, row.name])),
    flows,
    tables: read,
  };
}

let world: World | undefined;

/** The world of the project being built, read once per process (the build's pages all share it). */
export function loadWorld(): World {
  return (world ??= readWorld(import.meta.env.PROJECT_ROOT ?? process.cwd()));
}
