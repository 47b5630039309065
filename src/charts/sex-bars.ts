/**
 * Horizontal bars split by sex, shaped at build time: one row per country, women then men, all rows
 * on one scale so that lengths compare; each row's name and figures sit on a line above its bar, so
 * that the chart reads the same at any width.
 */
import { round } from './layout.ts';

export interface SexBarsInput {
  rows: readonly { iso3: string; name: string; count: number; women: number }[];
}

export interface SexBarsModel {
  height: number;
  rows: {
    iso3: string;
    name: string;
    count: number;
    women: number;
    men: number;
    /** The text line's baseline and the bar's top, in pixels. */
    textY: number;
    barY: number;
    /** Widths of the women's and men's parts, in percent of the chart's width. */
    womenWidth: number;
    menWidth: number;
  }[];
  barHeight: number;
}

/** Height of a row: a line of text and its bar, in pixels. */
const ROW_HEIGHT = 44;
const TEXT_BASELINE = 15;
const BAR_TOP = 21;
const BAR_HEIGHT = 16;

export function sexBars(input: SexBarsInput): SexBarsModel {
  const max = Math.max(...input.rows.map((row) => row.count));
  const width = (value: number) => (max === 0 ? 0 : round((100 * value) / max, 2));
  return {
    height: input.rows.length * ROW_HEIGHT,
    barHeight: BAR_HEIGHT,
    rows: input.rows.map((row, index) => ({
      ...row,
      men: row.count - row.women,
      textY: index * ROW_HEIGHT + TEXT_BASELINE,
      barY: index * ROW_HEIGHT + BAR_TOP,
      womenWidth: width(row.women),
      menWidth: width(row.count - row.women),
    })),
  };
}
