/** "Data updated on …": the site says when each table was retrieved, and when it was edited since. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../../scripts/support/project-copy.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';

let copy: ProjectCopy;
let profile: string;

beforeAll(() => {
  copy = copyProject();
  const path = join(copy.root, 'content/data/provenance.json');
  const provenance = JSON.parse(readFileSync(path, 'utf8'));
  const sha = (file: string) =>
    createHash('sha256')
      .update(readFileSync(join(copy.root, file)))
      .digest('hex');
  for (const entry of provenance.datasets) {
    entry.retrievedAt = '2026-03-05T06:00:00.000Z';
    entry.sourceUrl = 'https://example.org/source';
    entry.sha256 = sha(entry.file);
  }
  writeFileSync(path, JSON.stringify(provenance, null, 2));
  // The map's table is then edited by hand: one count changes (with its men, so that it stays valid).
  const stocks = join(copy.root, datasetFor('map', 'stock-by-sex').file);
  const text = readFileSync(stocks, 'utf8');
  const row = 'emigrants,CHL,Chile,2024,261522,131346,130176';
  if (!text.includes(row)) throw new Error(`the map's table no longer has the row ${row}`);
  writeFileSync(stocks, text.replace(row, 'emigrants,CHL,Chile,2024,261521,131345,130176'));
  const result = copy.build();
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  profile = readFileSync(join(copy.root, 'dist/en/index.html'), 'utf8');
}, 240_000);
afterAll(() => copy?.remove());

describe('data freshness on the profile', () => {
  it('gives the retrieval date of a table unchanged since', () => {
    expect(profile).toContain('Data retrieved from the source on 5 March 2026.');
  });

  it('says when a table was edited by hand after its retrieval', () => {
    expect(profile).toContain('Edited by hand after its last retrieval (5 March 2026).');
  });
});

describe('data freshness with the carried-over tables', () => {
  it('says the retrieval date is not recorded rather than inventing one', () => {
    expect(readFileSync('dist/en/index.html', 'utf8')).toContain('Retrieval date not recorded');
  });
});
