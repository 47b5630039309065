/**
 * The site's editions, declared once. Routes, hreflang links, the sitemap, feeds, search, number and
 * date formats, the news schema's `lang` and every localized text of the content read this list.
 *
 * Adding a language is one entry here, one strings file of the shared shape (`src/i18n/<code>.ts`,
 * listed in `src/i18n/index.ts`) and one news folder (`content/news/<code>/`); the content checker
 * then lists every text of `content/` still to translate.
 *
 * This module imports nothing, so the browser scripts can use it without carrying any strings.
 */
export interface Language {
  /** The edition's code: its strings file, its news folder and the key of localized texts. */
  readonly code: string;
  /** BCP 47 tag of the edition, the same everywhere: `lang`, hreflang, the sitemap, feeds and search. */
  readonly tag: string;
  /** Locale of `Intl` number and date formats (a regional variant where the region's usage differs). */
  readonly intl: string;
  /** Open Graph locale, `language_TERRITORY`. */
  readonly ogLocale: string;
}

export const LANGUAGES = [
  // The first edition is served at `/`: Spanish, the language most readers of a Peru profile read
  // first. Plain `es` for numbers, not es-PE: CLDR gives es-PE a decimal point (27.6), while INEI,
  // Peru's statistics office, writes a decimal comma (27,6 %) as `es` does.
  { code: 'es', tag: 'es', intl: 'es', ogLocale: 'es_PE' },
  { code: 'en', tag: 'en', intl: 'en-GB', ogLocale: 'en_GB' },
  // Brazilian usage for numbers and dates (1.672.482; "1,7 milhão"), the written standard most
  // Portuguese readers of the Americas read.
  { code: 'pt', tag: 'pt', intl: 'pt-BR', ogLocale: 'pt_BR' },
] as const satisfies readonly Language[];

export type Locale = (typeof LANGUAGES)[number]['code'];

/** Every edition's code, the default one first. */
export const LOCALES: readonly Locale[] = /* @__PURE__ */ LANGUAGES.map((language) => language.code);

/** The edition served at the root of the site. */
export const DEFAULT_LOCALE: Locale = LANGUAGES[0].code;

export function language(locale: Locale): Language {
  return LANGUAGES.find((entry) => entry.code === locale)!;
}

/** True for a code of one of the editions. */
export function isLocale(code: unknown): code is Locale {
  return LANGUAGES.some((entry) => entry.code === code);
}

/** The `Intl` locale of an edition. */
export function intlLocale(locale: Locale): string {
  return language(locale).intl;
}

/** The address of `path` in an edition: `localePath('en', 'news/')` → `/en/news/`; the default edition at `/`. */
export function localePath(locale: Locale, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return locale === DEFAULT_LOCALE ? `/${clean}` : `/${locale}/${clean}`;
}

/**
 * The edition of an address and the page's path within it, the inverse of `localePath`:
 * `/en/news/` → en, `news/`; `/news/` → the default edition, `news/`.
 */
export function editionOf(pathname: string): { locale: Locale; path: string } {
  const clean = pathname.replace(/^\/+/, '');
  const slash = clean.indexOf('/');
  const code = clean.slice(0, slash);
  if (slash > 0 && code !== DEFAULT_LOCALE && isLocale(code)) {
    return { locale: code, path: clean.slice(slash + 1) };
  }
  return { locale: DEFAULT_LOCALE, path: clean };
}
