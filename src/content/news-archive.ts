/** The archive pages of each edition: one per tag, per country and per year of the news. */
import type { CollectionEntry } from 'astro:content';
import { LOCALES, langParam, type Locale } from '../i18n/index.ts';
import { archivePaths, editionItems, facetCounts } from '../lib/news.ts';
import { loadNews } from './site-data.ts';

export const ARCHIVE_KINDS = ['tag', 'country', 'year'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

const valuesOf: Record<ArchiveKind, (item: CollectionEntry<'news'>) => readonly (string | number)[]> = {
  tag: (item) => item.data.tags,
  country: (item) => item.data.countries,
  year: (item) => [item.data.date.getUTCFullYear()],
};

export interface ArchivePage {
  locale: Locale;
  kind: ArchiveKind;
  value: string;
  /** The page's path within its edition: the one place it is decided, for the page and its alternates. */
  path: string;
  items: CollectionEntry<'news'>[];
}

/** One page per edition and value of `kind`; `value` is the URL segment (country codes lower-cased). */
export async function archivePages(kind: ArchiveKind) {
  const news = await loadNews();
  return LOCALES.flatMap((locale) => {
    const items = editionItems(news, locale);
    return facetCounts(items, valuesOf[kind]).map(({ value }) => {
      const page: ArchivePage = {
        locale,
        kind,
        value,
        path: archivePaths[kind](value),
        items: items.filter((item) => valuesOf[kind](item).map(String).includes(value)),
      };
      const segment = kind === 'country' ? value.toLowerCase() : value;
      return { params: { lang: langParam(locale), value: segment }, props: page };
    });
  });
}

/** Counts of news per tag, country and year in an edition, for the archive's index. */
export async function archiveFacets(locale: Locale) {
  const items = editionItems(await loadNews(), locale);
  return {
    tags: facetCounts(items, valuesOf.tag),
    countries: facetCounts(items, valuesOf.country),
    years: facetCounts(items, valuesOf.year).reverse(),
    pathOf: archivePaths,
  };
}
