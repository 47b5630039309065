import { describe, expect, it } from 'vitest';
import { slugify, slugsOf } from '../../../src/countries/slugs.ts';

describe('slugify', () => {
  it.each([
    ['Côte d’Ivoire', 'cote-d-ivoire'],
    ['Perú', 'peru'],
    ['Åland', 'aland'],
    ['São Tomé e Príncipe', 'sao-tome-e-principe'],
    ['Bosnia y Herzegovina', 'bosnia-y-herzegovina'],
    ['RAE de Hong Kong (China)', 'rae-de-hong-kong-china'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('slugsOf', () => {
  it('gives each code its slug', () => {
    expect(slugsOf(['CHL', 'DEU'], (code) => ({ CHL: 'Chile', DEU: 'Alemania' })[code]!)).toEqual(
      new Map([
        ['CHL', 'chile'],
        ['DEU', 'alemania'],
      ]),
    );
  });

  it('refuses two codes with one slug, naming both', () => {
    expect(() => slugsOf(['AAA', 'BBB'], (code) => (code === 'AAA' ? 'Niñe' : 'Nine'))).toThrow(
      /AAA and BBB/,
    );
  });

  it('refuses a name with no ASCII letter', () => {
    expect(() => slugsOf(['AAA'], () => '—')).toThrow(/no ASCII slug/);
  });
});
