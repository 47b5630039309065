/**
 * Reads and validates every content file, collecting problems file by file.
 *
 * The build's loaders (`src/content/loaders.ts`), the content checker (`npm run check:content`) and
 * the tests all go through these functions, so an editor gets the same message wherever a mistake is
 * caught. They use Node's file system only: no Astro runtime, so they run under plain vitest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { atLine, ContentError, problemsFromZod, type ContentProblem } from '../lib/content-problem.ts';
import { checkRefugeeTable, checkStockTable, readTable, type TableRow } from '../lib/data-table.ts';
import { parseYaml, readFrontmatter } from '../lib/frontmatter.ts';
import { checkMdxBody } from '../lib/mdx-check.ts';
import { dataNoteSchema } from '../schemas/data-note.ts';
import { makeFactSchema } from '../schemas/fact.ts';
import { newsSchema } from '../schemas/news.ts';
import { sourceSchema } from '../schemas/source.ts';
import { refugeeRowSchema, stockRowSchema } from '../schemas/stock.ts';
import { z as zod } from 'astro/zod';
import { DATASETS } from './datasets.ts';
import { readProvenance } from './provenance.ts';

/** Where each kind of content lives, relative to the project root. */
export const CONTENT_PATHS = {
  sources: 'content/sources.yaml',
  facts: 'content/profile/facts.yaml',
  dataNotes: 'content/data/notes.yaml',
  stocks: 'content/data/undesa-ims2020-peru.csv',
  refugees: 'content/data/unhcr-venezuela-to-peru.csv',
  news: 'content/news',
} as const;

export interface Entry<T> {
  id: string;
  data: T;
  /** The data as written in the file, before any schema transform. */
  raw: unknown;
  file: string;
}

/** The outcome of reading one kind of content: its entries, or every problem found in it. */
export type ReadResult<T> = { entries: Entry<T>[]; problems: ContentProblem[] };

function read(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** Reads a YAML file whose top-level keys are entry ids, validating each entry with `schema`. */
export function readYamlRecord<S extends z.ZodType>(
  root: string,
  path: string,
  schema: S,
): ReadResult<z.output<S>> {
  const parsed = parseYaml(read(root, path), path, 0);
  if (!parsed.ok) return { entries: [], problems: parsed.problems };
  const { data, lineOf } = parsed.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      entries: [],
      problems: [{ file: path, field: '', message: 'must be a list of entries keyed by id' }],
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
    const result = schema.safeParse(raw);
    if (result.success) entries.push({ id, data: result.data, raw, file: path });
    else {
      problems.push(
        ...problemsFromZod(result.error, path, raw, lineOf(id)).map((problem) => ({
          ...problem,
          field: problem.field ? `${id}.${problem.field}` : id,
        })),
      );
    }
  }
  return { entries, problems };
}

export function readSources(root: string) {
  return readYamlRecord(root, CONTENT_PATHS.sources, sourceSchema);
}

/** A schema for a source id that accepts only ids of `content/sources.yaml`. */
export function knownSourceId(ids: ReadonlySet<string>) {
  return zod
    .string()
    .refine((id) => ids.has(id), { message: `is not a source id of ${CONTENT_PATHS.sources}` });
}

export function readFacts(root: string, sourceIds: ReadonlySet<string>) {
  return readYamlRecord(root, CONTENT_PATHS.facts, makeFactSchema(knownSourceId(sourceIds)));
}

export function readDataNotes(root: string) {
  return readYamlRecord(root, CONTENT_PATHS.dataNotes, dataNoteSchema);
}

function tableResult<T>(
  read: () => TableRow<T>[],
  path: string,
  check: (rows: TableRow<T>[]) => ContentProblem[],
): ReadResult<T> {
  try {
    const rows = read();
    const problems = check(rows);
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

export function readStocks(root: string) {
  const path = CONTENT_PATHS.stocks;
  return tableResult(
    () => readTable(read(root, path), path, stockRowSchema),
    path,
    (rows) => checkStockTable(rows, path),
  );
}

export function readRefugees(root: string) {
  const path = CONTENT_PATHS.refugees;
  return tableResult(
    () => readTable(read(root, path), path, refugeeRowSchema),
    path,
    (rows) => checkRefugeeTable(rows, path),
  );
}

/** Every news file, as paths relative to the root: `content/news/en/coyote-2020.md`. */
export function listNewsFiles(root: string): string[] {
  const base = join(root, CONTENT_PATHS.news);
  return (readdirSync(base, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Id of a news item from its path: `content/news/en/coyote-2020.md` → `en/coyote-2020`. */
export function newsIdFromPath(path: string): string {
  return path.replace(`${CONTENT_PATHS.news}/`, '').replace(/\.mdx?$/, '');
}

/** Validates one news file: frontmatter, the language folder it sits in, and an MDX body. */
export function checkNewsFile(
  path: string,
  text: string,
): { raw?: unknown; data?: z.output<typeof newsSchema>; problems: ContentProblem[] } {
  const frontmatter = readFrontmatter(text, path);
  if (!frontmatter.ok) return { problems: frontmatter.problems };
  const { data: raw, body, bodyLine, lineOf } = frontmatter.value;
  const problems: ContentProblem[] = [];
  const result = newsSchema.safeParse(raw);
  if (!result.success) {
    problems.push(
      ...(result.error.issues.length
        ? problemsFromZod(result.error, path, raw).map((problem) =>
            atLine(problem, lineOf(problem.field.split('.')[0] ?? '')),
          )
        : []),
    );
  }
  const folder = newsIdFromPath(path).split('/')[0];
  if (result.success && folder !== result.data.lang) {
    problems.push(
      atLine(
        {
          file: path,
          field: 'lang',
          value: result.data.lang,
          message: `does not match the folder content/news/${folder}/`,
        },
        lineOf('lang'),
      ),
    );
  }
  if (path.endsWith('.mdx')) problems.push(...checkMdxBody(body, path, bodyLine));
  return result.success ? { raw, data: result.data, problems } : { raw, problems };
}

export function readNews(root: string): ReadResult<z.output<typeof newsSchema>> {
  const entries: Entry<z.output<typeof newsSchema>>[] = [];
  const problems: ContentProblem[] = [];
  for (const path of listNewsFiles(root)) {
    const checked = checkNewsFile(path, read(root, path));
    problems.push(...checked.problems);
    if (checked.data && checked.problems.length === 0) {
      entries.push({ id: newsIdFromPath(path), data: checked.data, raw: checked.raw, file: path });
    }
  }
  // A translation must point at an item that exists, in another language.
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const allIds = new Set(listNewsFiles(root).map(newsIdFromPath));
  for (const entry of entries) {
    const original = entry.data.translationOf;
    if (original === undefined) continue;
    const target = byId.get(original);
    if (!target && allIds.has(original)) continue; // the original is invalid: its own problems say why
    if (!target) {
      problems.push({
        file: entry.file,
        field: 'translationOf',
        value: original,
        message: 'names no news item (write it as language/file-name, such as en/coyote-2020)',
      });
    } else if (target.data.lang === entry.data.lang) {
      problems.push({
        file: entry.file,
        field: 'translationOf',
        value: original,
        message: 'must name an item in another language',
      });
    }
  }
  return { entries, problems };
}

/**
 * Data notes, each of which must point at rows that exist: a note on a country the table does not
 * have (a typo in its code) would otherwise never be shown.
 */
export function checkDataNotes(root: string): ContentProblem[] {
  const notes = readDataNotes(root);
  const stocks = readStocks(root).entries.map((entry) => entry.data);
  const refugees = readRefugees(root).entries.map((entry) => entry.data);
  const unknown = notes.entries.filter(({ data }) =>
    data.dataset === DATASETS.stocks.id
      ? !stocks.some((row) => row.iso3 === data.iso3 && (data.direction === undefined || row.direction === data.direction))
      : !refugees.some((row) => row.origin_iso3 === data.iso3 || row.asylum_country_iso3 === data.iso3),
  );
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

/** Reads every kind of content and returns all problems at once (empty when all is well). */
export function checkAllContent(root: string): ContentProblem[] {
  const sources = readSources(root);
  const sourceIds = new Set(sources.entries.map((entry) => entry.id));
  const datasetSources = Object.values(DATASETS)
    .filter((dataset) => !sourceIds.has(dataset.source))
    .map((dataset) => ({
      file: 'src/content/datasets.ts',
      field: `${dataset.id}.source`,
      value: dataset.source,
      message: `is not a source id of ${CONTENT_PATHS.sources}`,
    }));
  return [
    ...sources.problems,
    ...datasetSources,
    ...readFacts(root, sourceIds).problems,
    ...checkDataNotes(root),
    ...readStocks(root).problems,
    ...readRefugees(root).problems,
    ...readNews(root).problems,
    ...readProvenance(root).problems,
  ];
}
