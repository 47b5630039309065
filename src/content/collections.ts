/**
 * The validated collections that every part of the site reads: sources, data tables, their titles,
 * notes and provenance. Each domain's own collection is read by its `load.ts` (`src/news/load.ts`,
 * `src/profile/load.ts`); shaping lives in the pure modules beside them.
 */
import { getCollection, getEntry } from 'astro:content';
import type { DatasetDefinition } from '../datasets/definition.ts';
import type { DatasetId } from '../datasets/registry.ts';
import type { RowOf } from '../datasets/tables.ts';
import type { DatasetText } from '../schemas/dataset-text.ts';
import type { Source } from '../schemas/source.ts';

export async function loadSources(): Promise<Map<string, Source>> {
  const entries = await getCollection('sources');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

/** A dataset's rows, in the order of its file. */
export async function loadRows<D extends DatasetDefinition>(dataset: D): Promise<RowOf[D['kind']][]> {
  const entry = await getEntry('datasets', dataset.id);
  if (!entry) throw new Error(`No rows for dataset ${dataset.id}`);
  return entry.data.rows as unknown as RowOf[D['kind']][];
}

/** How each dataset is titled and described, by dataset id. */
export async function loadDatasetTexts(): Promise<Map<DatasetId, DatasetText>> {
  return new Map((await getCollection('datasetTexts')).map((entry) => [entry.id as DatasetId, entry.data]));
}

export async function loadDataNotes() {
  return (await getCollection('dataNotes')).map((entry) => ({ ...entry.data, id: entry.id }));
}

/** The source of a figure; the loaders have already refused unknown ids, so a miss is a bug. */
export function sourceOf(sources: Map<string, Source>, id: string): Source {
  const source = sources.get(id);
  if (!source) throw new Error(`Unknown source id "${id}"`);
  return source;
}

/** When each data table was retrieved, and whether it was edited by hand since. */
export async function loadProvenance() {
  return new Map((await getCollection('provenance')).map((item) => [item.id, item.data]));
}
