/**
 * The references of the profile and of every download, built from the same validated content as
 * the downloads themselves (used by the citation and metadata endpoints and by the pages).
 */
import {
  PUBLISHED_DATASETS as DATASETS,
  DATASETS as ALL_DATASETS,
  isDatasetId,
  datasetById,
} from '../datasets/registry.ts';
import type { TableKind } from '../datasets/definition.ts';
import { columnsOf } from '../datasets/tables.ts';
import { loadWorld } from '../countries/load.ts';
import { countriesIndexPath, countryDownloadPath, type CountryFile } from '../countries/paths.ts';
import { columnDictionary, describeColumns, HEADLINE_FIGURES_ID } from '../datasets/columns.ts';
import { language, localePath, strings, type Locale } from '../i18n/index.ts';
import type { CitationRecord } from './formats.ts';
import {
  datasetCitationPath,
  datasetCitationRecord,
  metadataPath,
  profileCitationRecord,
  profileYear,
  yearsCovered,
} from './references.ts';
import type { DatasetMetadataInput } from './metadata.ts';
import { citation, DOWNLOADS_LOCALE } from '../downloads/files.ts';
import { downloadPath, loadDownloads, type Download } from '../downloads/load.ts';
import { editionArchive } from '../news/load.ts';
import { loadDataNotes, loadDatasetTexts, loadSources, sourceOf } from '../content/collections.ts';

export interface DatasetCitation {
  /** The dataset's id: its files are `/data/<id>.bib`, `.ris` and `.metadata.json`. */
  id: string;
  /** The download it cites; none for a world table, published country by country. */
  download?: Download;
  /** The years its rows cover, sorted. */
  years: number[];
  /** The reference its citation files write (in the downloads' language). */
  record: CitationRecord;
  /** Everything its metadata file says. */
  metadata: DatasetMetadataInput;
}

const cache = new Map<string, Promise<DatasetCitation[]>>();

/** The world tables of the registry, published country by country. */
const WORLD_DATASETS = ALL_DATASETS.filter((dataset) => 'scope' in dataset);

/** Every download's reference and metadata, in the order of the downloads; `site` makes addresses absolute. */
export function loadDatasetCitations(site: URL): Promise<DatasetCitation[]> {
  if (import.meta.env.DEV) return buildDatasetCitations(site);
  let built = cache.get(site.href);
  if (!built) cache.set(site.href, (built = buildDatasetCitations(site)));
  return built;
}

async function buildDatasetCitations(site: URL): Promise<DatasetCitation[]> {
  const [downloads, texts, notes] = await Promise.all([loadDownloads(), loadDatasetTexts(), loadDataNotes()]);
  const t = strings(DOWNLOADS_LOCALE);
  const absolute = (path: string) => new URL(path, site).href;
  return downloads.map((download) => {
    const id = download.id;
    const text = isDatasetId(id) ? texts.get(id) : undefined;
    const { title, description } = text
      ? { title: text.title[DOWNLOADS_LOCALE], description: text.description[DOWNLOADS_LOCALE] }
      : t.data.headlineFigures;
    const csv = absolute(downloadPath(id, 'csv'));
    const source = download.source;
    const record = datasetCitationRecord({
      id,
      title,
      source,
      sourceYears: download.rows.flatMap((row) =>
        typeof row.source_year === 'number' ? [row.source_year] : [],
      ),
      url: csv,
      language: DOWNLOADS_LOCALE,
      words: { site: t.site.name, redistribution: t.cite.fileNote },
    });
    const years = yearsCovered(download.rows);
    const registered = isDatasetId(id) ? datasetById(id) : undefined;
    return {
      id,
      download,
      years,
      record,
      metadata: {
        id,
        title,
        description,
        source:
          source && download.sourceId
            ? {
                id: download.sourceId,
                source,
                caveats: source.note ? [source.note[DOWNLOADS_LOCALE]] : [],
                via: source.via?.[DOWNLOADS_LOCALE],
              }
            : undefined,
        years,
        citation: citation(source, { site: t.site.name, ...t.data.citation }, csv),
        redistribution: record.note,
        files: {
          csv,
          json: absolute(downloadPath(id, 'json')),
          metadata: absolute(metadataPath(id)),
          bibtex: absolute(datasetCitationPath(id, 'bib')),
          ris: absolute(datasetCitationPath(id, 'ris')),
        },
        dataNotes: notes
          .filter((note) => note.dataset === id)
          .map((note) => ({ iso3: note.iso3, direction: note.direction, text: note.text[DOWNLOADS_LOCALE] })),
        columns: describeColumns(
          id,
          download.columns,
          columnDictionary(registered ? { kind: registered.kind } : HEADLINE_FIGURES_ID),
        ),
        rows: download.rows.length,
      },
    };
  });
}

/**
 * The references and metadata of the world tables (`scope: 'world'`): read once per build with the
 * country profiles, published country by country, cited as tables of their own. Their address is
 * the data page's section on them; their metadata names each country's file. In registry order.
 */
export async function loadWorldCitations(site: URL): Promise<DatasetCitation[]> {
  const [sources, texts] = await Promise.all([loadSources(), loadDatasetTexts()]);
  const world = loadWorld();
  const t = strings(DOWNLOADS_LOCALE);
  const absolute = (path: string) => new URL(path, site).href;
  return WORLD_DATASETS.map((dataset) => {
    const text = texts.get(dataset.id)!;
    const title = text.title[DOWNLOADS_LOCALE];
    const source = sourceOf(sources, dataset.source);
    const url = absolute(`${localePath(DOWNLOADS_LOCALE, 'data/')}#${dataset.id}`);
    const table = world.tables.get(dataset.id)!;
    const record = datasetCitationRecord({
      id: dataset.id,
      title,
      source,
      sourceYears: [],
      url,
      language: DOWNLOADS_LOCALE,
      words: { site: t.site.name, redistribution: t.cite.fileNote },
    });
    const file = COUNTRY_FILES[dataset.kind];
    return {
      id: dataset.id,
      years: table.years,
      record,
      metadata: {
        id: dataset.id,
        title,
        description: text.description[DOWNLOADS_LOCALE],
        source: {
          id: dataset.source,
          source,
          caveats: source.note ? [source.note[DOWNLOADS_LOCALE]] : [],
          via: source.via?.[DOWNLOADS_LOCALE],
        },
        years: table.years,
        citation: citation(source, { site: t.site.name, ...t.data.citation }, url),
        redistribution: record.note,
        files: {
          ...(file
            ? { byCountry: absolute(countryDownloadPath('{iso3}', file).replace('%7Biso3%7D', '{iso3}')) }
            : {}),
          countries: absolute(localePath(DOWNLOADS_LOCALE, countriesIndexPath(DOWNLOADS_LOCALE))),
          metadata: absolute(metadataPath(dataset.id)),
          bibtex: absolute(datasetCitationPath(dataset.id, 'bib')),
          ris: absolute(datasetCitationPath(dataset.id, 'ris')),
        },
        dataNotes: [],
        columns: describeColumns(
          dataset.id,
          columnsOf(dataset.kind),
          columnDictionary({ kind: dataset.kind }),
        ),
        rows: table.rows,
      },
    };
  });
}

/** Which of a country's files holds each kind of world table's rows (the names and regions: none). */
const COUNTRY_FILES: Partial<Record<TableKind, CountryFile>> = {
  'corridor-by-sex': 'stocks',
  'unhcr-population': 'unhcr',
  'net-migration': 'flows',
  remittances: 'flows',
  'border-encounters': 'flows',
  'darien-crossings': 'flows',
  removals: 'flows',
};

/** The id of every dataset with citation files: every download's, then every world table's. */
export async function citedDatasetIds(): Promise<string[]> {
  return [
    ...(await loadDownloads()).map((download) => download.id),
    ...WORLD_DATASETS.map((dataset) => dataset.id),
  ];
}

/** Every dataset's references: the downloads', then the world tables'. */
export async function loadAllCitations(site: URL): Promise<DatasetCitation[]> {
  const [downloads, world] = await Promise.all([loadDatasetCitations(site), loadWorldCitations(site)]);
  return [...downloads, ...world];
}

/**
 * The profile's reference in an edition: its title and address in that edition, dated by its latest
 * content (see `profileYear`). The citation files use the downloads' edition.
 */
export async function loadProfileCitation(locale: Locale, site: URL): Promise<CitationRecord> {
  const [sources, archive] = await Promise.all([loadSources(), editionArchive(locale)]);
  const t = strings(locale);
  const latest = archive.items[0];
  return profileCitationRecord({
    title: t.profile.title,
    year: profileYear(
      DATASETS.map((dataset) => sourceOf(sources, dataset.source).year),
      latest ? [latest.data.date] : [],
    ),
    url: new URL(localePath(locale, ''), site).href,
    language: language(locale).tag,
    site: t.site.name,
  });
}
