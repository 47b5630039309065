/**
 * Ordering, pagination and translation links of the news archive. Pure functions over entries,
 * so they can be tested without Astro.
 */
import { LOCALES, localePath, type Locale } from '../i18n/languages.ts';
import { isTranslation } from './translations.ts';

export interface NewsItem {
  /** `en/coyote-2020-operation`: language folder and file name. */
  id: string;
  data: { title: string; date: Date; lang: Locale; draft: boolean; translationOf?: string | undefined };
}

/** Items to publish: drafts only when `includeDrafts` (the dev server), never in a production build. */
export function publishable<T extends NewsItem>(items: readonly T[], includeDrafts: boolean): T[] {
  return items.filter((item) => includeDrafts || !item.data.draft);
}

/** Newest first; items of the same day by title, so the order never depends on file order. */
export function newestFirst<T extends NewsItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      b.data.date.getTime() - a.data.date.getTime() ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id),
  );
}

/** The last part of an id, used in addresses: `en/coyote-2020-operation` → `coyote-2020-operation`. */
export function newsSlug(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** An item's address within its edition: `en/coyote-2020-operation` → `news/coyote-2020-operation/`. */
export function newsPath(id: string): string {
  return `news/${newsSlug(id)}/`;
}

/** An item's address on the site, in the edition of its own language: `/en/news/coyote-2020-operation/`. */
export function newsHref(item: Pick<NewsItem, 'id'> & { data: { lang: Locale } }): string {
  return localePath(item.data.lang, newsPath(item.id));
}

/**
 * Groups each original with its translations: `group(id)` lists every language version of an item.
 * An original names itself (or, standing alone, nothing), so each version's link is its group.
 */
export function translationGroups<T extends NewsItem>(items: readonly T[]): (id: string) => T[] {
  const rootOf = (item: T) => item.data.translationOf ?? item.id;
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(rootOf(item), [...(groups.get(rootOf(item)) ?? []), item]);
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = byId.get(id);
    return item ? (groups.get(rootOf(item)) ?? [item]) : [];
  };
}

/**
 * The items an edition lists: its own language, plus one version of each item it has no version of
 * (labelled as such by the page), so no news is silently missing from an edition. That version is
 * the original, the one the others translate; failing that (an unpublished original), the first in
 * registry order.
 */
export function editionItems<T extends NewsItem>(items: readonly T[], locale: Locale): T[] {
  const group = translationGroups(items);
  const shown = (versions: readonly T[]) =>
    versions.find((version) => version.data.lang === locale) ??
    versions.find(
      (version) => !isTranslation({ id: version.id, translationOf: version.data.translationOf }),
    ) ??
    [...versions].sort((a, b) => LOCALES.indexOf(a.data.lang) - LOCALES.indexOf(b.data.lang))[0];
  return newestFirst(items.filter((item) => shown(group(item.id)) === item));
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  last: number;
}

/** Splits items into pages of `size`; an empty list still gives one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive whole number, got ${size}`);
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    last,
  }));
}
