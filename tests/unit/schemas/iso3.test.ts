/** The country codes the schemas accept. */
import { describe, expect, it } from 'vitest';
import { isKnownIso3 } from '../../../src/schemas/iso3.ts';

describe('isKnownIso3', () => {
  it.each([
    ['PER', true],
    ['604', false],
    ['per', false],
    ['XKX', false],
  ])('isKnownIso3(%s) is %s', (code, known) => {
    expect(isKnownIso3(code)).toBe(known);
  });
});
