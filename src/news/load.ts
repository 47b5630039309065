/**
 * The news archive as pages read it: shaped once per build from the collection (see
 * `src/news/archive.ts`), then shared by every page: the index and its pages, the tag, country
 * and year pages, the archive's index on each of them, the feeds and the profile's latest news.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, langParam, type Locale } from '../i18n/index.ts';
import {
  NEWS_PAGE_SIZE,
  archivePagesOf,
  newsArchive,
  type ArchiveKind,
  type ArchivePageOf,
  type EditionArchive,
} from './archive.ts';
import { paginate, publishable, type Page } from './items.ts';
import type { TagEntry } from '../schemas/tags.ts';

export { FEED_SIZE, NEWS_PAGE_SIZE } from './archive.ts';

type Entry = CollectionEntry<'news'>;

/** Published news; drafts too on the dev server, never in a production build. */
export async function loadNews(): Promise<Entry[]> {
  return publishable(await getCollection('news'), import.meta.env.SHOW_DRAFTS === true);
}
export type ArchivePage = ArchivePageOf<Entry>;

/** The tag vocabulary (`content/tags.yaml`), by id: what pages show a tag as (`tagLabel`). */
export async function loadTagVocabulary(): Promise<Map<string, TagEntry>> {
  return new Map((await getCollection('tags')).map((entry) => [entry.id, entry.data]));
}

let shaped: Promise<Map<Locale, EditionArchive<Entry>>> | undefined;

/**
 * Every edition's archive. A build shapes it once and every page reuses it; the dev server shapes it
 * on each request, so an edited item shows at once.
 */
function archive(): Promise<Map<Locale, EditionArchive<Entry>>> {
  if (import.meta.env.DEV) return shapeArchive();
  shaped ??= shapeArchive();
  return shaped;
}

async function shapeArchive(): Promise<Map<Locale, EditionArchive<Entry>>> {
  return newsArchive(await loadNews(), LOCALES);
}

/** One edition's archive: its items newest first, their groups and counts. */
export async function editionArchive(locale: Locale): Promise<EditionArchive<Entry>> {
  return (await archive()).get(locale)!;
}

/** Every page of the news index of every edition. */
export async function newsIndexPages(): Promise<{ locale: Locale; page: Page<Entry> }[]> {
  const editions = await archive();
  return LOCALES.flatMap((locale) =>
    paginate(editions.get(locale)!.items, NEWS_PAGE_SIZE).map((page) => ({ locale, page })),
  );
}

/** `getStaticPaths` entries of the first pages (`first`) or the numbered pages of a kind of archive page. */
export async function archivePageRoutes(kind: ArchiveKind, which: 'first' | 'numbered') {
  const editions = await archive();
  return LOCALES.flatMap((locale) =>
    archivePagesOf(locale, editions.get(locale)!, kind, NEWS_PAGE_SIZE)
      .filter(({ page }) => (which === 'first') === (page.number === 1))
      .map((props) => ({
        params: {
          lang: langParam(locale),
          value: kind === 'country' ? props.value.toLowerCase() : props.value,
          ...(which === 'numbered' ? { page: String(props.page.number) } : {}),
        },
        props,
      })),
  );
}

export function paramsOf(locale: Locale) {
  return { lang: langParam(locale) };
}
