/**
 * Every setting of the world map in one place: projection, size, precision, simplification, colours.
 * Changing one of these changes the map's bytes; `npm run bench` reports the result.
 */

/**
 * Width in SVG user units. The map scales to its container, so this only sets the precision of the
 * coordinates: 9,600 units with whole numbers is the precision of a 960 px map with one decimal
 * (pixel-identical to unrounded at 1× and 2×; a 960-unit map with whole numbers is visibly jagged),
 * written without decimal points, which saves about a tenth of the map's bytes.
 */
export const MAP_WIDTH = 9600;

/** Decimals kept in path coordinates (see `MAP_WIDTH`). */
export const PATH_DIGITS = 0;

/**
 * Topology-preserving simplification (Visvalingam, spherical area in steradians). Shapes keep every
 * point whose triangle is at least this large; shared borders stay shared, so no gaps appear.
 */
export const SIMPLIFY_MIN_WEIGHT = 8e-5;

/**
 * Finer simplification levels, tried in turn for a country that the main level shrinks to less than
 * half its area (small states, island groups); past the last one the country is drawn unsimplified.
 */
export const FALLBACK_WEIGHTS = [1e-5, 1e-6] as const;

/**
 * Islands smaller than this (steradians; 5e-5 sr ≈ 2,000 km²) are dropped, except a country's largest
 * part, so that every country stays drawn. With the weight above, this keeps the map's paths near
 * 15 KB brotli (see `npm run bench`).
 */
export const ISLAND_MIN_AREA = 5e-5;

/** Natural Earth at 1:50m: small states (Malta, Cabo Verde, Liechtenstein…) exist at this scale. */
export const TOPOLOGY = 'countries-50m' as const;

/** Latitude below which land is left out: Antarctica holds no migration data and takes space. */
export const SOUTH_LIMIT = -60;

/**
 * Bin edges of the colour scale, in people. Counts run from tens to hundreds of thousands, so the
 * bins grow by powers of ten: each bin is an order of magnitude.
 */
export const BIN_EDGES = [100, 1_000, 10_000, 100_000] as const;

/**
 * Fill of each bin, light to dark (a sequential blue). Each has a relative luminance of at least 0.15,
 * so that the near-black borders keep a 3:1 contrast with every fill (WCAG 1.4.11); a test checks it.
 */
export const BIN_FILLS = ['#deebf7', '#9ecae1', '#6baed6', '#4292c6', '#2171b5'] as const;

/** Country borders and coastlines. */
export const BORDER_COLOR = '#1c2126';

/** Peru, marked apart from the scale. */
export const PERU_FILL = '#d95f02';

/** The no-data pattern: hatching on white, so "no data" does not depend on colour alone. */
export const NO_DATA_BACKGROUND = '#ffffff';
export const NO_DATA_HATCH = '#6b7178';

/**
 * Bin edges of the net migration map on the index of countries, in net migrants per 1,000
 * inhabitants: below −5, −5 to −1, about balanced (−1 to 1), 1 to 5, 5 and above. In 2023 these
 * split UN DESA's 231 countries and areas 30, 51, 72, 35 and 43.
 */
export const RATE_EDGES = [-5, -1, 1, 5] as const;

/**
 * Fill of each rate bin, from net emigration to net immigration (orange to purple, a diverging scale
 * readable with the common colour blindnesses). Each has a relative luminance of at least 0.15, so
 * that the borders keep a 3:1 contrast with every fill (WCAG 1.4.11); a test checks it.
 */
export const RATE_FILLS = ['#b35806', '#fdb863', '#f7f7f7', '#b2abd2', '#8073ac'] as const;
