/** The built site as tests see it: every page of dist/ and helpers to read them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { MapPayload } from '../../../src/map/payload.ts';

export const DIST = 'dist';

/**
 * Every built page as a URL path: `/`, `/en/news/`, `/404.html`… sorted. Listed once per test file:
 * dist/ holds thousands of files (the search index's among them), and the suites ask for the list
 * inside loops over the pages; the global setup builds dist/ before any suite reads it.
 */
export function builtPages(): readonly string[] {
  return (pageList ??= (readdirSync(DIST, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort());
}

let pageList: readonly string[] | undefined;

/** True for an embed page (`/embed/map/`, `/en/embed/chart-stocks/`…): a figure for other sites'
 *  frames, without the site's header, language links or social meta, and not in the sitemap. */
export function isEmbed(path: string): boolean {
  return /^\/([a-z]{2}\/)?embed\//.test(path);
}

/** True for the browser editor (`/admin/`, src/admin/): a tool for editors, not a page of the site. */
export function isEditor(path: string): boolean {
  return path.startsWith('/admin/');
}

/** Every page of the site itself: the built pages but the not-found page, the embeds and the editor. */
export function sitePages(): string[] {
  return builtPages().filter((page) => page !== '/404.html' && !isEmbed(page) && !isEditor(page));
}

/** True for a country's data profile: `/paises/chile/`, `/en/countries/chile/`, `/pt/paises/chile/`. */
export function isCountryPage(path: string): boolean {
  return /^\/([a-z]{2}\/)?(paises|countries)\/[^/]+\/$/.test(path);
}

/**
 * The country profiles the costly checks (the browser harness, the Nu checker, html-validate) visit:
 * a fixed sample, every edition, large and small tables, and a country without rows. Every country
 * page shares one template, so the sample stands for the 750; the cheap checks read them all.
 */
export const SAMPLE_COUNTRY_PAGES = [
  '/paises/chile/',
  '/en/countries/chile/',
  '/pt/paises/chile/',
  '/en/countries/germany/',
  '/pt/paises/japao/',
  '/paises/peru/',
  '/en/countries/tuvalu/',
  '/en/countries/antarctica/',
];

/** Every built page but the country profiles outside the sample: what the costly checks visit. */
export function checkedPages(): string[] {
  return builtPages().filter((page) => !isCountryPage(page) || SAMPLE_COUNTRY_PAGES.includes(page));
}

/** The file of a built page: `/en/news/` → `dist/en/news/index.html`. */
export function pageFile(path: string): string {
  return path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
}

export function readPage(path: string): string {
  return readFileSync(pageFile(path), 'utf8');
}

export function distPath(file: string): string {
  return relative(DIST, file);
}

/** The payload of the page's (first) world map: the JSON script inside its `<world-map>` element. */
export function mapPayload(html: string): MapPayload {
  const element = html.match(/<world-map[^>]*>([\s\S]*?)<\/world-map>/)?.[1];
  if (!element) throw new Error('no <world-map> element on the page');
  return JSON.parse(
    element.match(/<script type="application\/json">([\s\S]*?)<\/script>/)![1]!,
  ) as MapPayload;
}
