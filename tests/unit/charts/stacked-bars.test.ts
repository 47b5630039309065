/** A stacked bar chart's geometry: segments in order, their heights in proportion to their values. */
import { describe, expect, it } from 'vitest';
import { stackedBars } from '../../../src/charts/stacked-bars.ts';

const chart = stackedBars(
  {
    categories: ['a', 'b'] as const,
    bars: [
      { year: 2020, values: { a: 100, b: 300 } },
      { year: 2021, values: { a: 200, b: null } },
    ],
  },
  { height: 240, top: 20, bottom: 20, left: 10, right: 0, gap: 0.5 },
);

describe('stackedBars', () => {
  it('gives each bar its total, and the slots of the width in order', () => {
    expect(chart.bars.map((bar) => [bar.year, bar.total])).toEqual([
      [2020, 400],
      [2021, 200],
    ]);
    expect(chart.bars[0]!.x).toBeLessThan(chart.bars[1]!.x);
    expect(chart.bars[0]!.width).toBeCloseTo(45 / 2, 5);
  });

  it('stacks the categories from the axis up, heights in proportion to values', () => {
    const [a, b] = chart.bars[0]!.segments;
    expect(a!.category).toBe('a');
    expect(b!.height / a!.height).toBeCloseTo(3, 1);
    // b sits on a: its bottom is a's top.
    expect(b!.y + b!.height).toBeCloseTo(a!.y, 1);
    expect(a!.y + a!.height).toBeCloseTo(chart.plot.top + chart.plot.height, 1);
  });

  it('counts a category a year does not report as none', () => {
    expect(chart.bars[1]!.segments[1]).toMatchObject({ category: 'b', value: 0, height: 0 });
  });
});
