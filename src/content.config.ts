/** Wires each content collection to its loader and schema; the rules live in `src/schemas/`. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { datasetsLoader, provenanceLoader, validatedLoader } from './content/loaders.ts';
import {
  readDataNotes,
  readDatasetTexts,
  readFacts,
  readSources,
  readTagVocabulary,
} from './content/read.ts';
import { dataNoteSchema } from './datasets/notes.ts';
import { newsLoader } from './news/loader.ts';
import { datasetTextSchema } from './schemas/dataset-text.ts';
import { provenanceEntrySchema } from './schemas/provenance.ts';
import { makeFactSchema } from './schemas/fact.ts';
import { newsSchema } from './news/schema.ts';
import { sourceSchema } from './schemas/source.ts';
import { tagEntrySchema } from './schemas/tags.ts';

const sourceIds = (root: string) => readSources(root).ids;

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
  datasetTexts: defineCollection({
    loader: validatedLoader('dataset-texts', readDatasetTexts),
    schema: datasetTextSchema,
  }),
  // One entry per dataset of src/datasets/registry.ts: its rows, validated by the loader.
  datasets: defineCollection({
    loader: datasetsLoader(),
    schema: z.strictObject({ rows: z.array(z.record(z.string(), z.unknown())) }),
  }),
  // content/tags.yaml: one entry per tag, keyed by its id, with its label in every edition.
  tags: defineCollection({ loader: validatedLoader('tags', readTagVocabulary), schema: tagEntrySchema }),
  news: defineCollection({ loader: newsLoader('content/news'), schema: newsSchema }),
  provenance: defineCollection({
    loader: provenanceLoader(),
    schema: z.strictObject({ entry: provenanceEntrySchema, matchesFile: z.boolean() }),
  }),
};
