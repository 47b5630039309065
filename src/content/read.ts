/**
 * Reads and validates every content file, collecting problems file by file.
 *
 * The build's loaders (`src/content/loaders.ts`), the content checker (`npm run check:content`) and
 * the tests all go through these functions, so an editor gets the same message wherever a mistake is
 * caught. They use Node's file system only: no Astro runtime, so they run under plain vitest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { DATASETS, isDatasetId } from '../datasets/registry.ts';
import type { DatasetDefinition } from '../datasets/definition.ts';
import { noteTargetOf, readDatasetTable, type RowOf } from '../datasets/tables.ts';
import { atLine, ContentError, problemsFromZod, type ContentProblem } from '../lib/content-problem.ts';
import { parseYaml } from '../lib/frontmatter.ts';
import { dataNoteSchema, noteApplies } from '../datasets/notes.ts';
import { datasetTextSchema } from '../schemas/dataset-text.ts';
import { makeFactSchema } from '../schemas/fact.ts';
import { sourceSchema } from '../schemas/source.ts';
import { tagEntrySchema, tagVocabularySchema, type TagEntry } from '../schemas/tags.ts';
import type { Entry, ReadResult } from './entries.ts';

export type { Entry, ReadResult } from './entries.ts';

/** Where each kind of content lives, relative to the project root (data tables: the registry). */
export const CONTENT_PATHS = {
  sources: 'content/sources.yaml',
  facts: 'content/profile/facts.yaml',
  dataNotes: 'content/data/notes.yaml',
  datasetTexts: 'content/data/datasets.yaml',
  tags: 'content/tags.yaml',
  news: 'content/news',
} as const;

function read(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** Reads a YAML file whose top-level keys are entry ids, validating each entry with `schema`. */
export function readYamlRecord<S extends z.ZodType>(
  root: string,
  path: string,
  schema: S,
): ReadResult<z.output<S>> & { ids: Set<string> } {
  const ids = new Set<string>();
  const parsed = parseYaml(read(root, path), path, 0);
  if (!parsed.ok) return { entries: [], problems: parsed.problems, ids };
  const { data, lineOf } = parsed.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      entries: [],
      problems: [{ file: path, field: '', message: 'must be a list of entries keyed by id' }],
      ids,
    };
  }
  const entries: Entry<z.output<S>>[] = [];
  const problems: ContentProblem[] = [];
  for (const [id, raw] of Object.entries(data)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      problems.push(
        atLine(
          { file: path, field: id, message: 'an id must be lower-case words joined by hyphens' },
          lineOf(id),
        ),
      );
      continue;
    }
    ids.add(id);
    const result = schema.safeParse(raw);
    if (result.success) entries.push({ id, data: result.data, raw, file: path });
    else {
      problems.push(
        // Each problem on the line of its field; a field that is not there, on its entry's line.
        ...problemsFromZod(result.error, path, raw).map((problem) => {
          const field = problem.field ? `${id}.${problem.field}` : id;
          return atLine({ ...problem, field }, lineOf(field) ?? lineOf(id));
        }),
      );
    }
  }
  return { entries, problems, ids };
}

/**
 * The sources, and `ids`: every id the file declares, valid entry or not, so that a figure naming a
 * source whose entry has a problem (a text not yet translated) is not also reported as naming none.
 */
export function readSources(root: string) {
  return readYamlRecord(root, CONTENT_PATHS.sources, sourceSchema);
}

/** A schema for a source id that accepts only ids of `content/sources.yaml`. */
export function knownSourceId(ids: ReadonlySet<string>) {
  return z
    .string()
    .refine((id) => ids.has(id), { message: `is not a source id of ${CONTENT_PATHS.sources}` });
}

export function readFacts(root: string, sourceIds: ReadonlySet<string>) {
  return readYamlRecord(root, CONTENT_PATHS.facts, makeFactSchema(knownSourceId(sourceIds)));
}

/**
 * The tag vocabulary, one entry per tag, and `ids`: every id the file declares, valid entry or not,
 * so that a news item carrying a tag whose entry has a problem (a label not yet translated) is not
 * also told its tag is unknown.
 */
export function readTagVocabulary(root: string): ReadResult<TagEntry> & { ids: Set<string> } {
  const path = CONTENT_PATHS.tags;
  const ids = new Set<string>();
  const parsed = parseYaml(read(root, path), path, 0);
  if (!parsed.ok) return { entries: [], problems: parsed.problems, ids };
  const { data, lineOf } = parsed.value;
  const listed = (data as { tags?: unknown } | null)?.tags;
  for (const tag of Array.isArray(listed) ? listed : []) {
    const id = (tag as { id?: unknown } | null)?.id;
    if (typeof id === 'string') ids.add(id.trim());
  }
  const result = tagVocabularySchema.safeParse(data);
  const problems = result.success
    ? []
    : problemsFromZod(result.error, path, data).map((problem) => atLine(problem, lineOf(problem.field) ?? 1));
  const entries = (Array.isArray(listed) ? listed : []).flatMap((raw) => {
    const entry = tagEntrySchema.safeParse(raw);
    return entry.success ? [{ id: entry.data.id, data: entry.data, raw, file: path }] : [];
  });
  return { entries: problems.length > 0 ? [] : entries, problems, ids };
}

export function readDataNotes(root: string) {
  return readYamlRecord(root, CONTENT_PATHS.dataNotes, dataNoteSchema);
}

/**
 * The titles and descriptions of the datasets: one entry per dataset of the registry, no other.
 */
export function readDatasetTexts(root: string) {
  const path = CONTENT_PATHS.datasetTexts;
  const read = readYamlRecord(root, path, datasetTextSchema);
  const ids = new Set(read.entries.map((entry) => entry.id));
  return {
    entries: read.entries,
    problems: [
      ...read.problems,
      ...read.entries
        .filter((entry) => !isDatasetId(entry.id))
        .map((entry) => ({
          file: path,
          field: entry.id,
          message: `is not a dataset of src/datasets/registry.ts (${DATASETS.map((d) => d.id).join(', ')})`,
        })),
      ...DATASETS.filter((dataset) => !ids.has(dataset.id) && !read.problems.some((p) => p.field.startsWith(dataset.id)))
        .map((dataset) => ({
          file: path,
          field: dataset.id,
          message: 'is missing: every dataset needs its title and description',
        })),
    ],
  };
}

/** A dataset's table, row by row and as a whole: its rows, or every problem found in it. */
export function readDataset<D extends DatasetDefinition>(root: string, dataset: D): ReadResult<RowOf[D['kind']]> {
  return validateDataset(dataset, read(root, dataset.file), dataset.file);
}

/**
 * The problems of a dataset's table, as `readDataset` finds them, and its rows. The checker reads
 * the world tables (200,000 rows, seconds to validate) for the data notes and for the tables
 * themselves, and the tests run it on many copies of the same content: a table read before with the
 * very same text is not validated again, since the result depends on nothing else. The build reads
 * each table once, with `readDataset`, and keeps none of this.
 */
export function checkedDataset<D extends DatasetDefinition>(root: string, dataset: D): ReadResult<RowOf[D['kind']]> {
  const text = read(root, dataset.file);
  const key = `${dataset.id}\u0000${dataset.file}`;
  const earlier = checkedTables.get(key);
  if (earlier?.text === text) return earlier.result as ReadResult<RowOf[D['kind']]>;
  const result = validateDataset(dataset, text, dataset.file);
  checkedTables.set(key, { text, result });
  return result;
}

/** The last text the checker read of each dataset, and what it gave. */
const checkedTables = new Map<string, { text: string; result: ReadResult<unknown> }>();

function validateDataset<D extends DatasetDefinition>(
  dataset: D,
  text: string,
  path: string,
): ReadResult<RowOf[D['kind']]> {
  try {
    const { rows, problems } = readDatasetTable(dataset, text, path);
    return {
      entries: problems.length
        ? []
        : rows.map(({ line, row, cells }) => ({ id: `line-${line}`, data: row, raw: cells, file: path })),
      problems,
    };
  } catch (error) {
    if (error instanceof ContentError) return { entries: [], problems: [...error.problems] };
    throw error;
  }
}

/**
 * Data notes, each of which must point at rows that exist: a note on a country the table does not
 * have (a typo in its code) would otherwise never be shown.
 */
export function checkDataNotes(root: string): ContentProblem[] {
  const notes = readDataNotes(root);
  // A table with problems of its own has no rows to check a note against: its problems say why.
  const targets = new Map(
    DATASETS.map((dataset) => {
      const table = checkedDataset(root, dataset);
      return [
        dataset.id,
        table.problems.length > 0 ? undefined : table.entries.map((row) => noteTargetOf(dataset, row.data)),
      ] as const;
    }),
  );
  const unknown = notes.entries.filter(({ data }) => {
    const rows = targets.get(data.dataset);
    return rows !== undefined && !rows.some((target) => noteApplies(data, target));
  });
  return [
    ...notes.problems,
    ...unknown.map(({ id, data }) => ({
      file: CONTENT_PATHS.dataNotes,
      field: `${id}.iso3`,
      value: data.iso3,
      message: `has no row in ${data.dataset}${data.direction ? ` (${data.direction})` : ''}`,
    })),
  ];
}
