/**
 * The news archive of every edition, shaped once: each edition's items newest first, grouped by tag,
 * country and year in one pass, with the counts the archive's index shows. Pages read this instead
 * of sorting or filtering the whole collection themselves, so no page costs work proportional to the
 * archive (at thousands of items, that work repeated on every page was most of the build).
 */
import type { Locale } from '../i18n/languages.ts';
import { editionItems, paginate, type NewsItem, type Page } from './items.ts';

/** Items per page of the news index and of each tag, country and year. */
export const NEWS_PAGE_SIZE = 20;
/** Items in each edition's feed: the latest ones, so a feed stays small whatever the archive's size. */
export const FEED_SIZE = 50;

export type ArchiveKind = 'tag' | 'country' | 'year';
export const ARCHIVE_KINDS: readonly ArchiveKind[] = ['tag', 'country', 'year'];

/** What an item is filed under, per kind of archive page (values as their URL segment reads them). */
export interface ArchivedItem extends NewsItem {
  data: NewsItem['data'] & { tags: readonly string[]; countries: readonly string[] };
}

function valuesOf(item: ArchivedItem, kind: ArchiveKind): string[] {
  if (kind === 'tag') return [...new Set(item.data.tags)];
  if (kind === 'country') return [...new Set(item.data.countries)];
  return [String(item.data.date.getUTCFullYear())];
}

export interface Facet {
  value: string;
  count: number;
}

export interface EditionArchive<T> {
  /** The items the edition lists, newest first (see `editionItems`). */
  items: T[];
  /** The items of each tag, country and year, newest first. */
  groups: Record<ArchiveKind, Map<string, T[]>>;
  /** Each value with its count: tags and countries by value, years newest first. */
  facets: Record<ArchiveKind, Facet[]>;
}

const byValue = (a: Facet, b: Facet) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** One edition's archive, in one pass over its items. */
export function editionArchive<T extends ArchivedItem>(
  news: readonly T[],
  locale: Locale,
): EditionArchive<T> {
  const items = editionItems(news, locale);
  const groups = Object.fromEntries(ARCHIVE_KINDS.map((kind) => [kind, new Map<string, T[]>()])) as Record<
    ArchiveKind,
    Map<string, T[]>
  >;
  for (const item of items) {
    for (const kind of ARCHIVE_KINDS) {
      for (const value of valuesOf(item, kind)) {
        const group = groups[kind].get(value);
        if (group) group.push(item);
        else groups[kind].set(value, [item]);
      }
    }
  }
  const facetsOf = (kind: ArchiveKind) =>
    [...groups[kind]].map(([value, list]) => ({ value, count: list.length })).sort(byValue);
  return {
    items,
    groups,
    facets: { tag: facetsOf('tag'), country: facetsOf('country'), year: facetsOf('year').reverse() },
  };
}

/** Every edition's archive. */
export function newsArchive<T extends ArchivedItem>(
  news: readonly T[],
  locales: readonly Locale[],
): Map<Locale, EditionArchive<T>> {
  return new Map(locales.map((locale) => [locale, editionArchive(news, locale)]));
}

/** One page of a tag, country or year of an edition. */
export interface ArchivePageOf<T> {
  locale: Locale;
  kind: ArchiveKind;
  value: string;
  /** How many items the tag, country or year has in all. */
  total: number;
  page: Page<T>;
}

/** Every page of every tag, country or year of an edition, `size` items a page. */
export function archivePagesOf<T>(
  locale: Locale,
  archive: Pick<EditionArchive<T>, 'groups'>,
  kind: ArchiveKind,
  size: number,
): ArchivePageOf<T>[] {
  return [...archive.groups[kind]].flatMap(([value, items]) =>
    paginate(items, size).map((page) => ({ locale, kind, value, total: items.length, page })),
  );
}

/** Addresses of the first page of a tag, a country and a year, relative to an edition's root. */
export const archivePaths: Record<ArchiveKind, (value: string | number) => string> = {
  tag: (tag) => `news/tags/${tag}/`,
  country: (iso3) => `news/countries/${String(iso3).toLowerCase()}/`,
  year: (year) => `news/years/${year}/`,
};

/** Page `number` of a paginated list whose first page is at `first`: `news/`, `news/page/2/`. */
export function pagePath(first: string, number: number): string {
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`a page number is a whole number ≥ 1, got ${number}`);
  return number === 1 ? first : `${first}page/${number}/`;
}
