/**
 * A page's versions in the other editions: the hreflang links of its head, the sitemap's alternates
 * (read back from those links) and the language switch all come from here, so they agree. Pure: the
 * build passes in the pages each edition builds.
 */
import { DEFAULT_LOCALE, LOCALES, language, type Locale } from '../i18n/languages.ts';

/** The pages each edition builds, as paths within the edition: `''`, `news/`, `news/tags/policy/`. */
export type EditionPaths = Readonly<Record<Locale, ReadonlySet<string>>>;

/** One edition's version of a page. */
export interface Version {
  locale: Locale;
  path: string;
}

/**
 * The versions of the page at `path` of `locale` in the other editions, in registry order. A version
 * is the page at the same path in that edition — or, for a page whose address differs between
 * editions (a news item and its translations), the path `paths` gives for that edition — and counts
 * only if that edition builds it: a page 2 that one edition alone has gets no alternate. Found the
 * same way from either side, every version links back.
 */
export function counterparts(
  locale: Locale,
  path: string,
  built: EditionPaths,
  paths?: Partial<Record<Locale, string>>,
): Version[] {
  return LOCALES.filter((other) => other !== locale).flatMap((other) => {
    const candidate = paths ? paths[other] : path;
    return candidate !== undefined && built[other].has(candidate) ? [{ locale: other, path: candidate }] : [];
  });
}

/** One `<link rel="alternate" hreflang>` of a page's head, or one `<xhtml:link>` of the sitemap. */
export interface HreflangLink extends Version {
  /** The edition's BCP 47 tag (from the registry), or `x-default`. */
  hreflang: string;
}

/**
 * The hreflang links of a page with versions in other editions: itself, each version, and
 * `x-default` (for readers of any other language) at the default edition's version when there is
 * one. A page no other edition has gets none: there is nothing to choose between.
 */
export function hreflangLinks(locale: Locale, path: string, versions: readonly Version[]): HreflangLink[] {
  if (versions.length === 0) return [];
  const all = [{ locale, path }, ...versions].sort(
    (a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale),
  );
  const fallback = all.find((version) => version.locale === DEFAULT_LOCALE);
  return [
    ...all.map((version) => ({ ...version, hreflang: language(version.locale).tag })),
    ...(fallback ? [{ ...fallback, hreflang: 'x-default' }] : []),
  ];
}

/**
 * Where the language switch leads in an edition that has no version of the page: the nearest page
 * above it that the edition builds (`news/` for a news item, a tag's first page for its page 2), or
 * the edition's profile.
 */
export function nearestPage(path: string, built: ReadonlySet<string>): string {
  const segments = path.split('/').filter(Boolean);
  for (let length = segments.length - 1; length > 0; length--) {
    const parent = `${segments.slice(0, length).join('/')}/`;
    if (built.has(parent)) return parent;
  }
  return '';
}
