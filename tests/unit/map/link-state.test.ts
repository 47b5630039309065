import { describe, expect, it } from 'vitest';
import { mapSearch, readMapState } from '../../../src/map/link-state.ts';

// Two directions; immigrants lack 2024, as a table published a year behind would.
const views = [
  { direction: 'emigrants', year: 2000 },
  { direction: 'emigrants', year: 2020 },
  { direction: 'emigrants', year: 2024 },
  { direction: 'immigrants', year: 2000 },
  { direction: 'immigrants', year: 2020 },
];
const DEFAULT = 2; // emigrants, 2024
const withData: Record<number, string[]> = { 1: ['CHL', 'USA'], 2: ['CHL'], 4: ['VEN'] };
const selectable = (view: number, country: string) => withData[view]?.includes(country) ?? false;
const read = (search: string) => readMapState(search, views, DEFAULT, selectable);

describe('readMapState', () => {
  it('reads a view, a year and a country', () => {
    expect(read('?view=emigrants&year=2020&country=USA')).toEqual({ view: 1, country: 'USA' });
    expect(read('?view=immigrants&year=2020&country=VEN')).toEqual({ view: 4, country: 'VEN' });
  });

  it('gives the default view for an empty address', () => {
    expect(read('')).toEqual({ view: DEFAULT, country: undefined });
  });

  it('reads the country in any case, and parameters in any order', () => {
    expect(read('?country=chl&year=2024&view=emigrants')).toEqual({ view: 2, country: 'CHL' });
  });

  it('falls back on each parameter on its own', () => {
    // Unknown view: the default direction, the year kept.
    expect(read('?view=tourists&year=2020')).toEqual({ view: 1, country: undefined });
    // Unknown year: the default year in the asked direction.
    expect(read('?view=emigrants&year=1800')).toEqual({ view: 2, country: undefined });
    // The default year missing in the asked direction: that direction's latest.
    expect(read('?view=immigrants&year=2024')).toEqual({ view: 4, country: undefined });
    expect(read('?view=immigrants')).toEqual({ view: 4, country: undefined });
  });

  it('drops a country the view has no figure for, and anything that is not a three-letter code', () => {
    expect(read('?view=emigrants&year=2024&country=USA').country).toBeUndefined();
    for (const country of ['CHLE', 'CH', 'C1L', '<b>', '', 'chl%00']) {
      expect(read(`?view=emigrants&year=2024&country=${country}`).country).toBeUndefined();
    }
  });

  it('ignores markup and junk in every parameter', () => {
    expect(read('?view=%3Cscript%3E&year=%22%3E%3C&country=%3Cimg%3E')).toEqual({
      view: DEFAULT,
      country: undefined,
    });
    expect(read('?year=2e3&view=emigrants')).toEqual({ view: 0, country: undefined });
    expect(read('?year=0x7d0&view=emigrants')).toEqual({ view: 0, country: undefined });
  });
});

describe('mapSearch', () => {
  it('writes view and year, and the country when one is selected', () => {
    expect(mapSearch(views, { view: 4 })).toBe('?view=immigrants&year=2020');
    expect(mapSearch(views, { view: 1, country: 'CHL' })).toBe('?view=emigrants&year=2020&country=CHL');
  });

  it('writes what readMapState reads back', () => {
    for (const [view, countries] of Object.entries(withData)) {
      for (const country of [undefined, ...countries]) {
        const state = { view: Number(view), country };
        expect(read(mapSearch(views, state))).toEqual(state);
      }
    }
  });
});
