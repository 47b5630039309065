/**
 * The editor's language: the first of the browser's preferred languages that is an edition of the
 * site (`pt-BR` → pt), or the default edition. The CMS's own interface picks its language from the
 * same list, so the form's words and the CMS's agree.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/languages.ts';

export function editorLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split('-')[0];
    if (isLocale(code)) return code;
  }
  return DEFAULT_LOCALE;
}

/** The address of the configuration in a language (src/pages/admin/config.[lang].yml.ts). */
export function configPath(locale: Locale): string {
  return `/admin/config.${locale}.yml`;
}
