/** content/data/provenance.json as the site and the updater read it, and the file committed with the project. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkProvenanceHashes,
  lastRetrievedAt,
  PROVENANCE_PATH,
  readProvenance,
} from '../../../src/content/provenance.ts';
import { DATASETS } from '../../../src/datasets/registry.ts';
import { describeProblem } from '../../../src/lib/content-problem.ts';

const PROJECT = process.cwd();

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

describe('readProvenance', () => {
  it('reads the committed file: one entry per table, carried over with no date, hashes matching the tables', () => {
    const { entries, problems } = readProvenance(PROJECT);
    expect(problems).toEqual([]);
    // One entry per dataset of the registry, naming its file.
    expect(entries.map((entry) => [entry.id, entry.data.file]).sort()).toEqual(
      DATASETS.map((dataset) => [dataset.id, dataset.file]).sort(),
    );
    for (const { data } of entries) {
      // A table not downloaded by the updater says where it came from instead of a date.
      if (data.retrievedAt === null) expect(data.note).toMatch(/^Carried over .*When it was retrieved is not recorded\.$/);
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
