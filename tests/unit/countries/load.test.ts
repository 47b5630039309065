/**
 * The world tables as committed: they pass the checker's rules, every country's tables are shaped
 * from them, and for Peru the shape equals the curated table of the profile.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { readDatasetTable } from '../../../src/datasets/tables.ts';
import { readWorld } from '../../../src/countries/load.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { LOCALES } from '../../../src/i18n/languages.ts';

const root = process.cwd();
const world = readWorld(root);

describe('the world tables', () => {
  it("pass the corridors' rules: origins plus XXX equal WLD for every destination, sex and year", () => {
    const dataset = datasetFor('world-stocks', 'corridor-by-sex');
    expect(readDatasetTable(dataset, readFileSync(dataset.file, 'utf8')).problems).toEqual([]);
  });

  it("shape Peru's rows as the profile's own table has them", () => {
    const curated = parseCsv(readFileSync('content/data/undesa-ims2024-peru.csv', 'utf8')).map(
      ({ cells }) =>
        `${cells.direction}|${cells.iso3}|${cells.year}|${cells.count}|${cells.male}|${cells.female}`,
    );
    const shaped = world.byIso3
      .get('PER')!
      .tables.stocks.map(
        (row) => `${row.direction}|${row.iso3}|${row.year}|${row.count}|${row.male}|${row.female}`,
      );
    expect(shaped.sort()).toEqual(curated.sort());
  });

  it("shape Peru's UNHCR rows as the profile's own table has them", () => {
    const curated = parseCsv(readFileSync('content/data/unhcr-peru.csv', 'utf8')).length;
    expect(world.byIso3.get('PER')!.tables.protection).toHaveLength(curated);
  });

  it('give every country a slug in every edition, unique within it', () => {
    for (const locale of LOCALES) {
      const slugs = world.countries.map((country) => country.slugs[locale]);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(world.byIso3.get('DEU')!.slugs).toEqual({ es: 'alemania', en: 'germany', pt: 'alemanha' });
  });

  it('list every country of the regions table and every country the data names', () => {
    expect(world.countries.length).toBeGreaterThanOrEqual(249);
    expect(world.byIso3.has('CHI')).toBe(false);
    expect(world.byIso3.get('ATA')!.tables.stocks).toEqual([]);
    expect(world.byIso3.get('CHL')!.region).toBe('019');
  });
});
