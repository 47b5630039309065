/**
 * "Cite this": the references of the profile and of each dataset, their stable addresses, and the
 * years they cover, all from the content (never from the date of the build, so the same content
 * gives the same files).
 *
 * Addresses: `/data/<id>.bib` and `/data/<id>.ris` beside each dataset's CSV and JSON, with
 * `/data/<id>.metadata.json`; `/cite/profile.bib` and `/cite/profile.ris` for the profile.
 */
import type { Source } from '../schemas/source.ts';
import type { CitationRecord } from './formats.ts';

export type CitationFormat = 'bib' | 'ris';

/** The media type of each citation file. */
export const CITATION_MEDIA_TYPES = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
} as const satisfies Record<CitationFormat, string>;

/** Address of a dataset's citation file. */
export function datasetCitationPath(id: string, format: CitationFormat): string {
  return `/data/${id}.${format}`;
}

/** Address of a dataset's metadata file: title, source, years, licence, citation, caveats, columns. */
export function metadataPath(id: string): string {
  return `/data/${id}.metadata.json`;
}

/**
 * A dataset's description files, as a catalogue lists them beside its data: its metadata, BibTeX
 * and RIS, each at its address made absolute by `absolute`.
 */
export function descriptionFiles(
  id: string,
  absolute: (path: string) => string,
): { url: string; format: string; name: string }[] {
  return [
    { url: absolute(metadataPath(id)), format: 'application/json', name: 'Metadata (JSON)' },
    { url: absolute(datasetCitationPath(id, 'bib')), format: CITATION_MEDIA_TYPES.bib, name: 'BibTeX' },
    { url: absolute(datasetCitationPath(id, 'ris')), format: CITATION_MEDIA_TYPES.ris, name: 'RIS' },
  ];
}

/** Address of the profile's citation file. */
export function profileCitationPath(format: CitationFormat): string {
  return `/cite/profile.${format}`;
}

/**
 * The years a table covers, from its rows: every whole number of the year columns, sorted, once
 * each. Throws when the rows give none: a dataset without a year cannot be dated.
 */
export function yearsCovered(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[] = ['year', 'year_to'],
): number[] {
  const years = new Set<number>();
  for (const row of rows) {
    for (const column of columns) {
      const value = row[column];
      if (typeof value === 'number' && Number.isInteger(value)) years.add(value);
    }
  }
  if (years.size === 0)
    throw new Error(`no year in the columns ${columns.join(', ')} of ${rows.length} rows`);
  return [...years].sort((a, b) => a - b);
}

/** A period as ISO 8601 writes it (`1990/2024`), or one year (`2024`). */
export function isoPeriod(years: readonly number[]): string {
  if (years.length === 0) throw new Error('a period needs at least one year');
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}/${to}`;
}

/** The words a citation file needs, in the files' language. */
export interface CitationFileWords {
  /** The site's name: publisher of every file, author of its own pages. */
  site: string;
  /** The note of a dataset file: whose figures it redistributes. */
  redistribution: (publisher: string, publication: string) => string;
}

/** "Title, edition (year), URL": a publication as a note names it. */
function publicationOf(source: Source): string {
  const edition = source.edition ? `, ${source.edition}` : '';
  const url = source.url ? `, ${source.url}` : '';
  return `${source.title}${edition} (${source.year})${url}`;
}

/**
 * The reference of a dataset download. Its figures' publisher is its author and the site its
 * publisher, and the note says the file is a redistribution of that publication. A dataset without
 * one source (the headline figures, each with its own) is the site's, dated by the latest year of
 * its sources.
 */
export function datasetCitationRecord(dataset: {
  id: string;
  title: string;
  source?: Source | undefined;
  /** Years of publication of the rows' sources, for a dataset without one source. */
  sourceYears: readonly number[];
  url: string;
  language: string;
  words: CitationFileWords;
}): CitationRecord {
  const { source, words } = dataset;
  if (!source && dataset.sourceYears.length === 0) {
    throw new Error(`${dataset.id}: a dataset without a source needs the years of its rows' sources`);
  }
  return {
    key: dataset.id,
    kind: 'dataset',
    title: dataset.title,
    authors: [source ? source.publisher : words.site],
    publisher: words.site,
    year: source ? source.year : Math.max(...dataset.sourceYears),
    edition: source?.edition,
    url: dataset.url,
    note: source ? words.redistribution(source.publisher, publicationOf(source)) : undefined,
    language: dataset.language,
  };
}

/**
 * The year of the profile: that of its latest content, the latest publication among the datasets it
 * shows or the latest news item it lists.
 */
export function profileYear(sourceYears: readonly number[], newsDates: readonly Date[]): number {
  const years = [...sourceYears, ...newsDates.map((date) => date.getUTCFullYear())];
  if (years.length === 0) throw new Error('the profile needs at least one dataset or news item to be dated');
  return Math.max(...years);
}

/** The reference of the profile: the site's own page. */
export function profileCitationRecord(profile: {
  title: string;
  year: number;
  url: string;
  language: string;
  site: string;
}): CitationRecord {
  return {
    key: 'peru-migration-profile',
    kind: 'webpage',
    title: profile.title,
    authors: [profile.site],
    publisher: profile.site,
    year: profile.year,
    url: profile.url,
    language: profile.language,
  };
}
