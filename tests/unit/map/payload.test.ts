/** The reads the build and the browser script both make of the map's payload. */
import { describe, expect, it } from 'vitest';
import { countIn, noteIn, ranked, trendOf, womenIn, type MapPayload } from '../../../src/map/payload.ts';

const view = (direction: string, year: number, total: number) => ({
  direction,
  year,
  total,
  label: '',
  caption: '',
  status: '',
});

const payload: MapPayload = {
  locale: 'en',
  words: {
    people: 'people',
    ofTotal: 'of the total',
    noData: 'No data',
    notDrawn: '',
    dataNote: '',
    women: 'women',
    source: '',
    copied: '',
    copyFailed: '',
  },
  views: [view('emigrants', 1990, 100), view('emigrants', 2020, 200), view('immigrants', 2020, 50)],
  counts: {
    USA: [40, 60, 0],
    CHL: [10, 60, 5],
    ARG: [40, 30, 20],
    ESP: [0, 60, 0],
    VEN: [0, 0, 25],
  },
  women: { USA: [22, 31, 0], CHL: [6, 33, 2] },
  names: {},
  notes: {
    emigrants: { CHL: 'Chile, emigrants.' },
    immigrants: { VEN: 'Venezuela, immigrants.', CHL: 'Chile, immigrants.' },
  },
  news: {},
};

describe('countIn', () => {
  it("gives a country's count in a view", () => {
    expect(countIn(payload, 1, 'CHL')).toBe(60);
    expect(countIn(payload, 2, 'VEN')).toBe(25);
  });

  it('gives 0 for a country without a count in the view, or without data at all', () => {
    expect(countIn(payload, 0, 'VEN')).toBe(0);
    expect(countIn(payload, 0, 'JPN')).toBe(0);
  });
});

describe('ranked', () => {
  it('lists the countries with data in a view, largest first', () => {
    expect(ranked(payload, 2)).toEqual(['VEN', 'ARG', 'CHL']);
  });

  it('orders ties by code, whatever the order of the payload', () => {
    expect(ranked(payload, 0)).toEqual(['ARG', 'USA', 'CHL']);
    expect(ranked(payload, 1)).toEqual(['CHL', 'ESP', 'USA', 'ARG']);
  });

  it('leaves out countries with 0 in the view', () => {
    expect(ranked(payload, 0)).not.toContain('ESP');
    expect(ranked(payload, 2)).not.toContain('USA');
  });
});

describe('noteIn', () => {
  it("gives the note of the view's direction", () => {
    expect(noteIn(payload, 0, 'CHL')).toBe('Chile, emigrants.');
    expect(noteIn(payload, 1, 'CHL')).toBe('Chile, emigrants.');
    expect(noteIn(payload, 2, 'CHL')).toBe('Chile, immigrants.');
  });

  it('gives nothing for a country without a note in that direction', () => {
    expect(noteIn(payload, 0, 'VEN')).toBeUndefined();
    expect(noteIn(payload, 2, 'USA')).toBeUndefined();
    expect(noteIn({ ...payload, notes: {} }, 0, 'CHL')).toBeUndefined();
  });
});

describe('womenIn', () => {
  it("gives the women among a country's count in a view", () => {
    expect(womenIn(payload, 0, 'USA')).toBe(22);
    expect(womenIn(payload, 2, 'CHL')).toBe(2);
  });

  it('gives nothing where the table has no women for the country, or no split by sex at all', () => {
    expect(womenIn(payload, 1, 'ARG')).toBeUndefined();
    const { women: _, ...withoutSex } = payload;
    expect(womenIn(withoutSex, 0, 'USA')).toBeUndefined();
  });
});

describe('trendOf', () => {
  it("gives a country's count in every year of the view's direction, oldest first", () => {
    expect(trendOf(payload, 1, 'USA')).toEqual([
      { year: 1990, value: 40 },
      { year: 2020, value: 60 },
    ]);
    expect(trendOf(payload, 0, 'ESP')).toEqual([
      { year: 1990, value: 0 },
      { year: 2020, value: 60 },
    ]);
  });

  it('keeps to the direction of the view', () => {
    expect(trendOf(payload, 2, 'VEN')).toEqual([{ year: 2020, value: 25 }]);
  });
});
