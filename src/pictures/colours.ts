/**
 * The colours of the site's stylesheet the pictures write on their elements, since a downloaded file
 * has no stylesheet: ink and paper (`src/styles/global.css`), the charts' series and grid
 * (`src/styles/charts.css`), the map's sea (`src/styles/map.css`). The map's fills are those of
 * `src/map/constants.ts`. A unit test keeps these in step with the stylesheets.
 */
export const INK = '#1c2126';
export const INK_MUTED = '#4a535c';
export const PAPER = '#ffffff';
export const GRID = '#d0d4d9';
/** `.series-1`, `.series-2`, `.series-3`. */
export const SERIES = ['#2166ac', '#b35806', '#1b7837'] as const;
export const MAP_SEA = '#f7fbfd';
