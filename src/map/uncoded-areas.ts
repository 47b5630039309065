/**
 * Names of the map's shapes that have no ISO 3166-1 code (Natural Earth's areas in `world-atlas`):
 * Unicode CLDR, which names every country in every edition's language, has no name for them, and the
 * topology's own are English abbreviations ("N. Cyprus"). Each has a name per edition here, typed by
 * the registry's languages, so a new edition cannot ship without them. The names follow each
 * language's usual form (Spanish and Portuguese press, UN terminology where it has one).
 */
import type { Locale } from '../i18n/languages.ts';

export const UNCODED_AREA_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'Indian Ocean Ter.': {
    es: 'Territorios Australianos del Océano Índico',
    en: 'Australian Indian Ocean Territories',
    pt: 'Territórios Australianos do Oceano Índico',
  },
  Kosovo: { es: 'Kosovo', en: 'Kosovo', pt: 'Kosovo' },
  'N. Cyprus': { es: 'Chipre del Norte', en: 'Northern Cyprus', pt: 'Chipre do Norte' },
  'Siachen Glacier': { es: 'Glaciar de Siachen', en: 'Siachen Glacier', pt: 'Geleira de Siachen' },
  Somaliland: { es: 'Somalilandia', en: 'Somaliland', pt: 'Somalilândia' },
};

/**
 * The name of an area without an ISO code in an edition. An area the table does not know (a newer
 * `world-atlas`) stops the build, naming it, rather than show its English abbreviation.
 */
export function uncodedAreaName(topologyName: string, locale: Locale): string {
  const names = UNCODED_AREA_NAMES[topologyName];
  if (!names) {
    throw new Error(
      `the map's area "${topologyName}" has no ISO code and no name in src/map/uncoded-areas.ts: add its name in every edition`,
    );
  }
  return names[locale];
}
