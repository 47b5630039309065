/**
 * The downloadable datasets: the tables behind the map and the headline figures, with the source,
 * edition, year and licence on every row (CSV) or once per file (JSON), built from the same
 * validated content the pages show.
 */
import type { Locale } from '../i18n/languages.ts';
import type { Fact } from '../profile/facts.ts';
import type { Source } from '../schemas/source.ts';
import { toCsv } from '../lib/csv.ts';

/**
 * The language of the downloads. One set of files serves every edition, so their column names and
 * texts are in one language: English, that of the sources' own tables (UN DESA, UNHCR).
 */
export const DOWNLOADS_LOCALE = 'en' satisfies Locale;

/** One row of a download: plain values only. */
export type Row = Record<string, string | number | null>;

export interface Dataset {
  /** File name without extension: `/data/<id>.csv` and `/data/<id>.json`. */
  id: string;
  sourceId: string;
  source: Source;
  columns: readonly string[];
  rows: Row[];
}

/** Columns every CSV row repeats, so a row copied alone still says where it comes from. */
export const PROVENANCE_COLUMNS = ['source', 'edition', 'source_year', 'licence'] as const;

/** The provenance columns of a row whose figures come from `source`. */
export function provenanceOf(source: Source) {
  return {
    source: `${source.publisher}, ${source.title}`,
    edition: source.edition ?? null,
    source_year: source.year,
    licence: source.licence ?? 'not stated',
  };
}

/**
 * A dataset of the registry as a download: its own columns, then the data note that applies to the
 * row (in English, the language of the files), then the source on every row; rows in the table's
 * canonical order.
 */
export function tableDataset<Row extends Record<string, string | number | null>>(
  dataset: { id: string; source: string },
  table: { columns: readonly string[]; rows: readonly Row[]; compare: (a: Row, b: Row) => number },
  noteOf: (row: Row) => string | null,
  source: Source,
): Dataset {
  return {
    id: dataset.id,
    sourceId: dataset.source,
    source,
    columns: [...table.columns, 'note', ...PROVENANCE_COLUMNS],
    rows: [...table.rows]
      .sort(table.compare)
      .map((row) => ({ ...row, note: noteOf(row), ...provenanceOf(source) })),
  };
}

/** The headline figures, one row per value (a list of shares gives one row per country). */
export function factsDataset(
  facts: readonly Fact[],
  sources: ReadonlyMap<string, Source>,
): Omit<Dataset, 'source' | 'sourceId'> {
  const rows = [...facts]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((fact): Row[] => {
      const source = sources.get(fact.source)!;
      const base = {
        id: fact.id,
        role: fact.role,
        kind: fact.kind,
        label: fact.label[DOWNLOADS_LOCALE],
        year: fact.year,
        year_to: fact.yearTo ?? null,
        source_id: fact.source,
        as_stated_by_2020_page: source.kind === 'seed-page' ? 'yes' : 'no',
        ...provenanceOf(source),
        url: source.url ?? null,
      };
      const value = { iso3: null, value: null, unit: null, qualifier: null };
      switch (fact.kind) {
        case 'count':
          return [{ ...base, ...value, value: fact.value, unit: 'people', qualifier: fact.qualifier }];
        case 'percent':
          return [{ ...base, ...value, value: fact.value, unit: 'percent' }];
        case 'shares':
          return fact.items.map((item) => ({
            ...base,
            ...value,
            iso3: item.iso3,
            value: item.percent,
            unit: 'percent',
          }));
        default:
          return [{ ...base, ...value }];
      }
    });
  return {
    id: 'headline-figures',
    columns: [
      'id',
      'role',
      'kind',
      'label',
      'iso3',
      'value',
      'unit',
      'qualifier',
      'year',
      'year_to',
      'source_id',
      'as_stated_by_2020_page',
      ...PROVENANCE_COLUMNS,
      'url',
    ],
    rows,
  };
}

/**
 * A text cell as a spreadsheet should show it: a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is read as a formula by spreadsheet programs, so it gets a leading `'` (OWASP's
 * advice on CSV injection). Numbers are left as numbers.
 */
export function spreadsheetSafe(value: string | number | null): string | number | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function datasetCsv(dataset: Pick<Dataset, 'columns' | 'rows'>): string {
  return toCsv(dataset.columns, dataset.rows, (value) => spreadsheetSafe(value as string | number | null));
}

/** The JSON form: the source once, then the rows without the repeated provenance columns. */
export function datasetJson(
  dataset: Omit<Dataset, 'source' | 'sourceId'> & { source?: Source; sourceId?: string },
  citation: string,
): string {
  const repeated = new Set<string>(dataset.source ? PROVENANCE_COLUMNS : []);
  const rows = dataset.rows.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => !repeated.has(key))),
  );
  return `${JSON.stringify(
    {
      dataset: dataset.id,
      ...(dataset.source ? { source: { id: dataset.sourceId, ...dataset.source } } : {}),
      citation,
      rows,
    },
    null,
    2,
  )}\n`;
}

/** A citation's own words, in the language of the page or file that shows it. */
export interface CitationWords {
  /** The site's name. */
  site: string;
  /** "Retrieved through <site>: <url>". */
  retrievedThrough: (site: string, url: string) => string;
  /** The citation of the figures the profile quotes, each of which has its own source. */
  quotedFigures: (site: string, url: string) => string;
}

/**
 * "Publisher (year). Title, edition. Retrieved through the Peru migration profile: <url>." The
 * publication's own details stay as published; only the site's words are translated.
 */
export function citation(source: Source | undefined, words: CitationWords, url: string): string {
  if (!source) return words.quotedFigures(words.site, url);
  const edition = source.edition ? `, ${source.edition}` : '';
  const address = source.url ? ` ${source.url}.` : '';
  return `${source.publisher} (${source.year}). ${source.title}${edition}.${address} ${words.retrievedThrough(words.site, url)}`;
}
