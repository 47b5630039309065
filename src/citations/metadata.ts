/**
 * `/data/<id>.metadata.json`: what a dataset download is, in one file beside its CSV and JSON —
 * title, description, source, the years it covers (from its rows), licence, citation, caveats, data
 * notes and the meaning of every column. In the downloads' language, like the files it describes.
 */
import type { Source } from '../schemas/source.ts';
import type { ColumnDescription } from '../datasets/columns.ts';
import { isoPeriod } from './references.ts';

export interface DatasetMetadataInput {
  id: string;
  title: string;
  description: string;
  /** The source of every row, with its id; none for a dataset whose rows each name their own. */
  source?: { id: string; source: Source; caveats: readonly string[]; via?: string | undefined } | undefined;
  years: readonly number[];
  citation: string;
  /** The note of the citation files: whose figures the download redistributes. */
  redistribution?: string | undefined;
  /**
   * Its files: the whole table as CSV and JSON, or, for a world table published country by
   * country, the address of each country's file (`…/data/countries/{iso3}-flows.csv`) and of the
   * index of countries; then its metadata and citation files.
   */
  files:
    | { csv: string; json: string; metadata: string; bibtex: string; ris: string }
    | { byCountry?: string; countries: string; metadata: string; bibtex: string; ris: string };
  dataNotes: readonly { iso3: string; direction?: string | undefined; text: string }[];
  columns: readonly ColumnDescription[];
  rows: number;
}

export function datasetMetadata(input: DatasetMetadataInput) {
  const source = input.source?.source;
  return {
    dataset: input.id,
    title: input.title,
    description: input.description,
    source: source
      ? {
          id: input.source!.id,
          publisher: source.publisher,
          title: source.title,
          edition: source.edition ?? null,
          year: source.year,
          url: source.url ?? null,
          ...(input.source!.via ? { via: input.source!.via } : {}),
        }
      : null,
    ...(source
      ? {}
      : { sources: 'Each row names its own source: see the source_id, source and url columns.' }),
    redistribution: input.redistribution ?? null,
    licence: source
      ? (source.licence ?? 'not stated')
      : 'Each row states the licence of its source (licence column).',
    temporalCoverage: isoPeriod(input.years),
    years: [...input.years],
    rows: input.rows,
    citation: input.citation,
    files: input.files,
    caveats: [...(input.source?.caveats ?? [])],
    dataNotes: input.dataNotes.map((note) => ({
      iso3: note.iso3,
      ...(note.direction ? { direction: note.direction } : {}),
      text: note.text,
    })),
    columns: input.columns.map(({ name, description }) => ({ name, description })),
  };
}

/** The file's text: two-space JSON and a final newline, like the other JSON downloads. */
export function datasetMetadataJson(input: DatasetMetadataInput): string {
  return `${JSON.stringify(datasetMetadata(input), null, 2)}\n`;
}
