/**
 * The validated collections as pages use them. The only module of the site, with the components
 * that render MDX, that touches `astro:content`; shaping lives in pure modules under `src/lib/`.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { DatasetDefinition } from '../datasets/definition.ts';
import type { DatasetId } from '../datasets/registry.ts';
import type { RowOf } from '../datasets/tables.ts';
import type { Fact } from '../lib/facts.ts';
import type { DatasetText } from '../schemas/dataset-text.ts';
import { publishable } from '../lib/news.ts';
import type { Source } from '../schemas/source.ts';

export async function loadSources(): Promise<Map<string, Source>> {
  const entries = await getCollection('sources');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

export async function loadFacts(): Promise<Fact[]> {
  return (await getCollection('facts')).map((entry) => ({ ...entry.data, id: entry.id }));
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

/** Published news; drafts too on the dev server, never in a production build. */
export async function loadNews(): Promise<CollectionEntry<'news'>[]> {
  return publishable(await getCollection('news'), import.meta.env.SHOW_DRAFTS === true);
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
