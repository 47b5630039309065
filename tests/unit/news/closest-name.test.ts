/** Suggestions for a misspelt name (`src/news/closest-name.ts`). */
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../../src/news/closest-name.ts';

const TAGS = ['regional-cooperation', 'refugees', 'regularization', 'quito-process', 'policy'];

describe('closestName', () => {
  it.each([
    ['regional-cooperaton', 'regional-cooperation'],
    ['refugee', 'refugees'],
    ['regularisation', 'regularization'],
    ['quito-proces', 'quito-process'],
    ['polcy', 'policy'],
  ])('suggests %s → %s', (typo, meant) => {
    expect(closestName(typo, TAGS)).toBe(meant);
  });

  it('suggests nothing for a name close to none', () => {
    expect(closestName('economy', TAGS)).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });

  it('breaks a tie by alphabetical order, whatever the order given', () => {
    expect(closestName('ab', ['ac', 'aa'])).toBe('aa');
    expect(closestName('ab', ['aa', 'ac'])).toBe('aa');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['kitten', 'sitting', 3],
    ['policy', 'policy', 0],
    ['a', '', 1],
  ])('%j → %j: %i', (from, to, distance) => {
    expect(editDistance(from, to)).toBe(distance);
  });
});
