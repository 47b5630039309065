/**
 * Reads `content/data/provenance.json` (see `src/schemas/provenance.ts`) with the same kind of
 * file-and-field messages as the other content readers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemsFromZod, type ContentProblem } from '../lib/content-problem.ts';
import { provenanceSchema, type ProvenanceEntry } from '../schemas/provenance.ts';
import type { ReadResult } from './entries.ts';

export const PROVENANCE_PATH = 'content/data/provenance.json';

/** One entry per dataset, keyed by dataset id; or every problem found in the file. */
export function readProvenance(root: string): ReadResult<ProvenanceEntry> {
  const file = PROVENANCE_PATH;
  const path = join(root, file);
  if (!existsSync(path)) {
    return {
      entries: [],
      problems: [{ file, field: '', message: 'is missing (npm run data:update writes it)' }],
    };
  }
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      entries: [],
      problems: [{ file, field: '', message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  const result = provenanceSchema.safeParse(raw);
  if (!result.success) {
    return {
      entries: [],
      problems: problemsFromZod(result.error, file, raw).map((problem) => {
        const index = Number(problem.field.split('.')[1]);
        const line = problem.field.startsWith('datasets.') ? entryLine(text, raw, index) : undefined;
        return line === undefined ? problem : { ...problem, line };
      }),
    };
  }
  const rawEntries = (raw as { datasets: unknown[] }).datasets;
  return {
    entries: result.data.datasets.map((data, index) => ({ id: data.id, data, raw: rawEntries[index], file })),
    problems: [],
  };
}

/** Entries whose file is missing or no longer has the recorded SHA-256 (edited by hand since). */
export function checkProvenanceHashes(
  root: string,
  entries: readonly { data: ProvenanceEntry }[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  entries.forEach(({ data }) => {
    const path = join(root, data.file);
    if (!existsSync(path)) {
      problems.push({ file: PROVENANCE_PATH, field: `${data.id}.file`, value: data.file, message: 'is missing' });
      return;
    }
    const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (actual !== data.sha256) {
      problems.push({
        file: PROVENANCE_PATH,
        field: `${data.id}.sha256`,
        value: data.sha256,
        message: `does not match ${data.file} (now ${actual}): the file changed after it was retrieved`,
      });
    }
  });
  return problems;
}

/** The latest `retrievedAt` of the entries (an ISO timestamp), or null when none is known. */
export function lastRetrievedAt(entries: readonly { data: ProvenanceEntry }[]): string | null {
  const times = entries.map(({ data }) => data.retrievedAt).filter((time): time is string => time !== null);
  return times.length === 0
    ? null
    : times.reduce((latest, time) => (Date.parse(time) > Date.parse(latest) ? time : latest));
}

/** The line of entry `index` in the file: the line of its `"id"`, when it can be found. */
function entryLine(text: string, raw: unknown, index: number): number | undefined {
  if (!Number.isInteger(index) || raw === null || typeof raw !== 'object') return undefined;
  const entry = (raw as { datasets?: unknown }).datasets;
  if (!Array.isArray(entry)) return undefined;
  const id = (entry[index] as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') return undefined;
  const at = text.indexOf(`"id": ${JSON.stringify(id)}`);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
