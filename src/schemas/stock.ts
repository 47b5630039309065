/**
 * Rows of the data tables behind the map and the headline series.
 * Each row is validated on its own here; the years a dataset covers are added by
 * `src/datasets/tables.ts`, and whole-table rules (totals that reconcile, no duplicate rows) live in
 * `src/datasets/data-table.ts`.
 */
import { z } from 'astro/zod';
import { count, iso3, placeName, year } from './common.ts';

/** A CSV cell holding a number. Blank or non-numeric cells are refused, never read as 0. */
export const numberCell = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a number')
  .transform(Number);

/** `emigrants`: born in Peru, living in `iso3`. `immigrants`: living in Peru, born in `iso3`. */
export const stockDirection = z.enum(['emigrants', 'immigrants']);
export type StockDirection = z.output<typeof stockDirection>;

/** The code the table uses for the world total of a direction and year. */
export const WORLD = 'WLD';

/**
 * UN DESA's own "Others" row (its code 2003): people whose country it does not break down. Shown as
 * of other or unknown origin, never as a country.
 */
export const OTHERS = 'XXX';

export const stockRowSchema = z.strictObject({
  direction: stockDirection,
  iso3: z.union([z.literal(WORLD), z.literal(OTHERS), iso3]),
  /**
   * The country name as the source spells it, kept to trace each row back. A name a spreadsheet
   * would run as a formula (`=HYPERLINK(…)`) is refused: the downloads carry it to readers' machines.
   */
  country: placeName,
  /** The dataset's registry entry says which years (see `src/datasets/tables.ts`). */
  year: numberCell.pipe(year),
  count: numberCell.pipe(count),
});
export type StockRow = z.output<typeof stockRowSchema>;

/** A stock row with its count by sex (UN DESA's 2024 edition): `count` is `male + female`. */
export const stockBySexRowSchema = stockRowSchema.extend({
  male: numberCell.pipe(count),
  female: numberCell.pipe(count),
});
export type StockBySexRow = z.output<typeof stockBySexRowSchema>;

/**
 * UNHCR's codes for groups that are not countries: unknown origin, stateless people and Tibetans.
 * They appear as origins in its tables.
 */
export const UNHCR_GROUPS = ['UNK', 'XXA', 'TIB'] as const;
export type UnhcrGroup = (typeof UNHCR_GROUPS)[number];

/** UNHCR end-year stocks of people from one origin in one country of asylum, by legal category. */
export const refugeeRowSchema = z.strictObject({
  year: numberCell.pipe(year),
  /** A country, or one of UNHCR's groups (`UNK` unknown, `XXA` stateless, `TIB` Tibetan). */
  origin_iso3: z.union([z.enum(UNHCR_GROUPS), iso3]),
  asylum_country_iso3: iso3,
  refugees: numberCell.pipe(count),
  asylum_seekers: numberCell.pipe(count),
  /** Other people in need of international protection: reported from 2018; blank before. */
  other_in_need_of_international_protection: z.union([
    z.literal('').transform(() => null),
    numberCell.pipe(count),
  ]),
});
export type RefugeeRow = z.output<typeof refugeeRowSchema>;
