/**
 * Rows of the world tables behind the country profiles (`content/data/world/`): UN DESA's corridors
 * (every destination × origin), its list of locations, and UNHCR's population table (every origin ×
 * country of asylum). Each row is validated on its own here; whole-table rules (totals that add up,
 * no duplicate rows) live in `src/datasets/world-tables.ts`.
 */
import { z } from 'astro/zod';
import { count, iso3, placeName, year } from './common.ts';
import { numberCell, OTHERS, UNHCR_GROUPS, WORLD } from './stock.ts';

/**
 * Areas UN DESA estimates that have no ISO 3166-1 code: the Channel Islands (Guernsey and Jersey
 * together). Named by UN DESA's own name, never given a profile of their own.
 */
export const UNDESA_AREAS = ['CHI'] as const;

/** A place of UN DESA's tables: a country, or one of its areas without an ISO code. */
const undesaPlace = z.union([z.enum(UNDESA_AREAS), iso3]);

/**
 * One corridor of UN DESA's International Migrant Stock 2024: people born in `origin` living in
 * `destination` in `year`, with men and women. `origin = WLD` is the destination's total; `XXX` is
 * UN DESA's "Others" (origins it does not break down).
 */
export const corridorRowSchema = z
  .strictObject({
    destination: undesaPlace,
    origin: z.union([z.literal(WORLD), z.literal(OTHERS), undesaPlace]),
    year: numberCell.pipe(year),
    /**
     * Blank in one row of the redistribution (HUN ← ARE, 1990: men 0, women 0): a blank count is
     * read as men plus women, which the destination's total then checks (see `world-table.ts`).
     */
    count: z.union([z.literal('').transform(() => null), numberCell.pipe(count)]),
    male: numberCell.pipe(count),
    female: numberCell.pipe(count),
  })
  .transform((row) => ({ ...row, count: row.count ?? row.male + row.female }));
export type CorridorRow = z.output<typeof corridorRowSchema>;

/** UN DESA's M49 code, ISO alpha-3 code and English name of every place its corridors use. */
export const locationRowSchema = z.strictObject({
  m49: numberCell.pipe(z.number().int().nonnegative()),
  iso3: z.union([z.literal(WORLD), z.literal(OTHERS), undesaPlace]),
  name: placeName,
});
export type LocationRow = z.output<typeof locationRowSchema>;

/** A count that may be blank: UNHCR reports some categories only for some years. */
const optionalCount = z.union([z.literal('').transform(() => null), numberCell.pipe(count)]);

/**
 * UNHCR end-year stocks of people from one origin (`coo_iso`) in one country of asylum (`coa_iso`),
 * by category. `UNK`, `XXA` and `TIB` are groups (unknown, stateless, Tibetan), never countries.
 * Only `oip` (other people in need of international protection) may be blank: not reported.
 */
export const unhcrPopulationRowSchema = z.strictObject({
  year: numberCell.pipe(year),
  coo_iso: z.union([z.enum(UNHCR_GROUPS), iso3]),
  coa_iso: z.union([z.enum(UNHCR_GROUPS), iso3]),
  refugees: numberCell.pipe(count),
  asylum_seekers: numberCell.pipe(count),
  returned_refugees: numberCell.pipe(count),
  idps: numberCell.pipe(count),
  returned_idps: numberCell.pipe(count),
  stateless: numberCell.pipe(count),
  ooc: numberCell.pipe(count),
  oip: optionalCount,
  hst: numberCell.pipe(count),
});
export type UnhcrPopulationRow = z.output<typeof unhcrPopulationRowSchema>;

/** An M49 code of three digits (`019`), or blank where M49 gives none. */
const m49Code = z.union([
  z.literal('').transform(() => null),
  z.string().regex(/^\d{3}$/, 'must be three digits'),
]);

/**
 * The UN M49 region and sub-region of an ISO 3166-1 country or area (`PER,019,005`): what groups the
 * list of countries. Blank where M49 gives none.
 */
export const regionRowSchema = z.strictObject({
  iso3,
  region_code: m49Code,
  sub_region_code: m49Code,
});
export type RegionRow = z.output<typeof regionRowSchema>;
