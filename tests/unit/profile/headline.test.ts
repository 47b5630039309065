/** Each migration role's headline figures: latest totals and their change, main countries, protection. */
import { describe, expect, it } from 'vitest';
import { headlineFigures, type HeadlineFigure, type HeadlineInput } from '../../../src/profile/headline.ts';
import { ROLE_ORDER } from '../../../src/profile/facts.ts';
import type { RefugeeRow, StockBySexRow, StockDirection, StockRow } from '../../../src/schemas/stock.ts';

function row(direction: StockDirection, iso3: string, year: number, count: number): StockRow {
  return { direction, iso3, country: iso3, year, count };
}

function bySex(
  direction: StockDirection,
  iso3: string,
  year: number,
  female: number,
  male: number,
): StockBySexRow {
  return { direction, iso3, country: iso3, year, count: female + male, female, male };
}

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

function figures(input: Partial<HeadlineInput>) {
  return headlineFigures({ country: 'PER', stocks: [], protection: [], ...input });
}

function ofKind<K extends HeadlineFigure['kind']>(list: HeadlineFigure[], kind: K) {
  return list.filter((figure): figure is Extract<HeadlineFigure, { kind: K }> => figure.kind === kind);
}

// By sex. Emigrants grow from 800 (2020) to 1,000 (2024); immigrants from 0 to 200. 2024 emigrants:
// four countries (900) plus UN DESA's "Others" (50) and 50 more unaccounted for.
const stocksBySex: StockBySexRow[] = [
  bySex('emigrants', 'WLD', 2020, 400, 400),
  bySex('emigrants', 'USA', 2020, 300, 300),
  bySex('emigrants', 'WLD', 2024, 550, 450),
  bySex('emigrants', 'USA', 2024, 160, 140),
  bySex('emigrants', 'ESP', 2024, 120, 80),
  bySex('emigrants', 'ARG', 2024, 150, 150),
  bySex('emigrants', 'CHL', 2024, 50, 50),
  bySex('emigrants', 'XXX', 2024, 25, 25),
  bySex('immigrants', 'WLD', 2020, 0, 0),
  bySex('immigrants', 'WLD', 2024, 90, 110),
  bySex('immigrants', 'COL', 2024, 10, 40),
  bySex('immigrants', 'VEN', 2024, 80, 70),
];

// Peru hosts 800 people in 2022 (Colombians most) and 1,000 in 2023 (Venezuelans most, 600). Haitians
// and Peruvians in Chile are not hosted by Peru, and would outnumber the Venezuelans if counted.
// Peruvians abroad: 20 in 2022 ("others" not yet reported), 700 in 2023.
const protection: RefugeeRow[] = [
  refugee(2022, 'VEN', 'PER', 100, 100, 0),
  refugee(2022, 'COL', 'PER', 500, 100, 0),
  refugee(2023, 'VEN', 'PER', 300, 200, 100),
  refugee(2023, 'COL', 'PER', 100, 50, 50),
  refugee(2023, 'ECU', 'PER', 150, 50, 0),
  refugee(2023, 'HTI', 'CHL', 5000, 0, 0),
  refugee(2022, 'PER', 'CHL', 10, 10, null),
  refugee(2023, 'PER', 'CHL', 630, 20, null),
  refugee(2023, 'PER', 'USA', 10, 10, 30),
];

describe('headlineFigures', () => {
  const result = figures({ stocks: stocksBySex, protection, mainCount: 2 });

  it('gives every role, the ones the data does not measure with no figures', () => {
    expect(Object.keys(result).sort()).toEqual([...ROLE_ORDER].sort());
    expect(result.transit).toEqual([]);
    expect(result['deportee-receiving']).toEqual([]);
    expect(result.context).toEqual([]);
  });

  it('gives the origin role the emigrants figures, then Peruvians in need of protection abroad', () => {
    expect(result.origin.map((figure) => figure.kind)).toEqual(['stock-total', 'stock-main', 'protection']);
    expect(ofKind(result.origin, 'stock-total')[0]!.direction).toBe('emigrants');
    expect(ofKind(result.origin, 'stock-main')[0]!.direction).toBe('emigrants');
    expect(ofKind(result.origin, 'protection')[0]!.perspective).toBe('abroad');
  });

  it('gives the destination role the immigrants figures only', () => {
    expect(result.destination.map((figure) => figure.kind)).toEqual(['stock-total', 'stock-main']);
    expect(
      result.destination.every((figure) => figure.kind !== 'protection' && figure.direction === 'immigrants'),
    ).toBe(true);
  });

  it('gives the refugee-host role one figure: the people Peru hosts', () => {
    expect(result['refugee-host']).toHaveLength(1);
    expect(ofKind(result['refugee-host'], 'protection')[0]!.perspective).toBe('hosted');
  });

  describe('stock totals', () => {
    it('gives the latest world total, the previous one and the change, with the women in it', () => {
      expect(ofKind(result.origin, 'stock-total')[0]).toEqual({
        kind: 'stock-total',
        direction: 'emigrants',
        latest: { year: 2024, value: 1000, previous: { year: 2020, value: 800 }, change: 0.25 },
        women: 550,
      });
    });

    it('gives no change when the previous total is 0, but keeps the previous point', () => {
      const [total] = ofKind(result.destination, 'stock-total');
      expect(total!.latest).toEqual({ year: 2024, value: 200, previous: { year: 2020, value: 0 } });
      expect(total!.latest).not.toHaveProperty('change');
      expect(total!.women).toBe(90);
    });

    it('gives no women for a table without counts by sex', () => {
      const plain = figures({
        stocks: [row('emigrants', 'WLD', 2020, 800), row('emigrants', 'WLD', 2024, 1000)],
      });
      const [total] = ofKind(plain.origin, 'stock-total');
      expect(total).not.toHaveProperty('women');
      expect(total!.latest).toEqual({
        year: 2024,
        value: 1000,
        previous: { year: 2020, value: 800 },
        change: 0.25,
      });
    });

    it('gives no previous point and no change for a single year', () => {
      const single = figures({ stocks: [row('immigrants', 'WLD', 2024, 200)] });
      const [total] = ofKind(single.destination, 'stock-total');
      expect(total!.latest).toEqual({ year: 2024, value: 200 });
      expect(total!.latest).not.toHaveProperty('previous');
      expect(total!.latest).not.toHaveProperty('change');
    });

    it('gives a direction with no rows no figures', () => {
      const only = figures({ stocks: stocksBySex.filter((entry) => entry.direction === 'emigrants') });
      expect(only.destination).toEqual([]);
      expect(only.origin.map((figure) => figure.kind)).toEqual(['stock-total', 'stock-main']);
    });
  });

  describe('main countries', () => {
    it('lists the largest countries of the latest year, ties by code, and what the rest add up to', () => {
      expect(ofKind(result.origin, 'stock-main')[0]).toEqual({
        kind: 'stock-main',
        direction: 'emigrants',
        year: 2024,
        total: 1000,
        main: {
          top: [
            { iso3: 'ARG', count: 300, share: 0.3, women: 150 },
            { iso3: 'USA', count: 300, share: 0.3, women: 160 },
          ],
          otherCountries: { count: 300, share: 0.3 },
          otherOrUnknown: { count: 100, share: 0.1 },
        },
      });
    });

    it('leaves nothing to other countries when all fit', () => {
      expect(ofKind(result.destination, 'stock-main')[0]!.main).toEqual({
        top: [
          { iso3: 'VEN', count: 150, share: 0.75, women: 80 },
          { iso3: 'COL', count: 50, share: 0.25, women: 10 },
        ],
        otherCountries: { count: 0, share: 0 },
        otherOrUnknown: { count: 0, share: 0 },
      });
    });

    it('lists five countries unless told otherwise', () => {
      const stocks = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'].map((iso3, index) =>
        row('emigrants', iso3, 2024, 10 + index),
      );
      const [main] = ofKind(
        figures({ stocks: [...stocks, row('emigrants', 'WLD', 2024, 75)] }).origin,
        'stock-main',
      );
      expect(main!.main.top.map((country) => country.iso3)).toEqual(['FFF', 'EEE', 'DDD', 'CCC', 'BBB']);
      expect(main!.main.otherCountries.count).toBe(10);
    });
  });

  describe('protection', () => {
    it('gives the people Peru hosts in the latest year, the year before, the change and the largest origin', () => {
      expect(result['refugee-host'][0]).toEqual({
        kind: 'protection',
        perspective: 'hosted',
        latest: {
          year: 2023,
          refugees: 550,
          asylum_seekers: 300,
          other_in_need_of_international_protection: 150,
          total: 1000,
        },
        previous: {
          year: 2022,
          refugees: 600,
          asylum_seekers: 200,
          other_in_need_of_international_protection: 0,
          total: 800,
        },
        change: 0.25,
        largest: { iso3: 'VEN', total: 600, share: 0.6 },
      });
    });

    it('gives Peruvians abroad with no largest origin, "others" null in the year before it was reported', () => {
      const [abroad] = ofKind(result.origin, 'protection');
      expect(abroad).toEqual({
        kind: 'protection',
        perspective: 'abroad',
        latest: {
          year: 2023,
          refugees: 640,
          asylum_seekers: 30,
          other_in_need_of_international_protection: 30,
          total: 700,
        },
        previous: {
          year: 2022,
          refugees: 10,
          asylum_seekers: 10,
          other_in_need_of_international_protection: null,
          total: 20,
        },
        change: 34,
      });
      expect(abroad).not.toHaveProperty('largest');
    });

    it('takes the largest origin among the people hosted by the country, not those it sends', () => {
      // Peruvians in Chile (650 in 2023) outnumber the Venezuelans Peru hosts (600).
      const [hosted] = ofKind(result['refugee-host'], 'protection');
      expect(hosted!.largest!.iso3).toBe('VEN');
    });

    it('counts every category in the largest origin, a blank "others" as none', () => {
      const [hosted] = ofKind(
        figures({
          protection: [
            // Colombians have the most refugees; Venezuelans the most people once asylum seekers count.
            refugee(2016, 'COL', 'PER', 50, 0, null),
            refugee(2016, 'VEN', 'PER', 10, 45, null),
            refugee(2016, 'ECU', 'PER', 0, 5, null),
          ],
        })['refugee-host'],
        'protection',
      );
      expect(hosted!.largest).toEqual({ iso3: 'VEN', total: 55, share: 0.5 });
    });

    it('breaks a tie for the largest origin by code', () => {
      const [hosted] = ofKind(
        figures({
          protection: [refugee(2023, 'ECU', 'PER', 100, 0, 0), refugee(2023, 'COL', 'PER', 0, 50, 50)],
        })['refugee-host'],
        'protection',
      );
      expect(hosted!.largest).toEqual({ iso3: 'COL', total: 100, share: 0.5 });
    });

    it('gives no previous year and no change for a single year', () => {
      const [hosted] = ofKind(
        figures({ protection: [refugee(2023, 'VEN', 'PER', 100, 0, 0)] })['refugee-host'],
        'protection',
      );
      expect(hosted).toEqual({
        kind: 'protection',
        perspective: 'hosted',
        latest: {
          year: 2023,
          refugees: 100,
          asylum_seekers: 0,
          other_in_need_of_international_protection: 0,
          total: 100,
        },
        largest: { iso3: 'VEN', total: 100, share: 1 },
      });
      expect(hosted).not.toHaveProperty('previous');
      expect(hosted).not.toHaveProperty('change');
    });

    it('compares with the latest earlier year present when a year is missing, without a change from 0', () => {
      const [abroad] = ofKind(
        figures({
          protection: [refugee(2015, 'PER', 'CHL', 0, 0, null), refugee(2023, 'PER', 'CHL', 40, 0, 0)],
        }).origin,
        'protection',
      );
      expect(abroad!.previous?.year).toBe(2015);
      expect(abroad!.previous?.total).toBe(0);
      expect(abroad).not.toHaveProperty('change');
    });

    it('gives no protection figures without rows for the perspective', () => {
      const hostedOnly = figures({ protection: protection.filter((entry) => entry.origin_iso3 !== 'PER') });
      expect(ofKind(hostedOnly.origin, 'protection')).toEqual([]);
      const abroadOnly = figures({
        protection: protection.filter((entry) => entry.asylum_country_iso3 !== 'PER'),
      });
      expect(abroadOnly['refugee-host']).toEqual([]);
      expect(figures({}).origin).toEqual([]);
      expect(figures({})['refugee-host']).toEqual([]);
    });
  });
});
