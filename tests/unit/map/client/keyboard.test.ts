/** The map's keyboard model: arrow keys through the countries, Home and End to the ends. */
import { describe, expect, it } from 'vitest';
import { targetIndex } from '../../../../src/map/client/keyboard.ts';

describe('targetIndex among 5 countries', () => {
  it.each([
    ['ArrowRight', 2, 3],
    ['ArrowDown', 2, 3],
    ['ArrowLeft', 2, 1],
    ['ArrowUp', 2, 1],
    ['Home', 3, 0],
    ['End', 1, 4],
  ])('%s from %d goes to %d', (key, at, expected) => {
    expect(targetIndex(key, at, 5)).toBe(expected);
  });

  it.each([
    ['ArrowRight', 4],
    ['ArrowDown', 4],
    ['End', 4],
  ])('%s at the last country stays there', (key, at) => {
    expect(targetIndex(key, at, 5)).toBe(4);
  });

  it.each([
    ['ArrowLeft', 0],
    ['ArrowUp', 0],
    ['Home', 0],
  ])('%s at the first country stays there', (key, at) => {
    expect(targetIndex(key, at, 5)).toBe(0);
  });

  it.each(['Tab', 'Enter', ' ', 'Escape', 'a', 'PageDown'])('leaves %j to the browser', (key) => {
    expect(targetIndex(key, 2, 5)).toBeUndefined();
  });

  it('stays on the only country of a view with one', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) expect(targetIndex(key, 0, 1)).toBe(0);
  });
});
