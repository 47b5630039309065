/** Wires each content collection to its loader and schema; the rules live in `src/schemas/`. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { newsLoader, provenanceLoader, validatedLoader } from './content/loaders.ts';
import { readDataNotes, readFacts, readRefugees, readSources, readStocks } from './content/read.ts';
import { dataNoteSchema } from './schemas/data-note.ts';
import { provenanceEntrySchema } from './schemas/provenance.ts';
import { makeFactSchema } from './schemas/fact.ts';
import { newsSchema } from './schemas/news.ts';
import { sourceSchema } from './schemas/source.ts';
import { refugeeRowSchema, stockRowSchema } from './schemas/stock.ts';

const sourceIds = (root: string) => new Set(readSources(root).entries.map((entry) => entry.id));

export const collections = {
  sources: defineCollection({ loader: validatedLoader('sources', readSources), schema: sourceSchema }),
  // The loader checks each source id against content/sources.yaml; the schema here types the data.
  facts: defineCollection({
    loader: validatedLoader('facts', (root) => readFacts(root, sourceIds(root))),
    schema: makeFactSchema(z.string()),
  }),
  dataNotes: defineCollection({
    loader: validatedLoader('data-notes', readDataNotes),
    schema: dataNoteSchema,
  }),
  stocks: defineCollection({ loader: validatedLoader('stocks', readStocks), schema: stockRowSchema }),
  refugees: defineCollection({ loader: validatedLoader('refugees', readRefugees), schema: refugeeRowSchema }),
  news: defineCollection({ loader: newsLoader('content/news'), schema: newsSchema }),
  provenance: defineCollection({
    loader: provenanceLoader(),
    schema: z.strictObject({ entry: provenanceEntrySchema, matchesFile: z.boolean() }),
  }),
};
