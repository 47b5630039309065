/** A caveat attached to one country's row of a data table, shown wherever that row is shown. */
import { z } from 'astro/zod';
import { DATASET_IDS } from '../datasets/registry.ts';
import { iso3, localizedText } from './common.ts';
import { stockDirection } from './stock.ts';

export const dataNoteSchema = z.strictObject({
  /** The dataset the note belongs to (the id of a table in `content/data/`). */
  dataset: z.enum(DATASET_IDS),
  /** Leave out when the note applies to both directions. */
  direction: stockDirection.optional(),
  iso3,
  text: localizedText,
});
export type DataNote = z.output<typeof dataNoteSchema>;
