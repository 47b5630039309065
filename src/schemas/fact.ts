/**
 * A headline fact of the profile: one statement about one of Peru's migration roles, with its value,
 * unit, reference year and source.
 *
 * The source is passed in as a schema so that the build can use Astro's `reference('sources')`
 * (an unknown id stops the build) while tests and the content checker use a plain id check.
 */
import { z } from 'astro/zod';
import { count, iso3, localizedText, percent, year } from './common.ts';

/** The five roles a country plays in migration, plus the social context they sit in. */
export const migrationRole = z.enum([
  'origin',
  'destination',
  'transit',
  'refugee-host',
  'deportee-receiving',
  'context',
]);
export type MigrationRole = z.output<typeof migrationRole>;

/** How a count was stated: "about 1.7 million", "more than 482,500", or as a plain figure (`stated`). */
export const qualifier = z.enum(['about', 'more-than', 'stated']);

const shareItem = z.strictObject({ iso3, percent });

export function makeFactSchema<S extends z.ZodType>(sourceId: S) {
  const common = {
    role: migrationRole,
    /** Position within its role, smallest first. */
    order: z.number().int().nonnegative(),
    /** What the figure measures, as a short heading. */
    label: localizedText,
    /** The statement in full, as readers see it next to the figure. */
    text: localizedText.optional(),
    /** The year the figure describes; `yearTo` closes a period ("between 2016 and 2019"). */
    year,
    yearTo: year.optional(),
    source: sourceId,
    /** A caveat readers should see with the figure. */
    note: localizedText.optional(),
  };

  const shares = z
    .strictObject({
      ...common,
      kind: z.literal('shares'),
      items: z.array(shareItem).min(1, 'must list at least one country'),
    })
    .superRefine((fact, ctx) => {
      const total = fact.items.reduce((sum, item) => sum + item.percent, 0);
      if (total > 100.05) {
        ctx.addIssue({
          code: 'custom',
          path: ['items'],
          message: `shares add up to ${total.toFixed(1)}%, over 100%`,
        });
      }
      const seen = new Set<string>();
      fact.items.forEach((item, index) => {
        if (seen.has(item.iso3)) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', index, 'iso3'],
            message: `${item.iso3} is listed twice`,
          });
        }
        seen.add(item.iso3);
      });
    });

  return z
    .discriminatedUnion('kind', [
      z.strictObject({ ...common, kind: z.literal('count'), value: count, qualifier }),
      z.strictObject({ ...common, kind: z.literal('percent'), value: percent }),
      shares,
      z.strictObject({ ...common, kind: z.literal('statement') }),
      /** A figure the site cannot give, with the reason: never a blank, never an invented number. */
      z.strictObject({ ...common, kind: z.literal('not-available'), reason: localizedText }),
    ])
    .superRefine((fact, ctx) => {
      const { year: from, yearTo } = fact as { year: number; yearTo?: number };
      if (yearTo !== undefined && yearTo < from) {
        ctx.addIssue({ code: 'custom', path: ['yearTo'], message: 'must not be before year' });
      }
    });
}
