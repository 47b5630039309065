/**
 * A line chart's geometry, shaped at build time: one line per series over the same years, labelled
 * directly at its last point (no legend to match colours against), a value axis from zero with a
 * few round ticks, and the years on the other axis.
 */
import { scaleLinear } from 'd3-scale';
import { PLOT_UNITS, round, type PlotBox } from './layout.ts';

export interface LineSeries {
  key: string;
  label: string;
  points: readonly { year: number; value: number }[];
}

export interface LineChartModel {
  height: number;
  plot: PlotBox;
  lines: {
    key: string;
    label: string;
    /** The line in the plot's own coordinates (x 0–PLOT_UNITS, y pixels from the plot's top). */
    d: string;
    /** Each point in the chart's coordinates (x percent, y pixels). */
    points: { year: number; value: number; x: number; y: number }[];
    /** Where the label goes: beside the last point, above or below the line. */
    labelAt: { x: number; y: number };
  }[];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
}

export interface LineChartOptions {
  /** Height of the whole chart, in pixels. */
  height?: number;
  /** Room for the value axis's labels, in percent of the width. */
  left?: number;
  /** Room on the right, in percent of the width. */
  right?: number;
  top?: number;
  bottom?: number;
  /** About how many ticks the value axis has. */
  ticks?: number;
}

/** Space between a line's last point and its label, in pixels. */
const LABEL_GAP = 8;
/** The label's line height, in pixels (its text is drawn from its baseline). */
const LABEL_HEIGHT = 14;

export function lineChart(series: readonly LineSeries[], options: LineChartOptions = {}): LineChartModel {
  const { height = 260, left = 13, right = 2, top = 28, bottom = 28, ticks = 4 } = options;
  const plot: PlotBox = { left, width: 100 - left - right, top, height: height - top - bottom };
  const years = [...new Set(series.flatMap((line) => line.points.map((point) => point.year)))].sort(
    (a, b) => a - b,
  );
  if (years.length === 0) throw new Error('a line chart needs at least one point');
  const max = Math.max(...series.flatMap((line) => line.points.map((point) => point.value)));
  const y = scaleLinear().domain([0, max]).nice(ticks).range([plot.height, 0]);
  const x = scaleLinear()
    .domain([years[0]!, years.at(-1)!])
    .range([0, PLOT_UNITS]);
  const outerX = (year: number) => round(plot.left + (plot.width * x(year)) / PLOT_UNITS, 2);
  const outerY = (value: number) => round(plot.top + y(value));

  const lines = series.map((line) => ({
    key: line.key,
    label: line.label,
    d: line.points
      .map((point, index) => `${index === 0 ? 'M' : 'L'}${round(x(point.year))} ${round(y(point.value))}`)
      .join(''),
    points: line.points.map((point) => ({ ...point, x: outerX(point.year), y: outerY(point.value) })),
  }));
  // Labels at the last points: the higher line's above it, the lower's below, so that two lines
  // ending close together keep their labels apart.
  const byEnd = [...lines].sort((a, b) => a.points.at(-1)!.y - b.points.at(-1)!.y);
  const labelled = lines.map((line) => {
    const end = line.points.at(-1)!;
    const above = byEnd.indexOf(line) === 0 && end.y - LABEL_GAP - LABEL_HEIGHT >= 0;
    return {
      ...line,
      labelAt: { x: end.x, y: round(above ? end.y - LABEL_GAP : end.y + LABEL_GAP + LABEL_HEIGHT) },
    };
  });
  return {
    height,
    plot,
    lines: labelled,
    xTicks: years.map((year) => ({ year, x: outerX(year) })),
    yTicks: y.ticks(ticks).map((value) => ({ value, y: outerY(value) })),
  };
}
