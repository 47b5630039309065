/** UNHCR's rows summed by year, for a country as host or as origin, and one origin's share of a host. */
import { describe, expect, it } from 'vitest';
import {
  hostedBy,
  originatingFrom,
  originShare,
  protectionByYear,
  PROTECTION_CATEGORIES,
} from '../../../src/profile/protection.ts';
import type { RefugeeRow } from '../../../src/schemas/stock.ts';

function refugee(
  year: number,
  origin: string,
  asylum: string,
  refugees: number,
  asylumSeekers: number,
  others: number | null,
): RefugeeRow {
  return {
    year,
    origin_iso3: origin,
    asylum_country_iso3: asylum,
    refugees,
    asylum_seekers: asylumSeekers,
    other_in_need_of_international_protection: others,
  };
}

// Peru hosts Venezuelans and Colombians; Peruvians are hosted in Chile and the United States; one row
// (Venezuelans in Chile) involves Peru neither way. "Others" is blank (null) before 2018.
const rows: RefugeeRow[] = [
  refugee(2019, 'VEN', 'PER', 100, 400, 300),
  refugee(2016, 'PER', 'USA', 40, 10, null),
  refugee(2019, 'COL', 'PER', 150, 40, 10),
  refugee(2019, 'VEN', 'CHL', 50, 50, 0),
  refugee(2019, 'PER', 'CHL', 20, 5, null),
  refugee(2016, 'VEN', 'PER', 4, 6, null),
  refugee(2019, 'PER', 'USA', 30, 15, 5),
];

describe('PROTECTION_CATEGORIES', () => {
  it("lists UNHCR's three categories in its order", () => {
    expect(PROTECTION_CATEGORIES).toEqual([
      'refugees',
      'asylum_seekers',
      'other_in_need_of_international_protection',
    ]);
  });
});

describe('protectionByYear', () => {
  it('sums each category over the rows of a year, oldest year first', () => {
    expect(protectionByYear(rows)).toEqual([
      {
        year: 2016,
        refugees: 44,
        asylum_seekers: 16,
        other_in_need_of_international_protection: null,
        total: 60,
      },
      {
        year: 2019,
        refugees: 350,
        asylum_seekers: 510,
        other_in_need_of_international_protection: 315,
        total: 1175,
      },
    ]);
  });

  it('keeps "others" null for a year no row reports it, and counts it as none in the total', () => {
    const [year] = protectionByYear([
      refugee(2017, 'VEN', 'PER', 7, 3, null),
      refugee(2017, 'COL', 'PER', 1, 1, null),
    ]);
    expect(year!.other_in_need_of_international_protection).toBeNull();
    expect(year!.total).toBe(12);
  });

  it('gives a reported zero as 0, not as unreported', () => {
    const [year] = protectionByYear([refugee(2018, 'VEN', 'PER', 7, 3, 0)]);
    expect(year!.other_in_need_of_international_protection).toBe(0);
  });

  it.each([
    ['blank row first', [refugee(2019, 'PER', 'CHL', 1, 1, null), refugee(2019, 'PER', 'USA', 1, 1, 5)]],
    ['blank row last', [refugee(2019, 'PER', 'USA', 1, 1, 5), refugee(2019, 'PER', 'CHL', 1, 1, null)]],
  ])('sums the reported "others" of a year where some rows leave it blank (%s)', (_, mixed) => {
    expect(protectionByYear(mixed)).toEqual([
      {
        year: 2019,
        refugees: 2,
        asylum_seekers: 2,
        other_in_need_of_international_protection: 5,
        total: 9,
      },
    ]);
  });

  it('gives one entry per year present, with no entries for the years between', () => {
    expect(protectionByYear(rows).map((year) => year.year)).toEqual([2016, 2019]);
  });

  it('gives nothing for no rows', () => {
    expect(protectionByYear([])).toEqual([]);
  });
});

describe('hostedBy', () => {
  it('counts the rows with the country as country of asylum, every origin together', () => {
    expect(hostedBy(rows, 'PER')).toEqual([
      {
        year: 2016,
        refugees: 4,
        asylum_seekers: 6,
        other_in_need_of_international_protection: null,
        total: 10,
      },
      {
        year: 2019,
        refugees: 250,
        asylum_seekers: 440,
        other_in_need_of_international_protection: 310,
        total: 1000,
      },
    ]);
  });

  it("leaves out the country's own people abroad", () => {
    const hosted = hostedBy([refugee(2019, 'PER', 'CHL', 20, 5, null)], 'PER');
    expect(hosted).toEqual([]);
  });

  it('gives nothing for a country that hosts no one in the rows', () => {
    expect(hostedBy(rows, 'BOL')).toEqual([]);
  });
});

describe('originatingFrom', () => {
  it('counts the rows with the country as origin, every country of asylum together', () => {
    expect(originatingFrom(rows, 'PER')).toEqual([
      {
        year: 2016,
        refugees: 40,
        asylum_seekers: 10,
        other_in_need_of_international_protection: null,
        total: 50,
      },
      {
        year: 2019,
        refugees: 50,
        asylum_seekers: 20,
        other_in_need_of_international_protection: 5,
        total: 75,
      },
    ]);
  });

  it('leaves out the people the country hosts', () => {
    expect(originatingFrom([refugee(2019, 'VEN', 'PER', 100, 400, 300)], 'PER')).toEqual([]);
  });

  it('gives nothing for an origin with no rows', () => {
    expect(originatingFrom(rows, 'BOL')).toEqual([]);
  });
});

describe('originShare', () => {
  it("gives an origin's people in a host and year, and their share of everyone it hosts that year", () => {
    expect(originShare(rows, 'PER', 'VEN', 2019)).toEqual({ total: 800, share: 0.8 });
    expect(originShare(rows, 'PER', 'COL', 2019)).toEqual({ total: 200, share: 0.2 });
  });

  it('does not count the origin in other hosts or other years', () => {
    // Venezuelans in Chile (2019) and in Peru (2016) are elsewhere or earlier.
    expect(originShare(rows, 'CHL', 'VEN', 2019)).toEqual({ total: 100, share: 0.8 });
    expect(originShare(rows, 'PER', 'VEN', 2016)).toEqual({ total: 10, share: 1 });
  });

  it('counts "others" as none in a year UNHCR left it blank', () => {
    // Peruvians in Chile: 20 + 5 + blank, of 125 hosted there (100 Venezuelans).
    expect(originShare(rows, 'CHL', 'PER', 2019)).toEqual({ total: 25, share: 0.2 });
  });

  it('gives 0 for an origin the host does not have that year', () => {
    expect(originShare(rows, 'PER', 'BOL', 2019)).toEqual({ total: 0, share: 0 });
  });

  it('gives 0, not a division by zero, for a host or year without rows', () => {
    expect(originShare(rows, 'BOL', 'VEN', 2019)).toEqual({ total: 0, share: 0 });
    expect(originShare(rows, 'PER', 'VEN', 2018)).toEqual({ total: 0, share: 0 });
  });
});
