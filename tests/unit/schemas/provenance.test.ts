/** content/data/provenance.json: where each table came from, when, and with which hash. */
import { describe, expect, it } from 'vitest';
import { PROVENANCE_PATH } from '../../../src/content/provenance.ts';
import { problemsFromZod } from '../../../src/lib/content-problem.ts';
import { provenanceSchema } from '../../../src/schemas/provenance.ts';

const ENTRY = {
  id: 'unhcr-venezuela-to-peru',
  file: 'content/data/unhcr-venezuela-to-peru.csv',
  sourceUrl: 'https://api.unhcr.org/population/v1/population/?coo=VEN&coa=PER',
  retrievedAt: '2026-11-28T06:00:00.000Z',
  sha256: 'a'.repeat(64),
  edition: 'Population table',
};

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
