/**
 * The site's languages and the way pages reach their strings and addresses.
 * Spanish, the language most readers of a Peru profile read first, is served at `/`; English at `/en/`.
 */
import type { Locale } from '../lib/format.ts';
import { en, type Strings } from './en.ts';
import { es } from './es.ts';

export type { Locale };

export const LOCALES = ['es', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'es';

const STRINGS: Record<Locale, Strings> = { es, en };

export function strings(locale: Locale): Strings {
  return STRINGS[locale];
}

/** The `[...lang]` route parameter of a locale: none for the default one. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** `getStaticPaths` entries that render a page once per language. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** The address of `path` in a language: `localePath('en', 'news/')` → `/en/news/`. */
export function localePath(locale: Locale, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return locale === DEFAULT_LOCALE ? `/${clean}` : `/${locale}/${clean}`;
}

/** The other language of a two-language site. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'es' ? 'en' : 'es';
}
