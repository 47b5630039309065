/**
 * `content/data/provenance.json`: where each data table came from and when, written by
 * `npm run data:update` in the same atomic commit as the tables themselves. The site reads it to say
 * when its data was last updated.
 */
import { z } from 'astro/zod';
import { isRealCalendarDate, nonBlank, webUrl } from './common.ts';

/** A dataset id: lower-case words joined by hyphens, the table's file name without `.csv`. */
export const datasetId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** A data table under `content/data/`, written as a path from the project root. */
export const dataFilePath = z
  .string()
  .regex(
    /^content\/data\/((world|flows)\/)?[a-z0-9]+(-[a-z0-9]+)*\.csv$/,
    'must be a .csv file directly under content/data/, content/data/world/ or content/data/flows/',
  );

export const provenanceEntrySchema = z
  .strictObject({
    id: datasetId,
    /** The table this entry describes. */
    file: dataFilePath,
    /** The address the table was downloaded from; null when it was not downloaded by the updater. */
    sourceUrl: webUrl.nullable(),
    /** When the table was downloaded (UTC, ISO 8601); null when that is not known. */
    retrievedAt: z.iso
      .datetime({ offset: false, error: 'must be a UTC timestamp such as 2026-01-31T06:00:00.000Z' })
      .nullable(),
    /** SHA-256 of the file as written, in lower-case hex: tells whether it was edited since. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hexadecimal digits'),
    /** The edition or release of the source the figures belong to. */
    edition: nonBlank,
    /** Anything a reader of this file should know, such as where a carried-over table came from. */
    note: nonBlank.optional(),
    /**
     * The public copies a carried-over table was read from: repository, file and commit, and the
     * commit's date where known. The updater drops it when it downloads the table afresh.
     */
    upstream: z
      .array(
        z.strictObject({
          repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be a repository written owner/name'),
          path: nonBlank,
          commit: z
            .string()
            .regex(/^[0-9a-f]{7,40}$/, 'must be a commit hash (7 to 40 lower-case hexadecimal digits)'),
          date: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
            .refine(isRealCalendarDate, 'is not a real calendar date')
            .optional(),
        }),
      )
      .min(1, 'must list at least one copy, or be left out')
      .optional(),
  })
  .refine((entry) => entry.retrievedAt !== null || entry.note !== undefined, {
    path: ['note'],
    message: 'is required when retrievedAt is null: say where the file came from',
  });
export type ProvenanceEntry = z.output<typeof provenanceEntrySchema>;

export const provenanceSchema = z.strictObject({
  datasets: z.array(provenanceEntrySchema).superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          input: entry.id,
          message: `repeats the dataset ${entry.id}`,
        });
      }
      seen.add(entry.id);
    });
  }),
});
export type Provenance = z.output<typeof provenanceSchema>;
