/**
 * The world tables as committed: they pass the checker's rules, and every country's tables are shaped
 * from them (Peru's recomputed here from the tables' rows).
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

  // Recomputed here from the world tables themselves, not from the profile's curated tables: those
  // are refreshed from other sources (UNHCR's API), so after a refresh the two may rightly differ.
  it("shape Peru's stocks from the corridors: its rows as origin with their sum, its rows as destination", () => {
    const corridors = parseCsv(readFileSync(datasetFor('world-stocks', 'corridor-by-sex').file, 'utf8')).map(
      ({ cells }) => cells,
    );
    const key = (
      direction: string,
      iso3: string,
      year: string,
      count: number,
      male: number,
      female: number,
    ) => `${direction}|${iso3}|${year}|${count}|${male}|${female}`;
    const abroad = corridors.filter((row) => row.origin === 'PER');
    const expected = [
      ...abroad.map((row) =>
        key(
          'emigrants',
          row.destination!,
          row.year!,
          Number(row.count || Number(row.male) + Number(row.female)),
          Number(row.male),
          Number(row.female),
        ),
      ),
      ...[...new Set(abroad.map((row) => row.year!))].map((year) => {
        const rows = abroad.filter((row) => row.year === year);
        const sum = (column: 'count' | 'male' | 'female') =>
          rows.reduce((total, row) => total + Number(row[column] || 0), 0);
        return key('emigrants', 'WLD', year, sum('count'), sum('male'), sum('female'));
      }),
      ...corridors
        .filter((row) => row.destination === 'PER')
        .map((row) =>
          key('immigrants', row.origin!, row.year!, Number(row.count), Number(row.male), Number(row.female)),
        ),
    ];
    const shaped = world.byIso3
      .get('PER')!
      .tables.stocks.map((row) =>
        key(row.direction, row.iso3, String(row.year), row.count, row.male, row.female),
      );
    expect(shaped.sort()).toEqual(expected.sort());
  });

  it("shape Peru's UNHCR rows from the population table: as host or as origin, none in its own country", () => {
    const population = parseCsv(
      readFileSync(datasetFor('world-protection', 'unhcr-population').file, 'utf8'),
    ).map(({ cells }) => cells);
    const own = population.filter(
      (row) => (row.coo_iso === 'PER' || row.coa_iso === 'PER') && row.coo_iso !== row.coa_iso,
    );
    expect(world.byIso3.get('PER')!.tables.protection).toHaveLength(own.length);
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
