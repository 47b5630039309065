/**
 * The index of country profiles: countries grouped by UN M49 region, regions and countries in the
 * edition's alphabetical order, those without a region last. Pure.
 */
import type { Locale } from '../i18n/languages.ts';

export interface IndexRegion {
  /** The M49 region code (`019`), or `none`. */
  code: string;
  name: string;
  countries: { iso3: string; name: string; slug: string }[];
}

/** The region's name in the edition's language, from CLDR (`019` → "Americas"). */
export function regionName(code: string, locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code);
  if (!name || name === code) throw new Error(`No ${locale} name for M49 region ${code}`);
  return name;
}

export function countriesByRegion(
  countries: readonly {
    iso3: string;
    region: string | null;
    names: Record<Locale, string>;
    slugs: Record<Locale, string>;
  }[],
  locale: Locale,
  noRegion: string,
): IndexRegion[] {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string, IndexRegion['countries']>();
  for (const country of countries) {
    const code = country.region ?? 'none';
    const list = groups.get(code) ?? [];
    list.push({ iso3: country.iso3, name: country.names[locale], slug: country.slugs[locale] });
    groups.set(code, list);
  }
  return [...groups]
    .map(([code, list]) => ({
      code,
      name: code === 'none' ? noRegion : regionName(code, locale),
      countries: list.sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .sort(
      (a, b) => Number(a.code === 'none') - Number(b.code === 'none') || collator.compare(a.name, b.name),
    );
}
