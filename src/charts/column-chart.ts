/**
 * A column chart's geometry, shaped at build time: one column per period (a year, a fiscal year),
 * rising from zero or, for a negative value, falling below it; a value axis through zero with a few
 * round ticks; a gap where a period has no value. Columns a caller marks (a partial year, a
 * provisional estimate) are drawn apart, so that the chart can hatch them. The columns of each kind
 * are one path in the plot's own coordinates: a chart of 74 years stays a few hundred bytes.
 */
import { scaleLinear } from 'd3-scale';
import { PLOT_UNITS, round, type PlotBox } from './layout.ts';

export interface ColumnInput {
  /** The period, as the axis names it (`2023`, `FY2024`). */
  label: string;
  /** null: no value for the period (a gap, never a zero). */
  value: number | null;
  /** Drawn apart: a partial period, a provisional estimate. */
  marked?: boolean;
}

/** Which columns a path draws: above or below zero, marked or not. */
export type ColumnKind = 'positive' | 'negative' | 'positive-marked' | 'negative-marked';

export interface ColumnChartModel {
  height: number;
  plot: PlotBox;
  /** One path per kind of column that has any, in the plot's own coordinates (x 0–PLOT_UNITS). */
  paths: { kind: ColumnKind; d: string }[];
  /** Where zero is, in pixels from the chart's top. */
  zeroY: number;
  yTicks: { value: number; y: number }[];
  /** The periods named below the axis (every one, or a round step of them), at their column's centre in percent. */
  xLabels: { label: string; x: number }[];
  /** True when some value is below zero. */
  hasNegative: boolean;
  hasMarked: boolean;
  hasGaps: boolean;
}

export interface ColumnChartOptions {
  height?: number;
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  ticks?: number;
  /** The gap between columns, as a fraction of each column's slot. */
  gap?: number;
  /** At most this many periods named below the axis (a 390-pixel phone fits about eight). */
  maxLabels?: number;
}

/** Steps between named periods, smallest first: years 1950, 1960… rather than 1950, 1959… */
const LABEL_STEPS = [1, 2, 5, 10, 20, 25, 50];

/**
 * The indices of the periods to name: all of them when they fit; otherwise, for labels that are
 * years, the years divisible by the smallest step that fits; for other labels, every n-th counted
 * back from the last.
 */
function labelled(labels: readonly string[], maxLabels: number): number[] {
  const all = labels.map((_, index) => index);
  if (labels.length <= maxLabels) return all;
  if (labels.every((label) => /^\d{4}$/.test(label))) {
    for (const step of LABEL_STEPS) {
      const picked = all.filter((index) => Number(labels[index]) % step === 0);
      if (picked.length <= maxLabels && picked.length > 0) return picked;
    }
  }
  const step = Math.ceil(labels.length / maxLabels);
  return all.filter((index) => (labels.length - 1 - index) % step === 0);
}

export function columnChart(
  columns: readonly ColumnInput[],
  options: ColumnChartOptions = {},
): ColumnChartModel {
  const {
    height = 240,
    left = 13,
    right = 2,
    top = 16,
    bottom = 28,
    ticks = 4,
    gap = 0.2,
    maxLabels = 8,
  } = options;
  if (columns.length === 0) throw new Error('a column chart needs at least one column');
  const plot: PlotBox = { left, width: 100 - left - right, top, height: height - top - bottom };
  const values = columns.flatMap((column) => (column.value === null ? [] : [column.value]));
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice(ticks)
    .range([plot.height, 0]);
  // A chart of zeros only has no extent: give it one, so that the axis reads 0 at the bottom.
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);
  const slot = PLOT_UNITS / columns.length;
  const zero = y(0);
  // Each kind's columns as one path of rectangles, each after the first moved to relatively (a
  // closed rectangle ends where it began), heights in whole pixels: a chart of 74 years stays short.
  // A column that is not zero is at least a pixel high, so that it never reads as a gap.
  const width = round(slot * (1 - gap));
  const parts: Record<ColumnKind, string[]> = {
    positive: [],
    negative: [],
    'positive-marked': [],
    'negative-marked': [],
  };
  const previous: Partial<Record<ColumnKind, { x: number; top: number }>> = {};
  columns.forEach((column, index) => {
    if (column.value === null || column.value === 0) return;
    const x = round(slot * index + (slot * gap) / 2);
    const extent = Math.max(1, Math.round(Math.abs(y(column.value) - zero)));
    const top = column.value > 0 ? Math.round(zero) - extent : Math.round(zero);
    const kind: ColumnKind = `${column.value < 0 ? 'negative' : 'positive'}${column.marked ? '-marked' : ''}`;
    const before = previous[kind];
    const move = before ? `m${round(x - before.x)} ${top - before.top}` : `M${x} ${top}`;
    parts[kind].push(`${move}h${width}v${extent}h${-width}z`);
    previous[kind] = { x, top };
  });
  const centre = (index: number) => round(plot.left + (plot.width * (slot * (index + 0.5))) / PLOT_UNITS, 2);
  return {
    height,
    plot,
    paths: (Object.keys(parts) as ColumnKind[])
      .filter((kind) => parts[kind].length > 0)
      .map((kind) => ({ kind, d: parts[kind].join('') })),
    zeroY: plot.top + Math.round(zero),
    yTicks: y.ticks(ticks).map((value) => ({ value, y: round(plot.top + y(value)) })),
    xLabels: labelled(
      columns.map((column) => column.label),
      maxLabels,
    ).map((index) => ({ label: columns[index]!.label, x: centre(index) })),
    hasNegative: values.some((value) => value < 0),
    hasMarked: columns.some((column) => column.marked && column.value !== null && column.value !== 0),
    hasGaps: columns.some((column) => column.value === null),
  };
}
