/**
 * Net migration: the latest year and the one before, since when the balance has had its sign and
 * its largest value since then, provisional years; on small series, then on Peru's from the table.
 */
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { netMigrationFigure } from '../../../src/profile/net-migration.ts';
import type { NetMigrationRow } from '../../../src/schemas/flows.ts';
import { netMigrationRows } from './flow-data.ts';

/** Rows of one country from `first` on, one balance a year (the rate a tenth of it). */
const rows = (first: number, balances: number[]): NetMigrationRow[] =>
  balances.map((net, index) => ({
    iso3: 'PER',
    m49: 604,
    year: first + index,
    net_migrants: net,
    net_migration_rate: net / 10,
  }));

describe('netMigrationFigure', () => {
  it('gives the latest year, the year before, and each year with its balance and rate', () => {
    const figure = netMigrationFigure(rows(2000, [-5, 3]))!;
    expect(figure.latest).toEqual({ year: 2001, net: 3, rate: 0.3, provisional: false });
    expect(figure.previous).toEqual({ year: 2000, net: -5, rate: -0.5, provisional: false });
    expect(figure.series.map((entry) => entry.year)).toEqual([2000, 2001]);
  });

  it('reads rows in any order', () => {
    const figure = netMigrationFigure(rows(2000, [-5, -3, 2, 8, 4]).reverse())!;
    expect(figure.series.map((entry) => entry.year)).toEqual([2000, 2001, 2002, 2003, 2004]);
    expect(figure.latest.year).toBe(2004);
  });

  it('after a change of sign: since the first year of the present sign, and its largest year', () => {
    const figure = netMigrationFigure(rows(2000, [-5, -30, 2, 8, 4]))!;
    expect(figure.since!.year).toBe(2002);
    // -30 is larger in size, but belongs to the years before the change.
    expect(figure.extreme!.year).toBe(2003);
  });

  it('for net emigration, the largest year is the most negative one', () => {
    const figure = netMigrationFigure(rows(2000, [40, -2, -9, -3]))!;
    expect(figure.since!.year).toBe(2001);
    expect(figure.extreme).toMatchObject({ year: 2002, net: -9 });
  });

  it('a series that never changes sign: since its first year', () => {
    const figure = netMigrationFigure(rows(1950, [-1, -9, -3]))!;
    expect(figure.since!.year).toBe(1950);
    expect(figure.extreme!.year).toBe(1951);
  });

  it('a year of exactly 0 ends a run like a change of sign', () => {
    const figure = netMigrationFigure(rows(2000, [4, 0, 2, 3]))!;
    expect(figure.since!.year).toBe(2002);
    expect(figure.extreme!.year).toBe(2003);
  });

  it('a latest balance of 0 has no sign: no "since" and no largest year', () => {
    const figure = netMigrationFigure(rows(2000, [5, 3, 0]))!;
    expect(figure.latest.net).toBe(0);
    expect(figure.previous!.net).toBe(3);
    expect(figure).not.toHaveProperty('since');
    expect(figure).not.toHaveProperty('extreme');
  });

  it('a single year: no year before, and the run is that year', () => {
    const figure = netMigrationFigure(rows(2023, [24783]))!;
    expect(figure).not.toHaveProperty('previous');
    expect(figure.since!.year).toBe(2023);
    expect(figure.extreme!.year).toBe(2023);
  });

  it('marks the years from the first provisional one, and says which it is', () => {
    const figure = netMigrationFigure(rows(2020, [1, 2, 3, 4]), 2022)!;
    expect(figure.series.map((entry) => [entry.year, entry.provisional])).toEqual([
      [2020, false],
      [2021, false],
      [2022, true],
      [2023, true],
    ]);
    expect(figure.provisionalFrom).toBe(2022);
    expect(figure.latest.provisional).toBe(true);
  });

  it('has no provisional year without a first one, or when it comes after the series', () => {
    for (const provisionalFrom of [undefined, 2030]) {
      const figure = netMigrationFigure(rows(2020, [1, 2]), provisionalFrom)!;
      expect(figure.series.every((entry) => !entry.provisional)).toBe(true);
      expect(figure).not.toHaveProperty('provisionalFrom');
    }
  });

  it('gives nothing for no rows', () => {
    expect(netMigrationFigure([])).toBeUndefined();
  });
});

describe("netMigrationFigure: Peru's net migration, UN DESA's World Population Prospects 2024", () => {
  const peru = netMigrationRows('PER');
  const provisionalFrom = datasetFor('world-net-migration', 'net-migration').periods.provisionalFrom;
  const figure = netMigrationFigure(peru, provisionalFrom)!;
  const byYear = new Map(peru.map((row) => [row.year, row.net_migrants]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const last = years.at(-1)!;
  // The first positive year after the last negative one, and the largest year from then on.
  const lastNegative = Math.max(...years.filter((year) => byYear.get(year)! < 0));
  const runStart = lastNegative + 1;
  const run = years.filter((year) => year >= runStart);
  const largest = run.reduce((best, year) => (byYear.get(year)! > byYear.get(best)! ? year : best));

  it('the table has every year from 1950, and the run since the last negative year is all positive', () => {
    expect(years[0]).toBe(1950);
    expect(years).toHaveLength(last - 1950 + 1);
    expect(run.every((year) => byYear.get(year)! > 0)).toBe(true);
  });

  it('leads with the latest year (2023: 24,783), set beside the year before', () => {
    expect(last).toBe(2023);
    expect(figure.latest).toMatchObject({ year: last, net: byYear.get(last) });
    expect(figure.latest.net).toBe(24_783);
    expect(figure.previous).toMatchObject({ year: last - 1, net: byYear.get(last - 1) });
  });

  it('has been positive since 2015, after negative years, with its largest year 2018 (339,067)', () => {
    expect(runStart).toBe(2015);
    expect(byYear.get(runStart - 1)!).toBeLessThan(0);
    expect(figure.since).toMatchObject({ year: runStart, net: byYear.get(runStart) });
    expect(largest).toBe(2018);
    expect(figure.extreme).toMatchObject({ year: largest, net: byYear.get(largest) });
    expect(figure.extreme!.net).toBe(339_067);
  });

  it("marks the registry's provisional years (2022 and 2023) and only those", () => {
    expect(provisionalFrom).toBe(2022);
    expect(figure.provisionalFrom).toBe(provisionalFrom);
    expect(figure.series.filter((entry) => entry.provisional).map((entry) => entry.year)).toEqual(
      years.filter((year) => year >= provisionalFrom),
    );
  });
});
