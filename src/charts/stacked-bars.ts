/**
 * A stacked bar chart's geometry, shaped at build time: one bar per year, its categories stacked
 * from the axis in a fixed order, a value axis from zero with a few round ticks.
 */
import { scaleLinear } from 'd3-scale';
import { round, type PlotBox } from './layout.ts';

export interface StackedBarsInput<K extends string> {
  /** The categories, bottom to top. */
  categories: readonly K[];
  /** One bar per year; a category a year lacks counts as none. */
  bars: readonly { year: number; values: Partial<Record<K, number | null>> }[];
}

export interface StackedBarsModel<K extends string> {
  height: number;
  plot: PlotBox;
  bars: {
    year: number;
    /** Left edge and width, in percent of the chart's width. */
    x: number;
    width: number;
    /** The bar's total, and its top in pixels. */
    total: number;
    top: number;
    segments: { category: K; value: number; y: number; height: number }[];
  }[];
  yTicks: { value: number; y: number }[];
}

export interface StackedBarsOptions {
  height?: number;
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  ticks?: number;
  /** The gap between bars, as a fraction of each bar's slot. */
  gap?: number;
}

export function stackedBars<K extends string>(
  input: StackedBarsInput<K>,
  options: StackedBarsOptions = {},
): StackedBarsModel<K> {
  const { height = 260, left = 13, right = 2, top = 16, bottom = 28, ticks = 4, gap = 0.25 } = options;
  const plot: PlotBox = { left, width: 100 - left - right, top, height: height - top - bottom };
  if (input.bars.length === 0) throw new Error('a bar chart needs at least one bar');
  const totals = input.bars.map((bar) =>
    input.categories.reduce((sum, category) => sum + (bar.values[category] ?? 0), 0),
  );
  const y = scaleLinear()
    .domain([0, Math.max(...totals)])
    .nice(ticks)
    .range([plot.height, 0]);
  const slot = plot.width / input.bars.length;
  return {
    height,
    plot,
    bars: input.bars.map((bar, index) => {
      let base = 0;
      const segments = input.categories.map((category) => {
        const value = bar.values[category] ?? 0;
        const segment = {
          category,
          value,
          y: round(plot.top + y(base + value)),
          height: round(y(base) - y(base + value)),
        };
        base += value;
        return segment;
      });
      return {
        year: bar.year,
        x: round(plot.left + slot * index + (slot * gap) / 2, 2),
        width: round(slot * (1 - gap), 2),
        total: totals[index]!,
        top: round(plot.top + y(totals[index]!)),
        segments,
      };
    }),
    yTicks: y.ticks(ticks).map((value) => ({ value, y: round(plot.top + y(value)) })),
  };
}
