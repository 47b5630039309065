/** What the dataset registry (`registry.ts`) says of each dataset. */

/**
 * The kinds of table the site reads (see `tables.ts`): their columns, rows and rules. `stock`: UN DESA
 * stocks by country and direction; `stock-by-sex`: the same with men and women; `refugee`: UNHCR
 * stocks by origin and country of asylum. The world tables behind the country profiles:
 * `corridor-by-sex`, UN DESA stocks for every destination × origin; `location`, UN DESA's codes and
 * names; `unhcr-population`, UNHCR's population table for every origin × country of asylum;
 * `region`, the UN M49 region of each country (to group the list of countries). The flow tables:
 * `net-migration` (UN DESA's World Population Prospects), `remittances` (World Bank), `border-encounters`
 * (US CBP, monthly), `darien-crossings` (Panama's migration service) and `removals` (US ICE).
 */
export type TableKind =
  | 'stock'
  | 'stock-by-sex'
  | 'refugee'
  | 'corridor-by-sex'
  | 'location'
  | 'unhcr-population'
  | 'region'
  | 'net-migration'
  | 'remittances'
  | 'border-encounters'
  | 'darien-crossings'
  | 'removals';

/**
 * What shows a dataset: the world map; the profile's series of stocks and of people from Venezuela in
 * need of protection; UNHCR's figures for the country as host and as origin; the previous edition of
 * the stocks, set beside the latest to show its revisions; and the world tables every country's
 * profile is shaped from (stocks, names of places, protection), and the flow tables every profile's
 * sections on net migration, remittances, the northbound route and removals are shaped from.
 */
export type DatasetUse =
  | 'map'
  | 'stock-series'
  | 'refugee-series'
  | 'protection'
  | 'previous-edition'
  | 'world-stocks'
  | 'world-locations'
  | 'world-protection'
  | 'world-regions'
  | 'world-net-migration'
  | 'world-remittances'
  | 'world-border-encounters'
  | 'world-darien'
  | 'world-removals';

/** How far a count already in a table may move in one update before it is refused as implausible. */
export interface Plausibility {
  /** Largest relative change allowed, as a fraction of the current value (0.5 = 50 %). */
  readonly maxRelativeChange: number;
  /** Changes of at most this many people are never a jump, whatever their relative size (3 → 7). */
  readonly absoluteFloor: number;
}

interface UpdateCommon {
  /** The default source URL, or null when there is no public one (the dataset is then skipped). */
  readonly url: string | null;
  /** The environment variable that overrides `url`, such as DATA_SOURCE_UNHCR_URL. */
  readonly urlEnv: string;
  readonly plausibility: Plausibility;
}

/**
 * The UNHCR population API, from the dataset's first year. Each query names an origin (`coo`), a
 * country of asylum (`coa`) or both; a side it leaves out is asked for country by country
 * (`coo_all` / `coa_all`). The table holds every item of every query, but none whose origin is its
 * country of asylum.
 */
export interface UnhcrUpdate extends UpdateCommon {
  readonly adapter: 'unhcr-population';
  readonly queries: readonly { readonly coo?: string; readonly coa?: string }[];
}

/** A CSV with the columns of a stock table. */
export interface CsvStockUpdate extends UpdateCommon {
  readonly adapter: 'csv-stock';
}

/**
 * The World Bank Indicators API (v2): each column's series for every economy, from the dataset's
 * first year to the current one (aggregates left out). A row per economy and year where received or
 * paid has a value.
 */
export interface WorldBankUpdate extends UpdateCommon {
  readonly adapter: 'worldbank-indicators';
  /** The indicator code of each amount of the table. */
  readonly series: {
    readonly received_usd: string;
    readonly paid_usd: string;
    readonly gdp_usd: string;
  };
}

/**
 * CBP's "Nationwide Encounters" CSV: encounters at the southwest land border summed by month and
 * citizenship. The file covers CBP's last few fiscal years: the table keeps its earlier ones.
 */
export interface CbpEncountersUpdate extends UpdateCommon {
  readonly adapter: 'cbp-encounters';
}

export type DatasetUpdate = UnhcrUpdate | CsvStockUpdate | WorldBankUpdate | CbpEncountersUpdate;

/**
 * What a table's periods are (years or US fiscal years): which it covers only in part (the whole-table
 * rules refuse a period with missing months that is not declared here, and a declared one that is
 * complete), from which year its publisher calls the figures most provisional, and the totals its
 * publisher states for each period (the rows must add up to them).
 */
export interface DatasetPeriods {
  readonly partial?: readonly number[];
  readonly provisionalFrom?: number;
  readonly publishedTotals?: Readonly<Record<number, number>>;
}

export interface DatasetDefinition {
  /** Lower-case words joined by hyphens: the key of its provenance, notes and titles, and its download name. */
  readonly id: string;
  /** The table, a path from the project root under `content/data/` (world tables under `world/`). */
  readonly file: string;
  readonly kind: TableKind;
  /** The source the figures come from: an id of `content/sources.yaml`. */
  readonly source: string;
  /** The edition or release of the source, as recorded in `content/data/provenance.json`. */
  readonly edition: string;
  /** The years a row may have: a list, or a range open at the end (never past the current year). */
  readonly years: readonly number[] | { readonly from: number };
  readonly uses: readonly DatasetUse[];
  /**
   * `world`: a table of every country (under `content/data/world/`), validated and read like the
   * others but published country by country (`/data/countries/<iso3>.csv`), never whole.
   */
  readonly scope?: 'world';
  /** What the table's periods are, where its rules or its readers need to know more than the rows say. */
  readonly periods?: DatasetPeriods;
  /** How `npm run data:update` refreshes it; absent when it cannot be refreshed automatically. */
  readonly update?: DatasetUpdate;
}
