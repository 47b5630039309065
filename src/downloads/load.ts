/** The downloadable datasets, built from the collections (used by the data endpoints and pages). */
import { PUBLISHED_DATASETS as DATASETS } from '../datasets/registry.ts';
import { columnsOf, compareRows, noteTargetOf } from '../datasets/tables.ts';
import { noteFor } from '../datasets/notes.ts';
import { DOWNLOADS_LOCALE, factsDataset, tableDataset, type Dataset, type Row } from './files.ts';
import { loadDataNotes, loadRows, loadSources, sourceOf } from '../content/collections.ts';
import { loadFacts } from '../profile/load.ts';

export type Download = Omit<Dataset, 'source' | 'sourceId'> & Partial<Pick<Dataset, 'source' | 'sourceId'>>;

/** Every dataset of the registry, in registry order, then the headline figures. */
export async function loadDownloads(): Promise<Download[]> {
  const [sources, facts, notes] = await Promise.all([loadSources(), loadFacts(), loadDataNotes()]);
  const tables = await Promise.all(
    DATASETS.map(async (dataset) => {
      const rows = (await loadRows(dataset)) as unknown as Row[];
      const own = notes.filter((note) => note.dataset === dataset.id);
      return tableDataset(
        dataset,
        {
          columns: columnsOf(dataset.kind),
          rows,
          compare: compareRows(dataset.kind) as (a: Row, b: Row) => number,
        },
        (row) => noteFor(own, noteTargetOf(dataset, row as never))?.text[DOWNLOADS_LOCALE] ?? null,
        sourceOf(sources, dataset.source),
      );
    }),
  );
  return [...tables, factsDataset(facts, sources)];
}

/** Address of a dataset file on the site. */
export function downloadPath(id: string, format: 'csv' | 'json'): string {
  return `/data/${id}.${format}`;
}
