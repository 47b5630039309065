/**
 * Every page each edition builds, as paths within the edition, from the same functions the routes'
 * `getStaticPaths` call: what `counterparts` (src/lib/alternates.ts) needs to know which versions of
 * a page exist.
 */
import { LOCALES, type Locale } from '../i18n/index.ts';
import type { EditionPaths } from '../lib/alternates.ts';
import { newsPagePath, newsPath } from '../lib/news.ts';
import { ARCHIVE_KINDS, archivePages } from './news-archive.ts';
import { newsIndexPages } from './news-pages.ts';
import { loadNews } from './site-data.ts';

/** The pages every edition renders once, through `localePaths()`: profile, data, sources, search. */
export const EDITION_PAGES = ['', 'data/', 'sources/', 'search/'] as const;

async function collect(): Promise<EditionPaths> {
  const paths = Object.fromEntries(LOCALES.map((locale) => [locale, new Set<string>(EDITION_PAGES)])) as Record<
    Locale,
    Set<string>
  >;
  for (const { locale, page } of await newsIndexPages()) paths[locale].add(newsPagePath(page.number));
  for (const kind of ARCHIVE_KINDS) {
    for (const { props } of await archivePages(kind)) paths[props.locale].add(props.path);
  }
  for (const item of await loadNews()) paths[item.data.lang].add(newsPath(item.id));
  return paths;
}

let built: Promise<EditionPaths> | undefined;

/**
 * Computed once per build (every page asks); on the dev server at every request, since content
 * changes while it runs.
 */
export function editionPaths(): Promise<EditionPaths> {
  if (import.meta.env.DEV) return collect();
  return (built ??= collect());
}
