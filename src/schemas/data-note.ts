/** A caveat attached to one country's row of a data table, shown wherever that row is shown. */
import { z } from 'astro/zod';
import { iso3, localizedText } from './common.ts';
import { stockDirection } from './stock.ts';

/**
 * The schema of a data note, for the datasets `datasetIds` lists: the registry's ids
 * (`src/datasets/notes.ts` builds the site's), passed in so that this schema depends on a list of
 * codes, not on the registry above it.
 */
export function makeDataNoteSchema<const Ids extends readonly [string, ...string[]]>(datasetIds: Ids) {
  return z.strictObject({
    /** The dataset the note belongs to (the id of a table in `content/data/`). */
    dataset: z.enum(datasetIds),
    /** Leave out when the note applies to both directions. */
    direction: stockDirection.optional(),
    iso3,
    text: localizedText,
  });
}
