/**
 * `content/data/datasets.yaml`: how readers see each dataset of the registry
 * (`src/datasets/registry.ts`) on the data page, in every edition. Keyed by dataset id.
 */
import { z } from 'astro/zod';
import { localizedText } from './common.ts';

export const datasetTextSchema = z.strictObject({
  /** What the table holds, as a heading. */
  title: localizedText,
  /** One or two sentences: what a row is, which years, what the columns count. */
  description: localizedText,
});
export type DatasetText = z.output<typeof datasetTextSchema>;
