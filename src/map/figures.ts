/**
 * How a country's figure reads on the map: its colour class, its figure in words and its accessible
 * name. The build (for the view shown without JavaScript) and the browser script (for every other
 * view) both use these functions, so a figure is binned, formatted and labelled in one place.
 */
import { formatCount, formatShare, type Locale } from '../lib/format.ts';
import { binOf } from './scale.ts';

/** The words around a figure, in the edition's language. */
export interface FigureWords {
  people: string;
  ofTotal: string;
}

/** "240,273 people, 15.8% of the total, 2020" */
export function figureText(
  count: number,
  total: number,
  year: number,
  locale: Locale,
  words: FigureWords,
): string {
  return `${formatCount(count, locale)} ${words.people}, ${formatShare(count / total, locale)} ${words.ofTotal}, ${year}`;
}

/** "Chile: 240,273 people, 15.8% of the total, 2020": a shape's accessible name and native title. */
export function countryLabel(
  name: string,
  count: number,
  total: number,
  year: number,
  locale: Locale,
  words: FigureWords,
): string {
  return `${name}: ${figureText(count, total, year, locale, words)}`;
}

/** The class that colours a shape: its bin (`b0`…`b4`) for a count above zero, `nd` for no data. */
export function shapeClass(count: number): string {
  return count > 0 ? `b${binOf(count)}` : 'nd';
}

/**
 * The points of a small trend line (an SVG `points` list) of `series` (oldest first), `width` ×
 * `height` units, years spaced by their distance, from zero at the bottom to the series' largest
 * value at the top.
 */
export function trendPoints(
  series: readonly { year: number; value: number }[],
  width: number,
  height: number,
): string {
  if (series.length === 0) return '';
  const first = series[0]!.year;
  const span = series.at(-1)!.year - first || 1;
  const max = Math.max(...series.map((point) => point.value)) || 1;
  return series
    .map(
      (point) =>
        `${Math.round(((point.year - first) / span) * width)},${Math.round(height - (point.value / max) * height)}`,
    )
    .join(' ');
}
