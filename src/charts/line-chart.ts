/**
 * A line chart's geometry, shaped at build time: one line per series over the same years, labelled
 * directly (no legend to match colours against), a value axis from zero with a few round ticks, and
 * the years on the other axis.
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
    /** Where the label goes: where the line is farthest from the others, above or below it. */
    labelAt: { x: number; y: number; anchor: 'start' | 'end' };
  }[];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /**
   * Whether every label has a place beside its line that crosses no line and no other label on the
   * narrowest screen. When one has not (lines that cross twice, a long label), the chart names its
   * lines in a legend instead.
   */
  labelsClear: boolean;
}

export interface LineChartOptions {
  /** Height of the whole chart, in pixels. */
  height?: number;
  /** Room for the value axis's labels, in percent of the width. */
  left?: number;
  /** Room on the right, in percent of the width: half the last year's label must fit in it at 390 px. */
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
  const { height = 260, left = 13, right = 6, top = 28, bottom = 28, ticks = 4 } = options;
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
  // Each line is labelled where it is farthest from the others, above it when it is the higher one
  // there and below it otherwise, so that labels never sit on a line: the lines cross and end close
  // together, so their ends are the worst place for a label. Where that label would still cross a
  // line on the narrowest screen, the next-best place beside the line that crosses none.
  const placed: Box[] = [];
  let labelsClear = true;
  const labelled = lines.map((line) => {
    const others = lines.filter((other) => other !== line);
    const gapAt = (index: number) =>
      Math.min(
        Infinity,
        ...others.map((other) => Math.abs((other.points[index]?.y ?? Infinity) - line.points[index]!.y)),
      );
    const byGap = line.points.map((_, index) => index).sort((a, b) => gapAt(b) - gapAt(a) || a - b);
    const preferred = preferredLabel(line.points, byGap[0]!, others, gapAt, plot);
    const width = labelWidth(line.label);
    const clear = (label: LabelAt) => {
      const box = labelBox(label, width);
      return (
        box.left >= 0 &&
        box.right <= 100 &&
        box.top >= 0 &&
        box.bottom <= plot.top + plot.height &&
        lines.every((each) => !crossesBox(each.points, box)) &&
        placed.every((other) => !overlaps(other, box))
      );
    };
    const found = [preferred, ...byGap.flatMap((index) => labelsAround(line.points, index))].find(clear);
    if (!found) labelsClear = false;
    const labelAt = found ?? preferred;
    placed.push(labelBox(labelAt, width));
    return { ...line, labelAt };
  });
  return {
    height,
    plot,
    lines: labelled,
    xTicks: years.map((year) => ({ year, x: outerX(year) })),
    yTicks: y.ticks(ticks).map((value) => ({ value, y: outerY(value) })),
    labelsClear,
  };
}

type Point = { x: number; y: number };
type LabelAt = LineChartModel['lines'][number]['labelAt'];
/** A rectangle in the chart's coordinates: x in percent of the width, y in pixels. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The narrowest chart a label must fit, in pixels: a 360-pixel phone less the page's margins. */
const NARROWEST_CHART = 330;
/** A label character's average width, in pixels (the labels' 13-pixel semibold type). */
const LABEL_CHARACTER = 7.5;

/** A label's width in percent of the narrowest chart's width. */
function labelWidth(label: string): number {
  return (label.length * LABEL_CHARACTER * 100) / NARROWEST_CHART;
}

function labelBox(label: LabelAt, width: number): Box {
  const left = label.anchor === 'start' ? label.x : label.x - width;
  // The text stands on its baseline (`y`); descenders go a little below it.
  return { left, right: left + width, top: label.y - LABEL_HEIGHT, bottom: label.y + 3 };
}

/** The label the first rule gives at `index`: above the highest line, below the others. */
function preferredLabel(
  points: readonly Point[],
  index: number,
  others: readonly { points: readonly Point[] }[],
  gapAt: (index: number) => number,
  plot: PlotBox,
): LabelAt {
  const point = points[index]!;
  const highest = others.every((other) => (other.points[index]?.y ?? Infinity) >= point.y);
  const fitsAbove = point.y - LABEL_GAP - LABEL_HEIGHT >= 0;
  const fitsBelow = point.y + LABEL_GAP + LABEL_HEIGHT <= plot.top + plot.height;
  // The highest line's label goes above it; the others' below, unless that would run into the axis
  // and there is room above (the gap to the next line up is wider than the label).
  const above = highest ? fitsAbove : !fitsBelow && gapAt(index) > 2 * (LABEL_GAP + LABEL_HEIGHT);
  // The label runs from the point toward the side where the line keeps clear of it: for a label
  // above, the side where the line is lower; for one below, the side where it is higher. At either
  // end of the line it runs inward.
  const before = points[index - 1];
  const after = points[index + 1];
  const anchor: 'start' | 'end' = !before
    ? 'start'
    : !after
      ? 'end'
      : above === before.y > after.y
        ? 'end'
        : 'start';
  return { x: point.x, y: round(above ? point.y - LABEL_GAP : point.y + LABEL_GAP + LABEL_HEIGHT), anchor };
}

/** Every label that may stand at `index`: above or below the point, running either way (inward at the ends). */
function labelsAround(points: readonly Point[], index: number): LabelAt[] {
  const point = points[index]!;
  const anchors: ('start' | 'end')[] =
    index === 0 ? ['start'] : index === points.length - 1 ? ['end'] : ['start', 'end'];
  return [point.y - LABEL_GAP, point.y + LABEL_GAP + LABEL_HEIGHT].flatMap((y) =>
    anchors.map((anchor) => ({ x: point.x, y: round(y), anchor })),
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether a line (its points, in the chart's coordinates) passes through the box. */
function crossesBox(points: readonly Point[], box: Box): boolean {
  const inside = (p: Point) => p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom;
  const corners = [
    { x: box.left, y: box.top },
    { x: box.right, y: box.top },
    { x: box.right, y: box.bottom },
    { x: box.left, y: box.bottom },
  ];
  const edges = corners.map((corner, index) => [corner, corners[(index + 1) % 4]!] as const);
  return points.some((from, index) => {
    const to = points[index + 1];
    if (inside(from) || (to && inside(to))) return true;
    return to !== undefined && edges.some(([a, b]) => segmentsCross(from, to, a, b));
  });
}

function segmentsCross(p1: Point, p2: Point, p3: Point, p4: Point): boolean {
  const side = (a: Point, b: Point, c: Point) =>
    Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  return side(p1, p2, p3) * side(p1, p2, p4) < 0 && side(p3, p4, p1) * side(p3, p4, p2) < 0;
}

/** A country's two world totals by year: its people abroad and the people born abroad living in it. */
export interface StockTrendPoint {
  year: number;
  emigrants: number;
  immigrants: number;
}

/**
 * The chart of a stock trend: emigrants and immigrants as two lines, with their labels. The profile,
 * every country's profile and the downloadable picture draw this same model.
 */
export function stockLineChart(
  trend: readonly StockTrendPoint[],
  labels: { emigrants: string; immigrants: string },
  options?: LineChartOptions,
): LineChartModel {
  return lineChart(
    (['emigrants', 'immigrants'] as const).map((key) => ({
      key,
      label: labels[key],
      points: trend.map((point) => ({ year: point.year, value: point[key] })),
    })),
    options,
  );
}
