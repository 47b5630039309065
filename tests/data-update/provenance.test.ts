/** content/data/provenance.json: its schema, its reader, and the file committed with the project. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkProvenanceHashes,
  lastRetrievedAt,
  PROVENANCE_PATH,
  readProvenance,
} from '../../src/content/provenance.ts';
import { describeProblem, problemsFromZod } from '../../src/lib/content-problem.ts';
import { provenanceSchema } from '../../src/schemas/provenance.ts';
import { PROJECT } from './support.ts';

const ENTRY = {
  id: 'unhcr-venezuela-to-peru',
  file: 'content/data/unhcr-venezuela-to-peru.csv',
  sourceUrl: 'https://api.unhcr.org/population/v1/population/?coo=VEN&coa=PER',
  retrievedAt: '2026-11-28T06:00:00.000Z',
  sha256: 'a'.repeat(64),
  edition: 'Population table',
};

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A root whose provenance.json holds `text`. */
function rootWith(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'provenance-'));
  roots.push(root);
  mkdirSync(join(root, 'content/data'), { recursive: true });
  writeFileSync(join(root, PROVENANCE_PATH), text);
  return root;
}

describe('provenance schema', () => {
  it('accepts an entry written by the updater, and a carried-over one with a null date and a note', () => {
    const carried = {
      ...ENTRY,
      sourceUrl: null,
      retrievedAt: null,
      note: 'Carried over with the first data.',
    };
    expect(provenanceSchema.safeParse({ datasets: [ENTRY] }).success).toBe(true);
    expect(provenanceSchema.safeParse({ datasets: [carried] }).success).toBe(true);
  });

  it.each([
    ['an unknown field', { ...ENTRY, retrieved: 'x' }, 'datasets.0.retrieved'],
    ['a null date without a note', { ...ENTRY, retrievedAt: null }, 'datasets.0.note'],
    ['a date that is not a UTC timestamp', { ...ENTRY, retrievedAt: '28/11/2026' }, 'datasets.0.retrievedAt'],
    [
      'a local-time timestamp',
      { ...ENTRY, retrievedAt: '2026-11-28T06:00:00+01:00' },
      'datasets.0.retrievedAt',
    ],
    ['a bad hash', { ...ENTRY, sha256: 'ABC' }, 'datasets.0.sha256'],
    ['a javascript: URL', { ...ENTRY, sourceUrl: 'javascript:alert(1)' }, 'datasets.0.sourceUrl'],
    ['a file outside content/data/', { ...ENTRY, file: 'content/other.csv' }, 'datasets.0.file'],
    ['a blank edition', { ...ENTRY, edition: ' ' }, 'datasets.0.edition'],
  ])('refuses %s', (_name, entry, path) => {
    const input = { datasets: [entry] };
    const result = provenanceSchema.safeParse(input);
    expect(result.success).toBe(false);
    // Fields as the content checker names them (an unknown key at the key itself).
    expect(problemsFromZod(result.error!, PROVENANCE_PATH, input).map((problem) => problem.field)).toContain(
      path,
    );
  });

  it('refuses a dataset listed twice', () => {
    const result = provenanceSchema.safeParse({ datasets: [ENTRY, ENTRY] });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['datasets.1.id', 'repeats the dataset unhcr-venezuela-to-peru'],
    ]);
  });
});

describe('readProvenance', () => {
  it('reads the committed file: one entry per table, carried over with no date, hashes matching the tables', () => {
    const { entries, problems } = readProvenance(PROJECT);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.id).sort()).toEqual([
      'undesa-ims2020-peru',
      'unhcr-venezuela-to-peru',
    ]);
    for (const { data } of entries) {
      if (data.retrievedAt === null) expect(data.note).toMatch(/Carried over with the site.s first data/);
    }
    // A table edited by hand after its retrieval shows up here: update provenance.json with it.
    expect(checkProvenanceHashes(PROJECT, entries).map(describeProblem)).toEqual([]);
  });

  it('names file, line and field of a mistake', () => {
    const root = rootWith(
      JSON.stringify({ datasets: [ENTRY, { ...ENTRY, id: 'other', sha256: 'x' }] }, null, 2),
    );
    const { entries, problems } = readProvenance(root);
    expect(entries).toEqual([]);
    expect(problems.map(describeProblem)).toEqual([
      `${PROVENANCE_PATH}:12: datasets.1.sha256: must be 64 lower-case hexadecimal digits (got "x")`,
    ]);
  });

  it('reports a missing file and malformed JSON as problems, not crashes', () => {
    expect(readProvenance(join(tmpdir(), 'no-such-root-here')).problems[0]?.message).toContain('is missing');
    expect(readProvenance(rootWith('{ "datasets": [')).problems[0]?.message).toContain('is not valid JSON');
  });

  it('reports tables whose hash no longer matches, and gives the latest retrieval time', () => {
    const root = rootWith(
      JSON.stringify({
        datasets: [
          ENTRY,
          { ...ENTRY, id: 'b', retrievedAt: '2026-12-01T00:00:00Z', file: 'content/data/b.csv' },
        ],
      }),
    );
    writeFileSync(join(root, 'content/data/unhcr-venezuela-to-peru.csv'), 'edited\r\n');
    const { entries } = readProvenance(root);
    expect(lastRetrievedAt(entries)).toBe('2026-12-01T00:00:00Z');
    expect(lastRetrievedAt([])).toBe(null);
    expect(
      checkProvenanceHashes(root, entries).map((problem) => [problem.field, problem.message.split(' (')[0]]),
    ).toEqual([
      ['unhcr-venezuela-to-peru.sha256', 'does not match content/data/unhcr-venezuela-to-peru.csv'],
      ['b.file', 'is missing'],
    ]);
  });
});
