/**
 * Net migration: the latest year and the one before, since when the balance has had its sign and
 * its largest value since then, provisional years; on small series, then on Peru's from the table.
 */
import { describe, expect, it } from 'vitest';
import { netMigrationFigure } from '../../../src/profile/net-migration.ts';
import type { NetMigrationRow } from '../../../src/schemas/flows.ts';

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
