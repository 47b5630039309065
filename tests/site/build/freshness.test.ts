/** "Data updated on …": the site says when each table was retrieved, and when it was edited since. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readVariant } from '../support/variant.ts';

// The variant site records one retrieval date for every table, then has the map's table edited by hand.
const profile = readVariant('en/index.html');

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
