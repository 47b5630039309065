/**
 * The editor's language: the first of the browser's preferred languages that is an edition of the
 * site (`pt-BR` → pt), or the default edition. The CMS's own interface picks its language from the
 * same list, so the form's words and the CMS's agree.
 *
 * The editions come from the page (`data-editor-locales`, written from the registry), not from an
 * import of `src/i18n/languages.ts`: a module the editor's script shared with the site's scripts
 * would become a chunk of its own, and every page with a map would load one more file.
 */

/** `locales` is the registry's list, the default edition first. */
export function editorLocale(preferred: readonly string[], locales: readonly string[]): string {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split('-')[0]!;
    if (locales.includes(code)) return code;
  }
  return locales[0]!;
}

/** The address of the configuration in a language (src/pages/admin/config.[lang].yml.ts). */
export function configPath(locale: string): string {
  return `/admin/config.${locale}.yml`;
}
