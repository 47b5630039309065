/**
 * Each edition's strings and addresses. The editions themselves are declared in `languages.ts`.
 */
import { en, type Strings } from './en.ts';
import { es } from './es.ts';
import { pt } from './pt.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './languages.ts';

export { DEFAULT_LOCALE, LOCALES, language, localePath, type Locale } from './languages.ts';

/** One strings file per edition, of the shape of `en.ts` (the type checker refuses a missing one). */
const STRINGS: Record<Locale, Strings> = { es, en, pt };

export function strings(locale: Locale): Strings {
  return STRINGS[locale];
}

/** The `[...lang]` route parameter of an edition: none for the default one, served at `/`. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** `getStaticPaths` entries that render a page once per edition. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** The editions other than `locale`, in registry order: the language switch and hreflang links. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((other) => other !== locale);
}

/**
 * The name of a language in another one, from Unicode CLDR (`languageName('es', 'en')` → "Spanish",
 * `languageName('en', 'es')` → "inglés").
 */
export function languageName(code: Locale, inLocale: Locale): string {
  const key = `${code} ${inLocale}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    name = new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
    languageNames.set(key, name);
  }
  return name;
}

/** Names already looked up: every news list labels its items in another language with one. */
const languageNames = new Map<string, string>();
