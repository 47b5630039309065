/**
 * The addresses of the country profiles, their index and their downloads. An edition's profiles
 * live under its own word (`paises/`, `countries/`), each at its slug in that edition's language.
 */
import { strings, type Locale } from '../i18n/index.ts';

/** The index of every country, as a path within an edition: `countries/`. */
export function countriesIndexPath(locale: Locale): string {
  return `${strings(locale).countries.section}/`;
}

/** A country's profile, as a path within an edition: `countries/germany/`. */
export function countryPath(locale: Locale, slug: string): string {
  return `${countriesIndexPath(locale)}${slug}/`;
}

/**
 * The downloads of a country's rows: `stocks` (UN DESA's migrant stocks), `unhcr` (UNHCR) and
 * `flows` (net migration, remittances, the northbound route and removals, in long form).
 */
export type CountryFile = 'stocks' | 'unhcr' | 'flows';

/** Address of a country's download: `/data/countries/deu.csv`, `deu-unhcr.csv`, `deu-flows.csv`. */
export function countryDownloadPath(iso3: string, file: CountryFile): string {
  return `/data/countries/${iso3.toLowerCase()}${file === 'stocks' ? '' : `-${file}`}.csv`;
}
