/** How a country's figure reads on the map: colour class, figure in words, accessible name. */
import { describe, expect, it } from 'vitest';
import { BIN_EDGES, BIN_FILLS } from '../../../src/map/constants.ts';
import { countryLabel, figureText, shapeClass } from '../../../src/map/figures.ts';

/** CLDR's Spanish percent pattern puts a no-break space between number and sign: "15,8 %". */
const NBSP = '\u00a0';
const EN = { people: 'people', ofTotal: 'of the total' };
const ES = { people: 'personas', ofTotal: 'del total' };

describe('figureText', () => {
  it('writes the count, its share of the total and the year', () => {
    expect(figureText(240273, 1519635, 2020, 'en', EN)).toBe('240,273 people, 15.8% of the total, 2020');
  });

  it('writes Spanish separators in Spanish', () => {
    expect(figureText(240273, 1519635, 2020, 'es', ES)).toBe(
      `240.273 personas, 15,8${NBSP}% del total, 2020`,
    );
  });
});

describe('countryLabel', () => {
  it('writes the English label', () => {
    expect(countryLabel('Chile', 240273, 1519635, 2020, 'en', EN)).toBe(
      'Chile: 240,273 people, 15.8% of the total, 2020',
    );
  });

  it('writes the Spanish label with Spanish separators', () => {
    expect(countryLabel('Chile', 240273, 1519635, 2020, 'es', ES)).toBe(
      `Chile: 240.273 personas, 15,8${NBSP}% del total, 2020`,
    );
  });

  it('shows a tiny share as below 0.1%, not 0.0%', () => {
    // 14 of 1,519,635 is 0.0009%
    expect(countryLabel('Liechtenstein', 14, 1519635, 2020, 'en', EN)).toBe(
      'Liechtenstein: 14 people, <0.1% of the total, 2020',
    );
  });

  it('is the name, then the figure text', () => {
    expect(countryLabel('Japan', 5, 50, 1990, 'es', ES)).toBe(`Japan: ${figureText(5, 50, 1990, 'es', ES)}`);
  });
});

describe('shapeClass', () => {
  it.each([
    [0, 'nd'],
    [1, 'b0'],
    [99, 'b0'],
    [100, 'b1'],
    [9_999, 'b2'],
    [10_000, 'b3'],
    [100_000, 'b4'],
    [941_889, 'b4'],
  ])('%d people → %s', (count, className) => {
    expect(shapeClass(count)).toBe(className);
  });

  it('uses one class per fill of the scale, and no class past it', () => {
    const classes = new Set([1, ...BIN_EDGES, 10 ** 9].map(shapeClass));
    expect([...classes]).toEqual(BIN_FILLS.map((_, bin) => `b${bin}`));
  });
});
