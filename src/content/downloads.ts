/** The downloadable datasets, built from the collections (used by the data endpoints and pages). */
import { DATASETS } from './datasets.ts';
import { loadDataNotes, loadFacts, loadRefugees, loadSources, loadStocks, sourceOf } from './site-data.ts';
import { factsDataset, refugeesDataset, stocksDataset, type Dataset } from '../lib/downloads.ts';

export type Download = Omit<Dataset, 'source' | 'sourceId'> & Partial<Pick<Dataset, 'source' | 'sourceId'>>;

export async function loadDownloads(): Promise<Download[]> {
  const [sources, facts, stocks, refugees, notes] = await Promise.all([
    loadSources(),
    loadFacts(),
    loadStocks(),
    loadRefugees(),
    loadDataNotes(),
  ]);
  return [
    stocksDataset(
      stocks,
      notes.filter((note) => note.dataset === DATASETS.stocks.id),
      DATASETS.stocks.source,
      sourceOf(sources, DATASETS.stocks.source),
    ),
    refugeesDataset(refugees, DATASETS.refugees.source, sourceOf(sources, DATASETS.refugees.source)),
    factsDataset(facts, sources),
  ];
}

/** Address of a dataset file on the site. */
export function downloadPath(id: string, format: 'csv' | 'json'): string {
  return `/data/${id}.${format}`;
}
