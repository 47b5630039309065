/** Country names: ISO 3166-1 numeric codes, and each country's name in each edition's language. */
import { describe, expect, it } from 'vitest';
import { countryName, numericToIso3 } from '../../../src/countries/names.ts';

describe('numericToIso3', () => {
  it.each([
    ['604', 'PER'],
    ['032', 'ARG'],
    ['152', 'CHL'],
    ['840', 'USA'],
    ['862', 'VEN'],
    ['724', 'ESP'],
  ])('%s → %s', (numeric, iso3) => {
    expect(numericToIso3(numeric)).toBe(iso3);
  });

  it('gives undefined for a number that names no country', () => {
    expect(numericToIso3('999')).toBeUndefined();
  });
});

describe('countryName', () => {
  it.each([
    ['PER', 'en', 'Peru'],
    ['PER', 'es', 'Perú'],
    ['USA', 'en', 'United States'],
    ['USA', 'es', 'Estados Unidos'],
  ])('%s in %s is %s', (code, locale, name) => {
    expect(countryName(code, locale)).toBe(name);
  });

  it('throws for a code without a name rather than showing the code', () => {
    expect(() => countryName('QQQ', 'en')).toThrow(/QQQ/);
  });
});
