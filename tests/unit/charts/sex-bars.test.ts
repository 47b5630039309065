/** Bars split by sex: one scale for all rows, women then men, and their widths in proportion. */
import { describe, expect, it } from 'vitest';
import { sexBars } from '../../../src/charts/sex-bars.ts';

describe('sexBars', () => {
  const chart = sexBars({
    rows: [
      { iso3: 'AAA', name: 'A', count: 200, women: 120 },
      { iso3: 'BBB', name: 'B', count: 50, women: 10 },
    ],
  });

  it('gives the largest row the whole width, the others their share of it', () => {
    const [a, b] = chart.rows;
    expect(a!.womenWidth + a!.menWidth).toBeCloseTo(100, 5);
    expect(b!.womenWidth + b!.menWidth).toBeCloseTo(25, 5);
  });

  it('splits each bar into women and men by their numbers', () => {
    const [a] = chart.rows;
    expect(a!.men).toBe(80);
    expect(a!.womenWidth / a!.menWidth).toBeCloseTo(120 / 80, 5);
  });

  it('stacks the rows down the chart, each text line above its bar', () => {
    const [a, b] = chart.rows;
    expect(a!.textY).toBeLessThan(a!.barY);
    expect(b!.textY).toBeGreaterThan(a!.barY + chart.barHeight);
    expect(chart.height).toBeGreaterThanOrEqual(b!.barY + chart.barHeight);
  });
});
