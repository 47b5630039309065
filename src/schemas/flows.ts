/**
 * Rows of the flow tables (`content/data/flows/`): net migration (UN DESA, World Population
 * Prospects 2024), personal remittances and GDP (World Bank, WDI), encounters at the US southwest
 * land border (US CBP), crossings of the Darién registered by Panama's migration service (SNM), and
 * removals from the US (US ICE). Each row is validated on its own here; whole-table rules (one row
 * per key, fiscal years that agree with their months, partial periods declared) live in
 * `src/datasets/flow-tables.ts`.
 */
import { z } from 'astro/zod';
import { count, iso3, placeName, year } from './common.ts';
import { numberCell } from './stock.ts';

/**
 * Codes of the flow tables that are not ISO 3166-1 alpha-3, each with its name (in English, the
 * downloads' language): Kosovo as the World Bank, Panama and ICE code it; CBP's "Other" citizenships;
 * Panama's unknown or other nationalities; Tibet, as Panama lists it.
 */
export const FLOW_CODES = {
  XKX: 'Kosovo',
  OTH: 'Other citizenships',
  OOO: 'Unknown or other nationality',
  TIB: 'Tibet',
} as const;
export type FlowCode = keyof typeof FLOW_CODES;

/**
 * A country code, or one of `codes` (a table's own exceptions to ISO 3166-1). Not a union of the two:
 * a union that fails says only "Invalid input", where an editor needs the country code's own message.
 */
function countryOr(codes: readonly FlowCode[]) {
  const own = new Set<string>(codes);
  return z.string().superRefine((code, context) => {
    if (own.has(code)) return;
    const checked = iso3.safeParse(code);
    for (const issue of checked.success ? [] : checked.error.issues) {
      context.addIssue({ code: 'custom', input: code, message: issue.message });
    }
  });
}

/**
 * A cell that may be blank (the value is missing), or a number. Blank first, then the number's own
 * rules: a union of the two would refuse "4,446" or "5.5" with a bare "Invalid input".
 */
function optional(cell: z.ZodNumber) {
  return z
    .string()
    .transform((text) => (text === '' ? null : text))
    .pipe(numberCell.pipe(cell).nullable());
}

/** A whole number that may be negative: net migration is arrivals minus departures. */
const signedCount = z.number().int('must be a whole number');

/** An amount of money in whole current US dollars. */
const dollars = z.number().int('must be whole US dollars').nonnegative('must not be negative');

/**
 * UN DESA's net migration of a country in a year (immigrants minus emigrants, a modelled estimate)
 * and its crude rate per 1,000 people. `m49` is the UN's code of the country.
 */
export const netMigrationRowSchema = z.strictObject({
  iso3,
  m49: numberCell.pipe(z.number().int().nonnegative()),
  year: numberCell.pipe(year),
  net_migrants: numberCell.pipe(signedCount),
  net_migration_rate: numberCell.pipe(z.number().min(-1000).max(1000)),
});
export type NetMigrationRow = z.output<typeof netMigrationRowSchema>;

/**
 * The World Bank's personal remittances received and paid by an economy in a year, and its GDP, in
 * current US dollars. A blank cell: the series has no value that year. A published 0 is kept as
 * published; the site shows it as not reported (see `src/profile/remittances.ts`).
 */
export const remittancesRowSchema = z.strictObject({
  iso3: countryOr(['XKX']),
  year: numberCell.pipe(year),
  received_usd: optional(dollars),
  paid_usd: optional(dollars),
  gdp_usd: optional(dollars),
});
export type RemittancesRow = z.output<typeof remittancesRowSchema>;

/** A month written `YYYY-MM`. */
export const month = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');

/**
 * CBP's encounters of one citizenship at the southwest land border in a month, and the US fiscal
 * year the month belongs to (October to September: October 2022 is in fiscal year 2023). Encounters
 * are events, not people: one person can be encountered more than once.
 */
export const borderEncountersRowSchema = z.strictObject({
  month,
  fiscal_year: numberCell.pipe(year),
  citizenship: countryOr(['OTH']),
  encounters: numberCell.pipe(count),
});
export type BorderEncountersRow = z.output<typeof borderEncountersRowSchema>;

/**
 * People of one nationality registered by Panama's migration service after crossing the Darién: a
 * whole year (`period_type = year`, `period = YYYY`, 2010–2019) or one month (`month`, `YYYY-MM`).
 */
export const darienRowSchema = z.strictObject({
  period: z.string().regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/, 'must be a year YYYY or a month YYYY-MM'),
  period_type: z.enum(['year', 'month']),
  nationality: countryOr(['OOO', 'TIB', 'XKX']),
  migrants: numberCell.pipe(count),
});
export type DarienRow = z.output<typeof darienRowSchema>;

/**
 * Entries of ICE's tables that name no country of today: former states, ICE's separate "Korea" line,
 * stateless and unknown citizenships. Their rows have no code, and count in every year's total.
 */
export const ICE_UNCODED = [
  'Czechoslovakia',
  'Korea',
  'Montenegro - Raps',
  'Netherlands Antilles',
  'Serbia and Montenegro',
  'South Korea (second entry as published)',
  'Stateless',
  'Unknown',
  'USSR',
  'Yugoslavia',
] as const;

/**
 * ICE's removals of people of one citizenship in a US fiscal year (October to September), with the
 * citizenship as ICE's report names it. Blank `citizenship_iso3` only for the entries of
 * `ICE_UNCODED`.
 */
export const removalsRowSchema = z
  .strictObject({
    fiscal_year: numberCell.pipe(year),
    citizenship_iso3: z.union([z.literal(''), countryOr(['XKX'])]),
    citizenship_name: placeName,
    removals: numberCell.pipe(count),
  })
  .refine(
    (row) => row.citizenship_iso3 !== '' || (ICE_UNCODED as readonly string[]).includes(row.citizenship_name),
    {
      path: ['citizenship_iso3'],
      message: `must be a country code, or blank only for ICE's entries that name no country of today (${ICE_UNCODED.join(', ')})`,
    },
  );
export type RemovalsRow = z.output<typeof removalsRowSchema>;
