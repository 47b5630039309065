/**
 * The validated collections as pages use them. The only module of the site, with the components
 * that render MDX, that touches `astro:content`; shaping lives in pure modules under `src/lib/`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Fact } from '../lib/facts.ts';
import { publishable } from '../lib/news.ts';
import type { Source } from '../schemas/source.ts';

export async function loadSources(): Promise<Map<string, Source>> {
  const entries = await getCollection('sources');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

export async function loadFacts(): Promise<Fact[]> {
  return (await getCollection('facts')).map((entry) => ({ ...entry.data, id: entry.id }));
}

export async function loadStocks() {
  return (await getCollection('stocks')).map((entry) => entry.data);
}

export async function loadRefugees() {
  return (await getCollection('refugees')).map((entry) => entry.data).sort((a, b) => a.year - b.year);
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
