/**
 * Shapes UNHCR's population tables (people in need of international protection, by origin and
 * country of asylum) into what the profile shows: yearly totals for a country as host or as origin,
 * with the categories UNHCR counts apart.
 */
import type { RefugeeRow } from '../schemas/stock.ts';
import { share } from './stocks.ts';

/** UNHCR's three categories of people in need of international protection, in its order. */
export const PROTECTION_CATEGORIES = [
  'refugees',
  'asylum_seekers',
  'other_in_need_of_international_protection',
] as const;
export type ProtectionCategory = (typeof PROTECTION_CATEGORIES)[number];

export interface ProtectionYear {
  year: number;
  refugees: number;
  asylum_seekers: number;
  /** Null for years UNHCR did not report the category (before 2018). */
  other_in_need_of_international_protection: number | null;
  /** The three categories together (a category not reported counts as none). */
  total: number;
}

/** The rows' categories summed by year, oldest first. */
export function protectionByYear(rows: readonly RefugeeRow[]): ProtectionYear[] {
  const years = new Map<number, ProtectionYear>();
  for (const row of rows) {
    const year = years.get(row.year) ?? {
      year: row.year,
      refugees: 0,
      asylum_seekers: 0,
      other_in_need_of_international_protection: null,
      total: 0,
    };
    year.refugees += row.refugees;
    year.asylum_seekers += row.asylum_seekers;
    const others = row.other_in_need_of_international_protection;
    if (others !== null)
      year.other_in_need_of_international_protection =
        (year.other_in_need_of_international_protection ?? 0) + others;
    year.total += row.refugees + row.asylum_seekers + (others ?? 0);
    years.set(row.year, year);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** People hosted by `country` (every origin), by year. */
export function hostedBy(rows: readonly RefugeeRow[], country: string): ProtectionYear[] {
  return protectionByYear(rows.filter((row) => row.asylum_country_iso3 === country));
}

/** People from `country` hosted abroad (every country of asylum), by year. */
export function originatingFrom(rows: readonly RefugeeRow[], country: string): ProtectionYear[] {
  return protectionByYear(rows.filter((row) => row.origin_iso3 === country));
}

/** One origin's part of what a country hosts in a year: its people and their share of the total. */
export function originShare(
  rows: readonly RefugeeRow[],
  host: string,
  origin: string,
  year: number,
): { total: number; share: number } {
  const inYear = rows.filter((row) => row.asylum_country_iso3 === host && row.year === year);
  const all = protectionByYear(inYear)[0]?.total ?? 0;
  const own = protectionByYear(inYear.filter((row) => row.origin_iso3 === origin))[0]?.total ?? 0;
  return { total: own, share: share(own, all) };
}
