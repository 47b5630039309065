/**
 * Every data table of the site, declared once: its file, the kind of table it is, the source and
 * edition its figures belong to, the years it covers, what shows it, and how `npm run data:update`
 * refreshes it. Loaders, the content checker, downloads (`/data/<id>.csv` and `.json`), data notes,
 * the map, the series tables and the updater all derive from this list.
 *
 * Adding a dataset is its CSV under `content/data/`, one entry here, and its titles in
 * `content/data/datasets.yaml`.
 */
import type { DatasetDefinition, DatasetUse, TableKind } from './definition.ts';

export const DATASETS = [
  {
    id: 'undesa-ims2024-peru',
    file: 'content/data/undesa-ims2024-peru.csv',
    kind: 'stock-by-sex',
    source: 'undesa-ims-2024',
    edition: 'International Migrant Stock 2024, Table 1 (by sex, destination and origin)',
    // Mid-year estimates, every five years, then the edition's own year.
    years: [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024],
    uses: ['map', 'stock-series'],
    update: {
      adapter: 'csv-stock',
      // UN DESA publishes its tables as workbooks, not as a CSV: skipped unless a URL is given.
      url: null,
      urlEnv: 'DATA_SOURCE_UNDESA_2024_URL',
      plausibility: { maxRelativeChange: 0.5, absoluteFloor: 100 },
    },
  },
  {
    id: 'undesa-ims2020-peru',
    file: 'content/data/undesa-ims2020-peru.csv',
    kind: 'stock',
    source: 'undesa-ims-2020',
    edition: 'POP/DB/MIG/Stock/Rev.2020',
    years: [1990, 1995, 2000, 2005, 2010, 2015, 2020],
    // The edition before: kept whole, to show how the newer one revises the same years.
    uses: ['previous-edition'],
    update: {
      adapter: 'csv-stock',
      url: null,
      urlEnv: 'DATA_SOURCE_UNDESA_URL',
      plausibility: { maxRelativeChange: 0.5, absoluteFloor: 100 },
    },
  },
  {
    id: 'unhcr-peru',
    file: 'content/data/unhcr-peru.csv',
    kind: 'refugee',
    source: 'unhcr-population-statistics',
    edition: 'Refugee Population Statistics Database, population table, end-year stocks',
    years: { from: 1951 },
    // Everyone UNHCR counts in Peru (every origin), and Peruvians it counts abroad (every country).
    uses: ['protection'],
    update: {
      adapter: 'unhcr-population',
      url: 'https://api.unhcr.org',
      urlEnv: 'DATA_SOURCE_UNHCR_URL',
      queries: [{ coa: 'PER' }, { coo: 'PER' }],
      plausibility: { maxRelativeChange: 0.5, absoluteFloor: 50 },
    },
  },
  {
    id: 'unhcr-venezuela-to-peru',
    file: 'content/data/unhcr-venezuela-to-peru.csv',
    kind: 'refugee',
    source: 'unhcr-population-statistics',
    edition: 'Refugee Population Statistics Database, population table (API population/v1), end-year stocks',
    // End-year stocks from UNHCR's first year, up to the year the data is read.
    years: { from: 1951 },
    uses: ['refugee-series'],
    update: {
      adapter: 'unhcr-population',
      // The API base: the updater asks {url}/population/v1/population/?coo=…&coa=…&yearFrom=…
      url: 'https://api.unhcr.org',
      urlEnv: 'DATA_SOURCE_UNHCR_URL',
      queries: [{ coo: 'VEN', coa: 'PER' }],
      plausibility: { maxRelativeChange: 0.5, absoluteFloor: 50 },
    },
  },
  {
    id: 'undesa-ims2024-corridors',
    file: 'content/data/world/undesa-ims2024-corridors.csv',
    kind: 'corridor-by-sex',
    source: 'undesa-ims-2024',
    edition: 'International Migrant Stock 2024, Table 1 (by sex, destination and origin)',
    years: [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024],
    // Every destination × origin: the stocks of every country's profile.
    uses: ['world-stocks'],
    scope: 'world',
  },
  {
    id: 'undesa-ims2024-locations',
    file: 'content/data/world/undesa-ims2024-locations.csv',
    kind: 'location',
    source: 'undesa-ims-2024',
    edition: 'International Migrant Stock 2024, Table 1 (by sex, destination and origin)',
    years: [2024],
    // The codes and names of the places the corridors use (the UN's names, in English).
    uses: ['world-locations'],
    scope: 'world',
  },
  {
    id: 'unhcr-population',
    file: 'content/data/world/unhcr-population.csv',
    kind: 'unhcr-population',
    source: 'unhcr-population-statistics',
    edition: 'Refugee Population Statistics Database, population table, end-year stocks',
    years: { from: 1951 },
    // Every origin × country of asylum: each country's figures as host and as origin.
    uses: ['world-protection'],
    scope: 'world',
  },
  {
    id: 'm49-regions',
    file: 'content/data/world/m49-regions.csv',
    kind: 'region',
    source: 'un-m49-regions',
    edition: 'Regions and sub-regions of each country or area',
    years: [2024],
    // Groups the list of countries by region; no figure comes from it.
    uses: ['world-regions'],
    scope: 'world',
  },
  {
    id: 'wpp2024-net-migration',
    file: 'content/data/flows/wpp2024-net-migration.csv',
    kind: 'net-migration',
    source: 'undesa-wpp-2024',
    edition: 'World Population Prospects 2024, estimates 1950–2023',
    years: { from: 1950 },
    // Every country's net migration and its rate, year by year.
    uses: ['world-net-migration'],
    scope: 'world',
    // UN DESA: the last two years of the estimates are the most provisional.
    periods: { provisionalFrom: 2022 },
  },
  {
    id: 'wdi-remittances',
    file: 'content/data/flows/wdi-remittances.csv',
    kind: 'remittances',
    source: 'worldbank-wdi-remittances',
    edition: 'World Development Indicators, BX.TRF.PWKR.CD.DT, BM.TRF.PWKR.CD.DT and NY.GDP.MKTP.CD',
    years: { from: 1990 },
    // Every economy's personal remittances received and paid, and its GDP.
    uses: ['world-remittances'],
    scope: 'world',
    update: {
      adapter: 'worldbank-indicators',
      // The API base, https://api.worldbank.org: the updater asks
      // {url}/v2/country/all/indicator/<series>?format=json&date=1990:<year>… Not in the daily refresh:
      // the World Bank publishes a few vintages a year, each revising earlier years (back-fills a person
      // reviews and accepts with --allow-backfill), and a refused vintage would hold back every other
      // table's refresh. A maintainer runs it with DATA_SOURCE_WORLDBANK_URL (docs/data-update.md).
      url: null,
      urlEnv: 'DATA_SOURCE_WORLDBANK_URL',
      series: {
        received_usd: 'BX.TRF.PWKR.CD.DT',
        paid_usd: 'BM.TRF.PWKR.CD.DT',
        gdp_usd: 'NY.GDP.MKTP.CD',
      },
      // In US dollars, and loose: remittances more than triple from one year to the next for real
      // (a handful of economies a year, 2019–2023), and each vintage revises earlier years. What this
      // catches is a change of units or of series.
      plausibility: { maxRelativeChange: 3, absoluteFloor: 50_000_000 },
    },
  },
  {
    id: 'cbp-southwest-border-encounters',
    file: 'content/data/flows/cbp-southwest-border-encounters.csv',
    kind: 'border-encounters',
    source: 'us-cbp-encounters',
    edition: 'Nationwide Encounters, southwest land border, by citizenship, October 2019 – May 2025',
    years: { from: 2020 },
    // The 21 citizenships CBP names, and its other citizenships, month by month.
    uses: ['world-border-encounters'],
    scope: 'world',
    // Fiscal year 2025: October 2024 – May 2025.
    periods: { partial: [2025] },
    update: {
      adapter: 'cbp-encounters',
      // CBP's file has a new address every month: skipped unless a URL is given.
      url: null,
      urlEnv: 'DATA_SOURCE_CBP_URL',
      // Monthly counts surge for real (Venezuela, April 2023: 8,320 → 34,633): more than tripling, by
      // more than 5,000, happened three times from October 2019 to May 2025.
      plausibility: { maxRelativeChange: 2, absoluteFloor: 5_000 },
    },
  },
  {
    id: 'panama-darien-transit',
    file: 'content/data/flows/panama-darien-transit.csv',
    kind: 'darien-crossings',
    source: 'panama-snm-darien',
    edition: 'Irregular transit through the Darién by nationality, 2010 – April 2025',
    years: { from: 2010 },
    // Every nationality Panama lists: by year to 2019, by month from 2020.
    uses: ['world-darien'],
    scope: 'world',
    // 2020: no figures for April, May and July (the border was closed); 2025: January–April.
    periods: { partial: [2020, 2025] },
  },
  {
    id: 'ice-removals',
    file: 'content/data/flows/ice-removals.csv',
    kind: 'removals',
    source: 'us-ice-removals',
    edition: 'Removals by country of citizenship, fiscal years 2014–2024',
    years: { from: 2014 },
    // Every citizenship ICE lists, fiscal year by fiscal year.
    uses: ['world-removals'],
    scope: 'world',
    // The total each report states; every year's rows must add up to it.
    periods: {
      publishedTotals: {
        2014: 315_943,
        2015: 235_413,
        2016: 240_255,
        2017: 226_119,
        2018: 256_085,
        2019: 267_258,
        2020: 185_884,
        2021: 59_011,
        2022: 72_177,
        2023: 142_580,
        2024: 271_484,
      },
    },
  },
] as const satisfies readonly DatasetDefinition[];

export type DatasetId = (typeof DATASETS)[number]['id'];

/** The datasets published whole (`/data/<id>.csv` …): all but the world tables. */
export const PUBLISHED_DATASETS = DATASETS.filter(
  (dataset): dataset is Exclude<(typeof DATASETS)[number], { scope: 'world' }> => !('scope' in dataset),
);

/** Every dataset id, in registry order. */
export const DATASET_IDS = DATASETS.map((dataset) => dataset.id) as [DatasetId, ...DatasetId[]];

/** The registry entry of a dataset. */
export function datasetById(id: DatasetId): (typeof DATASETS)[number] {
  return DATASETS.find((dataset) => dataset.id === id)!;
}

/** True for the id of a dataset of the registry. */
export function isDatasetId(id: unknown): id is DatasetId {
  return DATASETS.some((dataset) => dataset.id === id);
}

/** A dataset of the registry, of one kind of table. */
export type DatasetOfKind<K extends TableKind> = Extract<(typeof DATASETS)[number], { kind: K }>;

/**
 * The dataset that a part of the site shows (the map, a series table), which must be a table of
 * `kind`. Each use has exactly one dataset: a registry that gives a use to none or to two, or to a
 * table of another kind, is a mistake this refuses.
 */
export function datasetFor<K extends TableKind>(use: DatasetUse, kind: K): DatasetOfKind<K> {
  const users = DATASETS.filter((dataset) => (dataset.uses as readonly DatasetUse[]).includes(use));
  if (users.length !== 1 || users[0]!.kind !== kind) {
    throw new Error(`the dataset registry must give "${use}" to one ${kind} table, not to ${users.length}`);
  }
  return users[0] as DatasetOfKind<K>;
}
