/**
 * The text a country's shape carries (native title, accessible name, tooltip). The browser script
 * (`map-client.ts`) writes the same pieces in the same order when the view changes.
 */
import { formatCount, formatShare, type Locale } from '../lib/format.ts';

export interface LabelWords {
  people: string;
  ofTotal: string;
}

/** "Chile: 240,273 people, 15.8% of the total, 2020" */
export function countryLabel(
  name: string,
  count: number,
  total: number,
  year: number,
  locale: Locale,
  words: LabelWords,
): string {
  return `${name}: ${formatCount(count, locale)} ${words.people}, ${formatShare(count / total, locale)} ${words.ofTotal}, ${year}`;
}
