/**
 * The profile's charts as picture bodies: the geometry `src/charts/` shapes for the page, drawn at a
 * fixed width. The page's charts place things horizontally in percent of their width and vertically
 * in pixels; here a percentage becomes pixels of `width`, and every colour and size is written on the
 * element, as the page's stylesheet (`src/styles/charts.css`) would draw it.
 */
import type { LineChartModel } from '../charts/line-chart.ts';
import type { SexBarsModel } from '../charts/sex-bars.ts';
import type { StackedBarsModel } from '../charts/stacked-bars.ts';
import { GRID, INK, INK_MUTED, PAPER, SERIES } from './colours.ts';
import { escapeXml, num } from './svg.ts';

/** A body and its height, in pixels. */
export interface PictureBody {
  svg: string;
  height: number;
}

/** The charts' text size (`.chart`, 0.8125rem). */
const TEXT_SIZE = 13;

const seriesColour = (index: number) => SERIES[index % SERIES.length]!;

/** Percent of the chart's width → pixels. */
const at = (percent: number, width: number) => num((percent * width) / 100);

/** Lines labelled directly, a value axis from zero, years below (`LineChart.astro`). */
export function lineChartBody(
  model: LineChartModel,
  tick: (value: number) => string,
  width: number,
): PictureBody {
  const { plot } = model;
  const left = at(plot.left, width);
  const right = at(plot.left + plot.width, width);
  const axis = [
    `<path d="${model.yTicks.map((t) => `M${left} ${t.y}H${right}`).join('')}" fill="none" stroke="${GRID}" stroke-width="1"/>`,
    `<g fill="${INK_MUTED}">`,
    ...model.yTicks.map((t) => `<text x="0" y="${num(t.y + 4)}">${escapeXml(tick(t.value))}</text>`),
    ...model.xTicks.map(
      (t) => `<text x="${at(t.x, width)}" y="${model.height - 6}" text-anchor="middle">${t.year}</text>`,
    ),
    '</g>',
  ];
  const lines = model.lines.map((line, index) => {
    const colour = seriesColour(index);
    const d = line.points
      .map((point, i) => `${i === 0 ? 'M' : 'L'}${at(point.x, width)} ${point.y}`)
      .join('');
    return [
      `<g fill="${colour}">`,
      `<path d="${d}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"/>`,
      ...line.points.map((point) => `<circle cx="${at(point.x, width)}" cy="${point.y}" r="3"/>`),
      `<text x="${at(line.labelAt.x, width)}" y="${line.labelAt.y}" text-anchor="${line.labelAt.anchor}" font-weight="bold" stroke="${PAPER}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(line.label)}</text>`,
      '</g>',
    ].join('');
  });
  return {
    svg: `<g font-size="${TEXT_SIZE}">${axis.join('')}${lines.join('')}</g>`,
    height: model.height,
  };
}

/** One bar per year, categories stacked in the legend's order (`StackedBars.astro`). */
export function stackedBarsBody<K extends string>(
  model: StackedBarsModel<K>,
  categories: readonly K[],
  tick: (value: number) => string,
  width: number,
  yearStep = 1,
): PictureBody {
  const left = at(model.plot.left, width);
  const right = at(model.plot.left + model.plot.width, width);
  const lastIndex = model.bars.length - 1;
  const colourOf = (category: K) => seriesColour(categories.indexOf(category));
  const parts = [
    `<path d="${model.yTicks.map((t) => `M${left} ${t.y}H${right}`).join('')}" fill="none" stroke="${GRID}" stroke-width="1"/>`,
    `<g fill="${INK_MUTED}">`,
    ...model.yTicks.map((t) => `<text x="0" y="${num(t.y + 4)}">${escapeXml(tick(t.value))}</text>`),
    ...model.bars.flatMap((bar, index) =>
      (lastIndex - index) % yearStep === 0
        ? [
            `<text x="${at(bar.x + bar.width / 2, width)}" y="${model.height - 6}" text-anchor="middle">${bar.year}</text>`,
          ]
        : [],
    ),
    '</g>',
    `<g stroke="${PAPER}" stroke-width="1">`,
    ...model.bars.flatMap((bar) =>
      bar.segments
        .filter((segment) => segment.height > 0)
        .map(
          (segment) =>
            `<rect x="${at(bar.x, width)}" y="${segment.y}" width="${at(bar.width, width)}" height="${segment.height}" fill="${colourOf(segment.category)}"/>`,
        ),
    ),
    '</g>',
  ];
  return { svg: `<g font-size="${TEXT_SIZE}">${parts.join('')}</g>`, height: model.height };
}

/** Space between a group's heading and its first row, and between groups, in pixels. */
const GROUP_HEADING = 26;
const GROUP_GAP = 16;

/**
 * Groups of bars split into women and men (`SexBars.astro`), one under the other, each with its
 * heading: a row's country and figures on a line, its bar below.
 */
export function sexBarsBody(
  groups: readonly {
    title: string;
    model: SexBarsModel;
    rowText: (row: SexBarsModel['rows'][number]) => string;
  }[],
  width: number,
): PictureBody {
  let y = 0;
  const parts: string[] = [];
  for (const group of groups) {
    if (y > 0) y += GROUP_GAP;
    parts.push(
      `<text x="0" y="${y + 15}" font-size="15" font-weight="bold" fill="${INK}">${escapeXml(group.title)}</text>`,
    );
    y += GROUP_HEADING;
    const top = y;
    parts.push(
      `<g transform="translate(0 ${top})">`,
      ...group.model.rows.map(
        (row) =>
          `<text x="0" y="${row.textY}" fill="${INK}">${escapeXml(group.rowText(row))}</text>` +
          `<rect x="0" y="${row.barY}" width="${at(row.womenWidth, width)}" height="${group.model.barHeight}" fill="${SERIES[0]}" stroke="${PAPER}" stroke-width="1"/>` +
          `<rect x="${at(row.womenWidth, width)}" y="${row.barY}" width="${at(row.menWidth, width)}" height="${group.model.barHeight}" fill="${SERIES[1]}" stroke="${PAPER}" stroke-width="1"/>`,
      ),
      '</g>',
    );
    y += group.model.height;
  }
  return { svg: `<g font-size="${TEXT_SIZE}">${parts.join('')}</g>`, height: y };
}
