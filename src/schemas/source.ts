/**
 * A source: the publication a figure comes from. Every figure on the site refers to one by id,
 * so readers can always see who published it, which edition, and when.
 */
import { z } from 'astro/zod';
import { dateProblem, localizedText, nonBlank, webUrl, year } from './common.ts';

export const sourceKind = z.enum([
  /** The 2020 country page this profile grew from: its figures are dated statements, not data. */
  'seed-page',
  /** A statistical dataset (UN DESA, UNHCR…). */
  'dataset',
  /** An official publication: a decree, a press release of a statistics office or ministry. */
  'official',
  /** A news report. */
  'news',
]);

export const sourceSchema = z.strictObject({
  /** Who published it: an office, agency or outlet. */
  publisher: nonBlank,
  /** The publisher's short name, for one-line credits on the map and charts ("UN DESA", "UNHCR"). */
  shortName: nonBlank.optional(),
  /** Title of the publication or dataset, in its own language. */
  title: nonBlank,
  /** Edition, revision or document number, where the publisher gives one. */
  edition: nonBlank.optional(),
  /** Year of publication. */
  year,
  /** Exact day of publication, `YYYY-MM-DD`, where known. */
  published: z
    .string()
    .superRefine((text, context) => {
      const problem = dateProblem(text);
      if (problem) context.addIssue({ code: 'custom', input: text, message: problem });
    })
    .optional(),
  /**
   * Where readers can find it. Left out when no address could be confirmed: a source without a URL
   * is honest, a guessed URL is not.
   */
  url: webUrl.optional(),
  /** Licence of the data, where the publisher states one. */
  licence: nonBlank.optional(),
  /** How the data reached this site when not straight from the publisher (a mirror, a package). */
  via: localizedText.optional(),
  kind: sourceKind,
  /** What readers should know about the source itself, such as an address that is not confirmed. */
  note: localizedText.optional(),
});

export type Source = z.output<typeof sourceSchema>;
export type SourceKind = z.output<typeof sourceKind>;
