/**
 * A column chart's geometry: columns standing on the zero line or hanging below it, marked ones in
 * their own path, gaps for missing values, a value axis through zero and labels thinned to fit.
 * The paths are read back into rectangles, so the tests check where each column is drawn.
 */
import { describe, expect, it } from 'vitest';
import { columnChart, type ColumnChartModel, type ColumnInput } from '../../../src/charts/column-chart.ts';
import { PLOT_UNITS } from '../../../src/charts/layout.ts';

interface Rectangle {
  x: number;
  top: number;
  width: number;
  height: number;
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;

/**
 * The rectangles of a path: each `M x y` (the first) or `m dx dy` (moved from the previous
 * rectangle's start, where a closed rectangle ends), then `h w v e h -w z`. Fails on anything else.
 */
function rectangles(d: string): Rectangle[] {
  const pattern = new RegExp(`([Mm])${NUMBER} ${NUMBER}h${NUMBER}v${NUMBER}h${NUMBER}z`, 'gy');
  const found: Rectangle[] = [];
  let read = 0;
  for (const match of d.matchAll(pattern)) {
    const [whole, move, a, b, width, height, back] = match as unknown as [string, string, ...string[]];
    read += whole.length;
    const previous = found.at(-1);
    if (move === 'M') expect(previous, 'only the first rectangle is moved to absolutely').toBeUndefined();
    else expect(previous, 'a relative move follows a rectangle').toBeDefined();
    const x = move === 'M' ? Number(a) : previous!.x + Number(a);
    const top = move === 'M' ? Number(b) : previous!.top + Number(b);
    expect(Number(back)).toBeCloseTo(-Number(width), 9);
    expect(Number(height)).toBeGreaterThan(0);
    found.push({ x, top, width: Number(width), height: Number(height) });
  }
  expect(read, `the whole path is rectangles: ${d}`).toBe(d.length);
  return found;
}

/** The rectangles of one kind of column. */
const drawn = (chart: ColumnChartModel, kind: string) =>
  rectangles(chart.paths.find((path) => path.kind === kind)?.d ?? '');

/** Zero, in the plot's own pixels (the paths' coordinates). */
const zeroOf = (chart: ColumnChartModel) => chart.zeroY - chart.plot.top;

/** Pixels per unit of value, from two ticks of the axis. */
function pixelsPerUnit(chart: ColumnChartModel): number {
  const [a, b] = chart.yTicks as [{ value: number; y: number }, { value: number; y: number }];
  return (a.y - b.y) / (b.value - a.value);
}

/** Where column `index` of `count` starts in the plot's units, with the default gap (0.2). */
const slotX = (index: number, count: number) => (PLOT_UNITS / count) * (index + 0.1);

describe('columnChart: columns above and below zero', () => {
  const columns: ColumnInput[] = [
    { label: '2019', value: -100 },
    { label: '2020', value: 200 },
    { label: '2021', value: null },
    { label: '2022', value: 50, marked: true },
    { label: '2023', value: -30, marked: true },
    { label: '2024', value: 150 },
  ];
  const chart = columnChart(columns);
  const zero = zeroOf(chart);
  const scale = pixelsPerUnit(chart);

  it('gives each kind of column its own path, marked columns apart', () => {
    expect(chart.paths.map((path) => path.kind).sort()).toEqual(
      ['negative', 'negative-marked', 'positive', 'positive-marked'].sort(),
    );
    expect(drawn(chart, 'positive')).toHaveLength(2);
    expect(drawn(chart, 'negative')).toHaveLength(1);
    expect(drawn(chart, 'positive-marked')).toHaveLength(1);
    expect(drawn(chart, 'negative-marked')).toHaveLength(1);
    expect(chart).toMatchObject({ hasNegative: true, hasMarked: true, hasGaps: true });
  });

  it('stands positive columns on the zero line, their height in proportion to their value', () => {
    for (const column of [...drawn(chart, 'positive'), ...drawn(chart, 'positive-marked')]) {
      expect(column.top + column.height).toBe(zero);
    }
    const [first, second] = drawn(chart, 'positive') as [Rectangle, Rectangle];
    expect(Math.abs(first.height - 200 * scale)).toBeLessThanOrEqual(1);
    expect(Math.abs(second.height - 150 * scale)).toBeLessThanOrEqual(1);
    expect(Math.abs(drawn(chart, 'positive-marked')[0]!.height - 50 * scale)).toBeLessThanOrEqual(1);
  });

  it('hangs negative columns below the zero line', () => {
    const [negative] = drawn(chart, 'negative') as [Rectangle];
    const [marked] = drawn(chart, 'negative-marked') as [Rectangle];
    expect(negative.top).toBe(zero);
    expect(marked.top).toBe(zero);
    expect(Math.abs(negative.height - 100 * scale)).toBeLessThanOrEqual(1);
    expect(Math.abs(marked.height - 30 * scale)).toBeLessThanOrEqual(1);
    expect(negative.top + negative.height).toBeLessThanOrEqual(chart.plot.height);
  });

  it("puts each column in its period's slot, in order, one width for all, and none for a missing value", () => {
    const at = (kind: string, index: number) => drawn(chart, kind)[index]!.x;
    const count = columns.length;
    expect(at('negative', 0)).toBeCloseTo(slotX(0, count), 1);
    expect(at('positive', 0)).toBeCloseTo(slotX(1, count), 1);
    expect(at('positive-marked', 0)).toBeCloseTo(slotX(3, count), 1);
    expect(at('negative-marked', 0)).toBeCloseTo(slotX(4, count), 1);
    // The second positive column is moved to from the first: read back, it is in slot 5.
    expect(at('positive', 1)).toBeCloseTo(slotX(5, count), 1);
    const all = chart.paths.flatMap((path) => rectangles(path.d));
    for (const column of all) expect(column.width).toBeCloseTo((PLOT_UNITS / count) * 0.8, 1);
    expect(all.some((column) => Math.abs(column.x - slotX(2, count)) < 1)).toBe(false);
  });

  it('draws the value axis through zero, in round steps', () => {
    const values = chart.yTicks.map((tick) => tick.value);
    expect(values).toContain(0);
    expect(values[0]).toBeLessThanOrEqual(-100);
    expect(values.at(-1)).toBeGreaterThanOrEqual(200);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    const zeroTick = chart.yTicks.find((tick) => tick.value === 0)!;
    expect(Math.abs(zeroTick.y - chart.zeroY)).toBeLessThanOrEqual(0.5);
    // Higher values higher up.
    for (let index = 1; index < chart.yTicks.length; index++) {
      expect(chart.yTicks[index]!.y).toBeLessThan(chart.yTicks[index - 1]!.y);
    }
  });

  it('names every period when they fit, at the centre of its column', () => {
    expect(chart.xLabels.map((label) => label.label)).toEqual(columns.map((column) => column.label));
    chart.xLabels.forEach((label, index) => {
      expect(label.x).toBeCloseTo(chart.plot.left + (chart.plot.width * (index + 0.5)) / columns.length, 1);
    });
  });
});

describe('columnChart: small values, zeros and gaps', () => {
  it('draws a value that is not zero at least 1 px high, above or below', () => {
    const chart = columnChart([
      { label: '2020', value: 1_000_000 },
      { label: '2021', value: 1 },
      { label: '2022', value: -1 },
    ]);
    const zero = zeroOf(chart);
    const [, small] = drawn(chart, 'positive') as [Rectangle, Rectangle];
    const [negative] = drawn(chart, 'negative') as [Rectangle];
    expect(small).toMatchObject({ top: zero - 1, height: 1 });
    expect(negative).toMatchObject({ top: zero, height: 1 });
  });

  it('draws nothing for a 0, and a 0 is no gap', () => {
    const chart = columnChart([
      { label: '2020', value: 5 },
      { label: '2021', value: 0 },
      { label: '2022', value: 5 },
    ]);
    expect(drawn(chart, 'positive')).toHaveLength(2);
    expect(chart.hasGaps).toBe(false);
  });

  it('leaves a gap for a missing value, and says so', () => {
    const chart = columnChart([
      { label: '2020', value: 5 },
      { label: '2021', value: null, marked: true },
    ]);
    expect(chart.paths.map((path) => path.kind)).toEqual(['positive']);
    expect(chart.hasGaps).toBe(true);
    // A marked period without a value draws no marked column.
    expect(chart.hasMarked).toBe(false);
    expect(chart.hasNegative).toBe(false);
  });

  it('draws a chart of zeros with no column, its zero line at the bottom and 0 on its axis', () => {
    const chart = columnChart([
      { label: '2020', value: 0 },
      { label: '2021', value: 0 },
    ]);
    expect(chart.paths).toEqual([]);
    expect(chart.zeroY).toBe(chart.plot.top + chart.plot.height);
    expect(chart.yTicks.map((tick) => tick.value)).toContain(0);
    expect(chart.yTicks.find((tick) => tick.value === 0)!.y).toBe(chart.zeroY);
    expect(chart).toMatchObject({ hasNegative: false, hasMarked: false, hasGaps: false });
  });

  it('puts the zero line at the top of a chart of negative values only', () => {
    const chart = columnChart([
      { label: '2013', value: -95_214 },
      { label: '2014', value: -50_383 },
    ]);
    expect(chart.zeroY).toBe(chart.plot.top);
    for (const column of drawn(chart, 'negative')) expect(column.top).toBe(0);
    expect(Math.max(...chart.yTicks.map((tick) => tick.value))).toBe(0);
  });

  it('refuses a chart without columns', () => {
    expect(() => columnChart([])).toThrow();
  });
});

describe('columnChart: the plot and its options', () => {
  it('takes its height and margins from the options', () => {
    const chart = columnChart([{ label: '2020', value: 5 }], {
      height: 300,
      top: 10,
      bottom: 40,
      left: 20,
      right: 5,
    });
    expect(chart.height).toBe(300);
    expect(chart.plot).toEqual({ left: 20, width: 75, top: 10, height: 250 });
    const [column] = drawn(chart, 'positive') as [Rectangle];
    expect(column.top + column.height).toBe(zeroOf(chart));
    expect(zeroOf(chart)).toBe(250);
  });

  it('takes the gap between columns from the options', () => {
    const chart = columnChart(
      [
        { label: '2020', value: 5 },
        { label: '2021', value: 5 },
      ],
      { gap: 0.5 },
    );
    const [first, second] = drawn(chart, 'positive') as [Rectangle, Rectangle];
    expect(first.width).toBeCloseTo(250, 1);
    expect(first.x).toBeCloseTo(125, 1);
    expect(second.x).toBeCloseTo(625, 1);
  });
});

describe('columnChart: labels below the axis', () => {
  const years = (from: number, to: number): ColumnInput[] =>
    Array.from({ length: to - from + 1 }, (_, index) => ({
      label: String(from + index),
      value: ((index * 37) % 11) - 5,
    }));

  it('names the years on round steps when there are too many: 1950, 1960… for 74 years', () => {
    const columns = years(1950, 2023);
    const chart = columnChart(columns);
    expect(chart.xLabels.map((label) => label.label)).toEqual([
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ]);
    const index = columns.findIndex((column) => column.label === '1960');
    expect(chart.xLabels[1]!.x).toBeCloseTo(
      chart.plot.left + (chart.plot.width * (index + 0.5)) / columns.length,
      1,
    );
  });

  it('draws all 74 years, each after the first moved to relatively, each in its slot', () => {
    const columns = years(1950, 2023);
    const chart = columnChart(columns);
    const count = columns.filter((column) => column.value !== 0 && column.value !== null).length;
    const all = chart.paths.flatMap((path) => rectangles(path.d));
    expect(all).toHaveLength(count);
    for (const path of chart.paths) expect(path.d.match(/M/g)).toHaveLength(1);
    const slots = all.map((column) => Math.round(column.x / (PLOT_UNITS / columns.length) - 0.1));
    const expected = columns.flatMap((column, index) => (column.value ? [index] : []));
    expect(slots.sort((a, b) => a - b)).toEqual(expected);
  });

  it('takes the smallest round step that fits at most maxLabels', () => {
    expect(columnChart(years(2010, 2025)).xLabels.map((label) => label.label)).toEqual([
      '2010',
      '2012',
      '2014',
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
    ]);
    // Steps of 1, 2, 5 and 10 name 74, 37, 15 and 8 years: 20 is the first to name at most 4.
    expect(columnChart(years(1950, 2023), { maxLabels: 4 }).xLabels.map((label) => label.label)).toEqual([
      '1960',
      '1980',
      '2000',
      '2020',
    ]);
    expect(columnChart(years(1950, 2023), { maxLabels: 100 }).xLabels).toHaveLength(74);
  });

  it('names the last year when no round step names any year that fits', () => {
    // Steps of 1 and 2 name too many; 5 and above name none of 2002–2004.
    expect(columnChart(years(2002, 2004), { maxLabels: 1 }).xLabels.map((label) => label.label)).toEqual([
      '2004',
    ]);
  });

  it('names every n-th period counted back from the last when the labels are not years', () => {
    const fiscal = ['FY2020', 'FY2021', 'FY2022', 'FY2023', 'FY2024', 'FY2025'].map((label) => ({
      label,
      value: 1,
    }));
    expect(columnChart(fiscal, { maxLabels: 3 }).xLabels.map((label) => label.label)).toEqual([
      'FY2021',
      'FY2023',
      'FY2025',
    ]);
    expect(columnChart(fiscal, { maxLabels: 2 }).xLabels.map((label) => label.label)).toEqual([
      'FY2022',
      'FY2025',
    ]);
  });
});
