/** A dataset's edition as readers name it: the year its title ends with, or the whole title. */
import { describe, expect, it } from 'vitest';
import { editionName } from '../../../src/citations/sources.ts';

describe('editionName', () => {
  it.each([
    ['International Migrant Stock 2024', '2024'],
    ['International Migrant Stock 2020', '2020'],
    ['Pobreza monetaria se redujo en el Perú de 20.5% a 20.2% en el 2019', '2019'],
    ['International Migrant Stock 2024 ', '2024'],
    ['Estimates 2015-2024', '2024'],
  ])('%j → %j (the year it ends with)', (title, expected) => {
    expect(editionName({ title })).toBe(expected);
  });

  it.each([
    'Refugee Population Statistics Database',
    'Perú',
    '2024 Revision of World Population Prospects',
    'International Migrant Stock 2024 (revised)',
    'Table 12',
  ])('%j → the whole title (no year at its end)', (title) => {
    expect(editionName({ title })).toBe(title);
  });

  it('does not take the last four digits of a longer number for a year', () => {
    // "Ley N.º 31107" ends with a law's number, not a year: the title has no year at its end.
    expect(editionName({ title: 'Ley N.º 31107' })).toBe('Ley N.º 31107');
  });
});
