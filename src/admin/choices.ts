/** The countries the editor offers: every code the news schema accepts, named in the editor's language. */
import { countryName } from '../countries/names.ts';
import { intlLocale, type Locale } from '../i18n/languages.ts';
import { knownIso3Codes } from '../schemas/iso3.ts';
import type { CountryChoice } from './form.ts';

/** Sorted by name as the editor's language sorts (Perú after Países Bajos in Spanish). */
export function countryChoices(locale: Locale): CountryChoice[] {
  const intl = intlLocale(locale);
  const collator = new Intl.Collator(intl);
  return knownIso3Codes()
    .map((code) => ({ code, name: countryName(code, intl) }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}
