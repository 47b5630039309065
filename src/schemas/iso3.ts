/**
 * The list of country codes the schemas accept: ISO 3166-1 alpha-3, from the maintained tables of
 * `i18n-iso-countries`. A leaf: schemas depend on this list of codes, not on the countries' names
 * and addresses (`src/countries/`), which sit above them.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

// The package's browser entry (which Vite may pick) starts with no locale registered; one is
// enough for code validation.
countries.registerLocale(en);

/** True when `code` is an ISO 3166-1 alpha-3 code in the current standard. */
export function isKnownIso3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** Every code `isKnownIso3` accepts, sorted: the choices the browser editor offers for a country. */
export function knownIso3Codes(): string[] {
  return Object.keys(countries.getAlpha3Codes()).filter(isKnownIso3).sort();
}
