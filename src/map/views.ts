/**
 * The map's views (a direction and a year each) and the payload the browser script reads to switch
 * between them without a second copy of the map. Build-time only.
 */
import { noteFor } from '../datasets/notes.ts';
import { stockView, yearsOf, type StockView } from '../profile/stocks.ts';
import type { DataNote } from '../datasets/notes.ts';
import type { StockDirection, StockRow } from '../schemas/stock.ts';
import type { Locale } from '../i18n/languages.ts';
import type { MapPayload, MapWords } from './payload.ts';

export const DIRECTIONS: readonly StockDirection[] = ['emigrants', 'immigrants'];

/** Every view, direction by direction, years ascending. */
export function allViews(rows: readonly StockRow[]): StockView[] {
  return DIRECTIONS.flatMap((direction) =>
    yearsOf(rows, direction).map((year) => stockView(rows, direction, year)),
  );
}

/** What the payload needs besides the figures: the edition's words and names. */
export interface PayloadTexts {
  locale: Locale;
  words: MapWords;
  /** A view's accessible name, table caption and announcement. */
  viewTexts: (view: StockView) => { label: string; caption: string; status: string };
  /** A country's name in the edition's language. */
  name: (code: string) => string;
  /** Data notes on the map's dataset (text in the edition's language). */
  notes: readonly (Pick<DataNote, 'iso3' | 'direction'> & { text: string })[];
  /** The archive page of news about a country, when there is one. */
  news: (code: string) => { href: string; text: string } | undefined;
  /** Where each country's profile is (base address, link text, slug of each code that has one). */
  profiles?: { base: string; text: string; slug: (code: string) => string | undefined };
}

/**
 * The payload: for each view its texts and total; for each country with data in any view, its count
 * in every view (0 where none), its name, its notes and its news link.
 */
export function mapPayload(views: readonly StockView[], texts: PayloadTexts): MapPayload {
  const codes = [...new Set(views.flatMap((view) => view.countries.map((country) => country.iso3)))].sort();
  const counts: Record<string, number[]> = {};
  const women: Record<string, number[]> = {};
  const bySex = views.some((view) => view.countries.some((country) => country.women !== undefined));
  for (const code of codes) {
    const figures = views.map((view) => view.countries.find((country) => country.iso3 === code));
    counts[code] = figures.map((figure) => figure?.count ?? 0);
    if (bySex) women[code] = figures.map((figure) => figure?.women ?? 0);
  }
  const notes: Record<string, Record<string, string>> = {};
  for (const direction of DIRECTIONS) {
    const byCode = codes.flatMap((code) => {
      const note = noteFor(texts.notes, { codes: [code], direction });
      return note ? [[code, note.text] as const] : [];
    });
    if (byCode.length > 0) notes[direction] = Object.fromEntries(byCode);
  }
  return {
    locale: texts.locale,
    words: texts.words,
    views: views.map((view) => ({
      direction: view.direction,
      year: view.year,
      total: view.total,
      ...texts.viewTexts(view),
    })),
    counts,
    ...(bySex ? { women } : {}),
    names: Object.fromEntries(codes.map((code) => [code, texts.name(code)])),
    notes,
    news: Object.fromEntries(
      codes.flatMap((code) => {
        const link = texts.news(code);
        return link ? [[code, link] as const] : [];
      }),
    ),
    ...(texts.profiles
      ? {
          profiles: {
            base: texts.profiles.base,
            text: texts.profiles.text,
            slugs: Object.fromEntries(
              codes.flatMap((code) => {
                const slug = texts.profiles!.slug(code);
                return slug ? [[code, slug] as const] : [];
              }),
            ),
          },
        }
      : {}),
  };
}
