/**
 * What the map's browser script receives from the build, and the reads both sides make of it. The
 * build renders the default view from these same functions, so the script swaps in figures that
 * read exactly as the build's. Imports nothing but types: it is part of the script's budget.
 */
import type { Locale } from '../i18n/languages.ts';

/** The map's words in the edition's language. */
export interface MapWords {
  people: string;
  ofTotal: string;
  noData: string;
  notDrawn: string;
  dataNote: string;
  /** After a share of women: "53.3% women". */
  women: string;
  /** The source line of the tooltip, such as "Source: UN DESA, International Migrant Stock 2020". */
  source: string;
  /** What the copy-link button says when the link is copied, or could not be. */
  copied: string;
  copyFailed: string;
}

/** One view of the map (a direction and a year) with its texts. */
export interface PayloadView {
  direction: string;
  year: number;
  total: number;
  /** The map's accessible name in this view. */
  label: string;
  /** The table's caption in this view. */
  caption: string;
  /** What the live region announces when this view is chosen. */
  status: string;
}

export interface MapPayload {
  locale: Locale;
  words: MapWords;
  views: PayloadView[];
  /** Each country's count in every view, in the order of `views` (0 where it has none). */
  counts: Record<string, number[]>;
  /** The women among those counts, when the table gives people by sex. */
  women?: Record<string, number[]>;
  /** Each country's name in the edition's language. */
  names: Record<string, string>;
  /** Data notes by direction, then country. */
  notes: Record<string, Record<string, string>>;
  /** The archive page of news about a country, with its link text. */
  news: Record<string, { href: string; text: string }>;
  /**
   * Each country's profile, when the map links to them: its address is `base` then its slug, and
   * every link says `text` (the row names the country).
   */
  profiles?: { base: string; text: string; slugs: Record<string, string> };
}

/** A country's count in a view (0 when it has none). */
export function countIn(payload: MapPayload, view: number, code: string): number {
  return payload.counts[code]?.[view] ?? 0;
}

/** The countries with data in a view, largest first, ties by code: the table's and the arrow keys' order. */
export function ranked(payload: MapPayload, view: number): string[] {
  return Object.keys(payload.counts)
    .filter((code) => countIn(payload, view, code) > 0)
    .sort((a, b) => countIn(payload, view, b) - countIn(payload, view, a) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The data note on a country in a view's direction, if any. */
export function noteIn(payload: MapPayload, view: number, code: string): string | undefined {
  return payload.notes[payload.views[view]!.direction]?.[code];
}

/** A country's women in a view, when the table gives people by sex. */
export function womenIn(payload: MapPayload, view: number, code: string): number | undefined {
  return payload.women?.[code]?.[view];
}

/** A country's count in every year of a view's direction, oldest first: its trend. */
export function trendOf(payload: MapPayload, view: number, code: string): { year: number; value: number }[] {
  const { direction } = payload.views[view]!;
  return payload.views.flatMap((other, index) =>
    other.direction === direction ? [{ year: other.year, value: countIn(payload, index, code) }] : [],
  );
}
