/**
 * What each column of a download means, in the downloads' language (English), for the metadata
 * file beside each dataset (`/data/<id>.metadata.json`). Written from what the code knows of each
 * column: the row schemas (`src/schemas/stock.ts`, `src/schemas/fact.ts`), the registry and the
 * downloads (`src/downloads/files.ts`). A column without a description is refused, so a new column
 * cannot be published undescribed.
 */
import { migrationRole, qualifier } from '../schemas/fact.ts';
import type { TableKind } from './definition.ts';

/** A column of a download and what it means. */
export interface ColumnDescription {
  name: string;
  description: string;
}

/** `a, b or c`: the values a schema allows, as a sentence lists them. */
const listOf = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/** The columns every table download adds after its own: the data note, then the provenance. */
const PROVENANCE: Record<string, string> = {
  source:
    'Publisher and title of the publication the figures come from, repeated on every row so a row copied alone still says where it comes from.',
  edition: "The source's edition or release, where the publisher gives one.",
  source_year: 'The year the source was published.',
  licence: 'The licence of the figures as the publisher states it; "not stated" where it states none.',
};

const NOTE = {
  note: 'The data note that applies to the row (a caveat shown wherever the row is shown on the site); blank (null in JSON) when none applies.',
};

const STOCK: Record<string, string> = {
  direction:
    '"emigrants": people born in Peru living in the country of iso3; "immigrants": people living in Peru born in the country of iso3.',
  iso3: 'The other country, as an ISO 3166-1 alpha-3 code; WLD is the world total of the direction and year; XXX is UN DESA\'s "Others", people whose country it does not break down (shown on the site as other or unknown, never as a country).',
  country: 'The name of the country as the source spells it, kept to trace each row back to the source.',
  year: "The year of the estimate (UN DESA's mid-year estimates).",
  count: 'The number of people: the migrant stock of the direction, country and year.',
};

const STOCK_BY_SEX: Record<string, string> = {
  ...STOCK,
  count:
    'The number of people: the migrant stock of the direction, country and year, men and women together (male + female).',
  male: 'The number of men among them.',
  female: 'The number of women among them.',
};

const REFUGEE: Record<string, string> = {
  year: "The year of UNHCR's end-year stock.",
  origin_iso3:
    "The country of origin, as an ISO 3166-1 alpha-3 code, or one of UNHCR's groups: UNK unknown origin, XXA stateless, TIB Tibetan.",
  asylum_country_iso3: 'The country of asylum, as an ISO 3166-1 alpha-3 code.',
  refugees: "Refugees from the origin in the country of asylum at the end of the year (UNHCR's category).",
  asylum_seekers:
    "Asylum seekers from the origin in the country of asylum at the end of the year (UNHCR's category).",
  other_in_need_of_international_protection:
    "Other people in need of international protection (UNHCR's category); blank (null in JSON) where the table gives no figure.",
};

const CORRIDOR: Record<string, string> = {
  destination:
    'The country of residence, as an ISO 3166-1 alpha-3 code (CHI: the Channel Islands, which have none).',
  origin:
    'The country of birth, as an ISO 3166-1 alpha-3 code; WLD is the destination\'s total; XXX is UN DESA\'s "Others", people whose country it does not break down.',
  year: "The year of the estimate (UN DESA's mid-year estimates).",
  count: 'The number of people born in the origin living in the destination, men and women together.',
  male: 'The number of men among them.',
  female: 'The number of women among them.',
};

const LOCATION: Record<string, string> = {
  m49: "The place's UN M49 numeric code.",
  iso3: 'The code the corridors use: ISO 3166-1 alpha-3, or WLD (World), XXX (Others), CHI (Channel Islands).',
  name: "The place's name as UN DESA spells it.",
};

const UNHCR_POPULATION: Record<string, string> = {
  year: "The year of UNHCR's end-year stock.",
  coo_iso:
    "The country of origin (ISO 3166-1 alpha-3), or one of UNHCR's groups: UNK unknown, XXA stateless, TIB Tibetan.",
  coa_iso: 'The country of asylum (ISO 3166-1 alpha-3), or UNK.',
  refugees: "Refugees (UNHCR's category).",
  asylum_seekers: "Asylum seekers (UNHCR's category).",
  returned_refugees: 'Refugees who returned during the year.',
  idps: 'Internally displaced people.',
  returned_idps: 'Internally displaced people who returned during the year.',
  stateless: 'Stateless people.',
  ooc: 'Others of concern to UNHCR.',
  oip: 'Other people in need of international protection; blank where not reported.',
  hst: 'Host community.',
};

const REGION: Record<string, string> = {
  iso3: 'The country or area, as an ISO 3166-1 alpha-3 code.',
  region_code:
    'Its UN M49 region code (002 Africa, 009 Oceania, 019 Americas, 142 Asia, 150 Europe); blank where M49 gives none.',
  sub_region_code: 'Its UN M49 sub-region code; blank where M49 gives none.',
};

const NET_MIGRATION: Record<string, string> = {
  iso3: 'The country or area, as an ISO 3166-1 alpha-3 code.',
  m49: "Its UN M49 numeric code (UN DESA's own key).",
  year: 'The year of the estimate.',
  net_migrants:
    "Immigrants minus emigrants in the year (UN DESA's estimate, in people); negative when more people left than arrived. Modelled: for many countries a residual of the population estimates or an assumption; 2022 and 2023 are the most provisional.",
  net_migration_rate: 'Net migrants per 1,000 people, as UN DESA publishes it (up to three decimals).',
};

const REMITTANCES: Record<string, string> = {
  iso3: "The economy, as an ISO 3166-1 alpha-3 code, or XKX (Kosovo, the World Bank's code).",
  year: 'The year of the figures.',
  received_usd:
    'Personal remittances received (BX.TRF.PWKR.CD.DT), in current US dollars rounded to whole dollars; blank where the World Bank gives none. A 0 is as published: it most likely means not reported (the site shows it so).',
  paid_usd:
    'Personal remittances paid (BM.TRF.PWKR.CD.DT), in current US dollars rounded to whole dollars; blank where the World Bank gives none. A 0 is as published: it most likely means not reported (the site shows it so).',
  gdp_usd:
    'GDP (NY.GDP.MKTP.CD), in current US dollars rounded to whole dollars; blank where the World Bank gives none.',
};

const BORDER_ENCOUNTERS: Record<string, string> = {
  month: 'The month, YYYY-MM.',
  fiscal_year: 'The US fiscal year of the month (October to September: October 2022 is in fiscal year 2023).',
  citizenship:
    'The citizenship, as an ISO 3166-1 alpha-3 code, or OTH: every citizenship CBP does not name apart ("Other").',
  encounters:
    'Encounters at the southwest land border in the month (Border Patrol and the Office of Field Operations, Title 8 and Title 42): events, not people.',
};

const DARIEN: Record<string, string> = {
  period: 'The year (YYYY) or the month (YYYY-MM) of the figure.',
  period_type: '"year" for a whole year (2010–2019), "month" for one month (from January 2020).',
  nationality:
    'The nationality, as an ISO 3166-1 alpha-3 code, or OOO (unknown or other), TIB (Tibet), XKX (Kosovo).',
  migrants:
    "People of the nationality registered by Panama's migration service after crossing the Darién in the period.",
};

const REMOVALS: Record<string, string> = {
  fiscal_year: 'The US fiscal year (October to September).',
  citizenship_iso3:
    'The citizenship, as an ISO 3166-1 alpha-3 code, or XKX (Kosovo); blank for entries that name no country of today (former states, Korea as ICE lists it apart, stateless, unknown).',
  citizenship_name: "The citizenship as ICE's report names it.",
  removals:
    "Removals of people of the citizenship in the fiscal year, as ICE's report prints them (returns included).",
};

/** Each kind of table: its own columns, then the note and the provenance. */
const BY_KIND: { [K in TableKind]: Record<string, string> } = {
  stock: { ...STOCK, ...NOTE, ...PROVENANCE },
  'stock-by-sex': { ...STOCK_BY_SEX, ...NOTE, ...PROVENANCE },
  refugee: { ...REFUGEE, ...NOTE, ...PROVENANCE },
  'corridor-by-sex': { ...CORRIDOR, ...NOTE, ...PROVENANCE },
  location: { ...LOCATION, ...NOTE, ...PROVENANCE },
  'unhcr-population': { ...UNHCR_POPULATION, ...NOTE, ...PROVENANCE },
  region: { ...REGION, ...NOTE, ...PROVENANCE },
  'net-migration': { ...NET_MIGRATION, ...NOTE, ...PROVENANCE },
  remittances: { ...REMITTANCES, ...NOTE, ...PROVENANCE },
  'border-encounters': { ...BORDER_ENCOUNTERS, ...NOTE, ...PROVENANCE },
  'darien-crossings': { ...DARIEN, ...NOTE, ...PROVENANCE },
  removals: { ...REMOVALS, ...NOTE, ...PROVENANCE },
};

/** The figures and statements the profile quotes (`/data/headline-figures.csv`). */
const HEADLINE_FIGURES: Record<string, string> = {
  id: "The figure's id in the site's content (content/profile/facts.yaml).",
  role: `The migration role the figure belongs to: ${listOf(migrationRole.options)}.`,
  kind: 'What the row holds: count (a number of people), percent, shares (one row per country), statement (text only) or not-available (a figure the site cannot give).',
  label: 'What the figure measures, as a short heading.',
  iso3: 'For shares: the country of the share, as an ISO 3166-1 alpha-3 code; blank otherwise.',
  value:
    'The number: people for a count, a percentage for percent and shares; blank for statements and figures not available.',
  unit: '"people" or "percent"; blank when there is no value.',
  qualifier: `For counts: how the source stated the figure (${listOf(qualifier.options)}; "stated" is a plain figure); blank otherwise.`,
  year: 'The year the figure describes (the first year of a period).',
  year_to: 'The last year of a period ("between 2016 and 2019"); blank for a single year.',
  source_id: "The id of the figure's source in the site's list of sources (content/sources.yaml).",
  as_stated_by_2020_page:
    '"yes" when the figure is a dated statement of the 2020 country page this site grew from, "no" otherwise.',
  ...PROVENANCE,
  url: "The address of the figure's source, where one is confirmed; blank otherwise.",
};

/** The id of the download that is not a table of the registry. */
export const HEADLINE_FIGURES_ID = 'headline-figures';

/** The column dictionary of a dataset of the registry (by its kind of table) or of the headline figures. */
export function columnDictionary(
  dataset: { kind: TableKind } | typeof HEADLINE_FIGURES_ID,
): Record<string, string> {
  return dataset === HEADLINE_FIGURES_ID ? HEADLINE_FIGURES : BY_KIND[dataset.kind];
}

/**
 * Each column with its description, in file order. Throws naming every column the dictionary does
 * not describe.
 */
export function describeColumns(
  datasetId: string,
  columns: readonly string[],
  dictionary: Record<string, string>,
): ColumnDescription[] {
  const missing = columns.filter((column) => !Object.hasOwn(dictionary, column));
  if (missing.length > 0) {
    throw new Error(
      `${datasetId}: no description for the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} (add ${missing.length === 1 ? 'it' : 'them'} to src/datasets/columns.ts)`,
    );
  }
  return columns.map((name) => ({ name, description: dictionary[name]! }));
}
