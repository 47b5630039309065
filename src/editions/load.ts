/**
 * Every page each edition builds, as paths within the edition, from the same shapes the routes'
 * `getStaticPaths` read: what `counterparts` (src/editions/alternates.ts) needs to know which versions of
 * a page exist. Computed once per build (every page asks); on the dev server at every request, since
 * content changes while it runs.
 */
import { LOCALES, type Locale } from '../i18n/index.ts';
import type { EditionPaths } from './alternates.ts';
import { ARCHIVE_KINDS, NEWS_PAGE_SIZE, archivePaths, pagePath } from '../news/archive.ts';
import { newsPath } from '../news/items.ts';
import { editionArchive } from '../news/load.ts';
import { loadNews } from '../news/load.ts';
import { countriesIndexPath, countryPath } from '../countries/paths.ts';
import { loadWorld } from '../countries/load.ts';

/** The pages every edition renders once, through `localePaths()`: profile, data, sources, search. */
export const EDITION_PAGES = ['', 'data/', 'sources/', 'search/'] as const;

/** Every page of a list of `count` items whose first page is at `first`. */
function listPages(first: string, count: number): string[] {
  const last = Math.max(1, Math.ceil(count / NEWS_PAGE_SIZE));
  return Array.from({ length: last }, (_, index) => pagePath(first, index + 1));
}

async function collect(): Promise<EditionPaths> {
  const paths = Object.fromEntries(
    LOCALES.map((locale) => [locale, new Set<string>(EDITION_PAGES)]),
  ) as Record<Locale, Set<string>>;
  for (const locale of LOCALES) {
    const archive = await editionArchive(locale);
    for (const path of listPages('news/', archive.items.length)) paths[locale].add(path);
    for (const kind of ARCHIVE_KINDS)
      for (const facet of archive.facets[kind])
        for (const path of listPages(archivePaths[kind](facet.value), facet.count)) paths[locale].add(path);
  }
  for (const item of await loadNews()) paths[item.data.lang].add(newsPath(item.id));
  // The index of countries and every country's profile, in every edition.
  for (const locale of LOCALES) {
    paths[locale].add(countriesIndexPath(locale));
    for (const country of loadWorld().countries)
      paths[locale].add(countryPath(locale, country.slugs[locale]));
  }
  return paths;
}

let built: Promise<EditionPaths> | undefined;

export function editionPaths(): Promise<EditionPaths> {
  if (import.meta.env.DEV) return collect();
  return (built ??= collect());
}
