/**
 * The tag vocabulary (`content/tags.yaml`): every tag a news item may carry, with its label in each
 * edition. One list, so a Git-backed editor can edit it as a list field and offer the tags as
 * choices; adding a tag is adding an entry.
 *
 * ```yaml
 * tags:
 *   - id: regional-cooperation
 *     label:
 *       es: Cooperación regional
 *       en: Regional cooperation
 *       pt: Cooperação regional
 * ```
 */
import { z } from 'astro/zod';
import { withFix } from '../lib/content-problem.ts';
import { localizedText } from './common.ts';

/** How a tag is written, in news items and in the vocabulary: it becomes an address (`/news/tags/<id>/`). */
export const TAG_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A tag's id: lower-case words joined by hyphens, the same in every language. */
export const tagId = z
  .string()
  .trim()
  .regex(
    TAG_ID,
    withFix(
      'must be lower-case words joined by hyphens, such as refugees',
      'write quito-process, not Quito Process (no capitals, spaces or accents)',
    ),
  );

/** One tag: its id and its label in every edition (`localizedText`: one non-blank text per language). */
export const tagEntrySchema = z.strictObject({ id: tagId, label: localizedText });

/** The whole file: a list of tags, each id once. */
export const tagVocabularySchema = z.strictObject({
  tags: z
    .array(tagEntrySchema)
    .min(1, withFix('must list at least one tag', 'add an entry with an id and a label in every language'))
    .superRefine((tags, context) => {
      const first = new Map<string, number>();
      tags.forEach((tag, index) => {
        const earlier = first.get(tag.id);
        if (earlier === undefined) first.set(tag.id, index);
        else {
          context.addIssue({
            code: 'custom',
            input: tag.id,
            path: [index, 'id'],
            message: withFix(`repeats the id of entry ${earlier}`, 'keep one entry per tag: merge the two'),
          });
        }
      });
    }),
});

export type TagEntry = z.output<typeof tagEntrySchema>;
export type TagVocabulary = z.output<typeof tagVocabularySchema>;
