/**
 * Country codes and names, from the maintained ISO 3166-1 tables of `i18n-iso-countries`.
 * Used at build time only: nothing here is shipped to the browser.
 */
import countries from 'i18n-iso-countries';

/**
 * The alpha-3 code for an ISO 3166-1 numeric code (`"604"` → `"PER"`), or undefined when the
 * number names no country (world-atlas marks disputed areas such as Kosovo that way).
 */
export function numericToIso3(numeric: string): string | undefined {
  return countries.numericToAlpha3(numeric);
}

/**
 * The short common name of a country in the given language (`PER` → "Peru" / "Perú"), from the
 * Unicode CLDR tables built into the runtime's `Intl`.
 */
export function countryName(code: string, locale: string): string {
  const key = `${locale} ${code}`;
  let name = names.get(key);
  if (name === undefined) {
    name = lookUpName(code, locale);
    names.set(key, name);
  }
  return name;
}

/** Names already looked up: a country's profile names every country of its map, in every view. */
const names = new Map<string, string>();

function lookUpName(code: string, locale: string): string {
  const area = AREA_NAMES[code]?.[locale.slice(0, 2)];
  if (area) return area;
  const alpha2 = countries.alpha3ToAlpha2(code);
  const name = alpha2 && regionNames(locale).of(alpha2);
  if (!name || name === alpha2) throw new Error(`No ${locale} name for country code ${code}`);
  return name;
}

/**
 * Places of UN DESA's tables that have no ISO 3166-1 code, hence no CLDR name: UN DESA's own name,
 * in each language of the site.
 */
const AREA_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CHI: { en: 'Channel Islands', es: 'Islas del Canal', pt: 'Ilhas do Canal' },
};

const namesByLocale = new Map<string, Intl.DisplayNames>();
function regionNames(locale: string): Intl.DisplayNames {
  let names = namesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    namesByLocale.set(locale, names);
  }
  return names;
}
