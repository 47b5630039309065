/** Removals from the US by fiscal year, each published whole: on a small table, then on Peru's. */
import { describe, expect, it } from 'vitest';
import { removalsFigure, removalYears } from '../../../src/profile/removals.ts';
import type { RemovalsRow } from '../../../src/schemas/flows.ts';

const row = (fiscal_year: number, removals: number, citizenship_name = 'Peru'): RemovalsRow => ({
  fiscal_year,
  citizenship_iso3: 'PER',
  citizenship_name,
  removals,
});

describe('removalYears', () => {
  it('sums rows by fiscal year, in order; a year of a report is whole, never partial', () => {
    expect(removalYears([row(2024, 4), row(2014, 6), row(2024, 1, 'PERU')])).toEqual([
      { period: 2014, value: 6, partial: false },
      { period: 2024, value: 5, partial: false },
    ]);
  });
});

describe('removalsFigure', () => {
  it('leads with the latest fiscal year, the one before and the change', () => {
    const figure = removalsFigure([row(2022, 980), row(2024, 4301), row(2023, 5062)])!;
    expect(figure.latest.latest).toEqual({ period: 2024, value: 4301, partial: false });
    expect(figure.latest.previous).toEqual({ period: 2023, value: 5062, partial: false });
    expect(figure.latest.change).toBeCloseTo(4301 / 5062 - 1, 12);
    expect(figure.latest.peak.period).toBe(2023);
    expect(figure.latest).not.toHaveProperty('sinceThen');
  });

  it('a year of zero removals is a figure, with no change after it', () => {
    const figure = removalsFigure([row(2019, 0), row(2020, 3)])!;
    expect(figure.latest.previous!.value).toBe(0);
    expect(figure.latest).not.toHaveProperty('change');
  });

  it('leads with a citizenship’s only fiscal year, with no year before it', () => {
    const figure = removalsFigure([row(2024, 7)])!;
    expect(figure.latest.latest).toEqual({ period: 2024, value: 7, partial: false });
    expect(figure.latest).not.toHaveProperty('previous');
    expect(figure.latest).not.toHaveProperty('change');
  });

  it('gives nothing when ICE lists none', () => {
    expect(removalsFigure([])).toBeUndefined();
  });
});
