/**
 * The layout the charts share. Charts are drawn at build time as SVG that adapts to its width
 * without scaling its text: horizontal positions are percentages of the chart's width, vertical
 * ones pixels, so labels keep their size at 390 px and at 1280 px. Lines are drawn in a nested SVG
 * stretched to the plot (`preserveAspectRatio="none"`) with strokes that do not scale.
 */

/** Width of a plot's own coordinates, in units that the nested SVG stretches to the plot. */
export const PLOT_UNITS = 1000;

/** Rounds a coordinate to what the eye can tell apart, so that the markup stays short. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A plot's box: left and width in percent of the chart's width, top and height in pixels. */
export interface PlotBox {
  left: number;
  width: number;
  top: number;
  height: number;
}
