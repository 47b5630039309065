/** How a newer edition revises an older one's world totals: the years both give, and the change. */
import { describe, expect, it } from 'vitest';
import { totalRevisions } from '../../../src/profile/revisions.ts';
import type { StockDirection, StockRow } from '../../../src/schemas/stock.ts';

function row(direction: StockDirection, iso3: string, year: number, count: number): StockRow {
  return { direction, iso3, country: iso3, year, count };
}

// The older edition stops at 2020 and gives 0 emigrants that year; the newer one adds 2024 and drops
// 2005 for immigrants.
const older: StockRow[] = [
  row('immigrants', 'WLD', 2015, 40),
  row('emigrants', 'WLD', 2010, 200),
  row('emigrants', 'USA', 2010, 120),
  row('immigrants', 'WLD', 2010, 50),
  row('emigrants', 'WLD', 2000, 100),
  row('emigrants', 'WLD', 2020, 0),
  row('immigrants', 'WLD', 2005, 30),
];
const newer: StockRow[] = [
  row('immigrants', 'WLD', 2015, 50),
  row('emigrants', 'WLD', 2024, 400),
  row('emigrants', 'WLD', 2010, 150),
  row('emigrants', 'USA', 2010, 20),
  row('emigrants', 'WLD', 2020, 300),
  row('immigrants', 'WLD', 2010, 0),
  row('emigrants', 'WLD', 2000, 150),
];

describe('totalRevisions', () => {
  const revisions = totalRevisions(older, newer);

  it('gives both totals and the change for each year both editions give, emigrants then immigrants, years ascending', () => {
    expect(revisions).toEqual([
      { direction: 'emigrants', year: 2000, older: 100, newer: 150, change: 0.5 },
      { direction: 'emigrants', year: 2010, older: 200, newer: 150, change: -0.25 },
      { direction: 'immigrants', year: 2010, older: 50, newer: 0, change: -1 },
      { direction: 'immigrants', year: 2015, older: 40, newer: 50, change: 0.25 },
    ]);
  });

  it('leaves out a year the older edition gives as 0 (no change can be computed from it)', () => {
    expect(revisions.some((revision) => revision.direction === 'emigrants' && revision.year === 2020)).toBe(
      false,
    );
  });

  it('leaves out years only one edition gives', () => {
    const years = revisions.map((revision) => revision.year);
    expect(years).not.toContain(2024);
    expect(years).not.toContain(2005);
  });

  it('compares world totals only, not the countries', () => {
    expect(
      revisions.filter((revision) => revision.year === 2010 && revision.direction === 'emigrants'),
    ).toEqual([{ direction: 'emigrants', year: 2010, older: 200, newer: 150, change: -0.25 }]);
  });

  it('gives a change of 0 for every year of an edition compared with itself', () => {
    const same = totalRevisions(newer, newer);
    expect(same.map((revision) => [revision.direction, revision.year])).toEqual([
      ['emigrants', 2000],
      ['emigrants', 2010],
      ['emigrants', 2020],
      ['emigrants', 2024],
      ['immigrants', 2015],
    ]);
    expect(same.every((revision) => revision.change === 0)).toBe(true);
  });

  it('gives nothing for a direction either edition lacks', () => {
    const emigrantsOnly = newer.filter((entry) => entry.direction === 'emigrants');
    expect(totalRevisions(older, emigrantsOnly).every((revision) => revision.direction === 'emigrants')).toBe(
      true,
    );
    expect(totalRevisions(emigrantsOnly, newer).every((revision) => revision.direction === 'emigrants')).toBe(
      true,
    );
    expect(totalRevisions([], newer)).toEqual([]);
    expect(totalRevisions(older, [])).toEqual([]);
  });
});
