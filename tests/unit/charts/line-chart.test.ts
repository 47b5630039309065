/** A line chart's geometry: positions that follow the values, and labels that keep clear of the lines. */
import { describe, expect, it } from 'vitest';
import { PLOT_UNITS } from '../../../src/charts/layout.ts';
import { lineChart, stockLineChart } from '../../../src/charts/line-chart.ts';

const up = {
  key: 'up',
  label: 'Up',
  points: [1990, 2000, 2010, 2020].map((year, i) => ({ year, value: 100 * (i + 1) })),
};
const flat = {
  key: 'flat',
  label: 'Flat',
  points: [1990, 2000, 2010, 2020].map((year) => ({ year, value: 150 })),
};

describe('lineChart', () => {
  const chart = lineChart([up, flat], { height: 200, left: 10, right: 0, top: 40, bottom: 20 });

  it('places years by their distance on the width, and values from zero up on the height', () => {
    const line = chart.lines[0]!;
    expect(line.points.map((point) => point.x)).toEqual([10, 40, 70, 100]);
    // Higher values are higher on the page: smaller y.
    const ys = line.points.map((point) => point.y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
    // Zero sits on the plot's bottom edge, and the axis ends at a round value at least the largest.
    const zero = chart.yTicks.find((tick) => tick.value === 0)!;
    expect(zero.y).toBe(chart.plot.top + chart.plot.height);
    expect(Math.max(...chart.yTicks.map((tick) => tick.value))).toBeGreaterThanOrEqual(400);
  });

  it('draws each line across the whole plot in its own coordinates', () => {
    const d = chart.lines[0]!.d;
    expect(d.startsWith('M0 ')).toBe(true);
    expect(d).toContain(`L${PLOT_UNITS} `);
    expect(d.match(/[ML]/g)).toHaveLength(4);
  });

  it('labels each line where it is farthest from the others, the higher one above it', () => {
    const [upper, lower] = chart.lines;
    // The lines are farthest apart at the end: both labels there, anchored to stay inside.
    expect(upper!.labelAt).toMatchObject({ x: 100, anchor: 'end' });
    expect(upper!.labelAt.y).toBeLessThan(upper!.points.at(-1)!.y);
    expect(lower!.labelAt.y).toBeGreaterThan(lower!.points.at(-1)!.y);
  });

  it('runs a label in mid-line toward the side where its line keeps clear of it', () => {
    const series = (key: string, values: number[]) => ({
      key,
      label: key,
      points: [1990, 2000, 2010, 2020].map((year, i) => ({ year, value: values[i]! })),
    });
    // Farthest apart in 2010: the peak's label above it, the base's below.
    const [peak, base] = lineChart(
      [series('peak', [200, 300, 400, 200]), series('base', [150, 100, 100, 150])],
      { height: 200, left: 10, right: 0, top: 40, bottom: 20 },
    ).lines;
    expect(peak!.labelAt.x).toBe(peak!.points[2]!.x);
    expect(peak!.labelAt.y).toBeLessThan(peak!.points[2]!.y);
    // The peak falls more steeply after 2010 than before: its label runs right, above the fall.
    expect(peak!.labelAt.anchor).toBe('start');
    expect(base!.labelAt.y).toBeGreaterThan(base!.points[2]!.y);
    // The base rises after 2010: its label runs right, below the rise.
    expect(base!.labelAt.anchor).toBe('start');
    // Mirrored in time, both labels run left.
    const mirrored = lineChart([series('peak', [200, 400, 300, 200]), series('base', [150, 100, 100, 150])], {
      height: 200,
      left: 10,
      right: 0,
      top: 40,
      bottom: 20,
    }).lines;
    expect(mirrored.map((line) => line.labelAt.anchor)).toEqual(['end', 'end']);
  });

  it("puts the higher line's label below it when there is no room above", () => {
    const tight = lineChart([up, flat], { height: 200, left: 10, right: 0, top: 0, bottom: 20 });
    const upper = tight.lines[0]!;
    expect(upper.labelAt.y).toBeGreaterThan(upper.points.at(-1)!.y);
  });

  it("puts the lower line's label above it when below would run into the axis", () => {
    const low = { ...flat, points: flat.points.map((point) => ({ ...point, value: 5 })) };
    const chart = lineChart([up, low], { height: 200, left: 10, right: 0, top: 40, bottom: 20 });
    const lower = chart.lines[1]!;
    expect(lower.labelAt.y).toBeLessThan(lower.points.at(-1)!.y);
  });

  it('says its labels are clear when each has a place beside its line', () => {
    expect(chart.labelsClear).toBe(true);
  });

  it('names its lines in a legend when a long label would cross the other line on a phone', () => {
    // Chile: a flat line of people abroad that the immigrants' line crosses from below, then leaves
    // far above; every place beside the flat line has the other line running through it.
    const years = [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024];
    const series = (key: string, label: string, values: number[]) => ({
      key,
      label,
      points: years.map((year, i) => ({ year, value: values[i]! })),
    });
    const crossing = lineChart([
      series('emigrants', 'Born in Chile, living abroad', [390, 395, 398, 420, 437, 425, 430, 447]),
      series('immigrants', 'Immigrants in Chile', [107, 128, 177, 273, 370, 600, 1480, 1540]),
    ]);
    expect(crossing.labelsClear).toBe(false);
    // The same lines with short labels find their places.
    const short = lineChart([
      series('emigrants', 'Abroad', [390, 395, 398, 420, 437, 425, 430, 447]),
      series('immigrants', 'In Chile', [107, 128, 177, 273, 370, 600, 1480, 1540]),
    ]);
    expect(short.labelsClear).toBe(true);
  });

  it('gives one tick per year', () => {
    expect(chart.xTicks.map((tick) => tick.year)).toEqual([1990, 2000, 2010, 2020]);
  });

  it('refuses a chart with no point', () => {
    expect(() => lineChart([{ key: 'x', label: 'X', points: [] }])).toThrow();
  });
});

describe('stockLineChart', () => {
  const trend = [
    { year: 1990, emigrants: 300, immigrants: 50 },
    { year: 2000, emigrants: 600, immigrants: 80 },
    { year: 2024, emigrants: 1600, immigrants: 1800 },
  ];

  it('draws emigrants and immigrants as two labelled lines through every year of the trend', () => {
    const model = stockLineChart(trend, { emigrants: 'Abroad', immigrants: 'Born abroad' });
    expect(model.lines.map((line) => [line.key, line.label])).toEqual([
      ['emigrants', 'Abroad'],
      ['immigrants', 'Born abroad'],
    ]);
    for (const line of model.lines) expect(line.points).toHaveLength(trend.length);
  });

  it('is the line chart of the two series, point for point', () => {
    const labels = { emigrants: 'A', immigrants: 'B' };
    expect(stockLineChart(trend, labels)).toEqual(
      lineChart([
        { key: 'emigrants', label: 'A', points: trend.map((p) => ({ year: p.year, value: p.emigrants })) },
        { key: 'immigrants', label: 'B', points: trend.map((p) => ({ year: p.year, value: p.immigrants })) },
      ]),
    );
  });
});
