/** Counts by period with the months each has; the latest complete period, its change and peak; runs of years. */
import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  latestPeriod,
  monthsOfFiscalYear,
  monthsOfYear,
  periodCounts,
  periodSeries,
  yearRuns,
  type PeriodCount,
} from '../../../src/profile/periods.ts';

const MONTH_NUMBERS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
/** A year's months, written out here: `2020-01` … `2020-12`. */
const twelve = (year: number) => MONTH_NUMBERS.map((month) => `${year}-${month}`);

describe('monthsOfYear', () => {
  it('lists January to December of the year, in order', () => {
    expect(monthsOfYear(2020)).toEqual(twelve(2020));
  });
});

describe('monthsOfFiscalYear', () => {
  it('lists October of the year before to September of the year', () => {
    expect(monthsOfFiscalYear(2025)).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
  });

  it('has twelve months, and consecutive fiscal years share none and miss none', () => {
    const two = [...monthsOfFiscalYear(2023), ...monthsOfFiscalYear(2024)];
    expect(new Set(two).size).toBe(24);
    expect(two).toEqual([...twelve(2022).slice(9), ...twelve(2023), ...twelve(2024).slice(0, 9)]);
  });
});

describe('periodCounts', () => {
  it('sums parts into periods in period order; a period published whole has no months and is complete', () => {
    expect(
      periodCounts([
        { period: 2024, value: 5 },
        { period: 2014, value: 1 },
        { period: 2024, value: 7 },
      ]),
    ).toEqual([
      { period: 2014, value: 1, partial: false },
      { period: 2024, value: 12, partial: false },
    ]);
  });

  it('gives a monthly period its months in order, and calls it partial below twelve', () => {
    const parts = [
      ...twelve(2021).map((month) => ({ period: 2021, month, value: 1 })),
      { period: 2022, month: '2022-03', value: 4 },
      { period: 2022, month: '2022-01', value: 2 },
      { period: 2022, month: '2022-01', value: 3 },
    ];
    expect(periodCounts(parts)).toEqual([
      { period: 2021, value: 12, months: twelve(2021), partial: false },
      { period: 2022, value: 9, months: ['2022-01', '2022-03'], partial: true },
    ]);
  });

  it("takes a listed period's months from the table, not from the parts", () => {
    // A nationality seen in two months of a year the table has whole is no partial year…
    const tableMonths = new Map([
      [2023, twelve(2023)],
      [2025, ['2025-01', '2025-02', '2025-03', '2025-04']],
    ]);
    const counts = periodCounts(
      [
        { period: 2023, month: '2023-05', value: 1 },
        { period: 2023, month: '2023-09', value: 2 },
        { period: 2025, month: '2025-02', value: 4 },
        { period: 2024, month: '2024-06', value: 8 },
        { period: 2019, value: 16 },
      ],
      tableMonths,
    );
    expect(counts).toEqual([
      { period: 2019, value: 16, partial: false },
      { period: 2023, value: 3, months: twelve(2023), partial: false },
      // …a year the table has in part is partial with the table's months…
      { period: 2024, value: 8, months: ['2024-06'], partial: true },
      // …and a year the table does not list keeps the parts' own months.
      { period: 2025, value: 4, months: ['2025-01', '2025-02', '2025-03', '2025-04'], partial: true },
    ]);
  });

  it('gives nothing for no parts', () => {
    expect(periodCounts([])).toEqual([]);
  });
});

describe('coverageOf', () => {
  it('tells a run of months from the start of the period by its first and last', () => {
    expect(coverageOf(['2025-01', '2025-02', '2025-03', '2025-04'], twelve(2025))).toEqual({
      kind: 'run',
      first: '2025-01',
      last: '2025-04',
    });
    expect(coverageOf(monthsOfFiscalYear(2025).slice(0, 8), monthsOfFiscalYear(2025))).toEqual({
      kind: 'run',
      first: '2024-10',
      last: '2025-05',
    });
  });

  it('tells a period with holes by the months it lacks', () => {
    const present = twelve(2020).filter((month) => !['2020-04', '2020-05', '2020-07'].includes(month));
    expect(coverageOf(present, twelve(2020))).toEqual({
      kind: 'missing',
      months: ['2020-04', '2020-05', '2020-07'],
    });
  });

  it('tells a period that lacks its first months by what it lacks, not as a run', () => {
    expect(coverageOf(twelve(2020).slice(3), twelve(2020))).toEqual({
      kind: 'missing',
      months: ['2020-01', '2020-02', '2020-03'],
    });
  });

  it('tells a period with no month at all by every month it lacks', () => {
    expect(coverageOf([], twelve(2020))).toEqual({ kind: 'missing', months: twelve(2020) });
  });

  it('ignores the order of the months given', () => {
    expect(coverageOf(['2025-02', '2025-01'], twelve(2025))).toEqual({
      kind: 'run',
      first: '2025-01',
      last: '2025-02',
    });
  });
});

const whole = (period: number, value: number): PeriodCount => ({ period, value, partial: false });
const part = (period: number, value: number, months: string[]): PeriodCount => ({
  period,
  value,
  months,
  partial: true,
});

describe('latestPeriod', () => {
  it('gives the latest complete period, the complete one before it and the change between them', () => {
    const latest = latestPeriod([whole(2021, 100), whole(2022, 400), whole(2023, 300)])!;
    expect(latest.latest).toEqual(whole(2023, 300));
    expect(latest.previous).toEqual(whole(2022, 400));
    expect(latest.change).toBeCloseTo(300 / 400 - 1, 12);
    expect(latest.sinceThen).toBeUndefined();
  });

  it('passes over a partial period: the latest is complete, the partial one after it comes since then', () => {
    const months = ['2025-01', '2025-02', '2025-03', '2025-04'];
    const latest = latestPeriod([whole(2023, 520), whole(2024, 302), part(2025, 3, months)])!;
    expect(latest.latest.period).toBe(2024);
    expect(latest.previous!.period).toBe(2023);
    expect(latest.sinceThen).toEqual(part(2025, 3, months));
  });

  it('skips an earlier partial period when it takes the previous one', () => {
    const latest = latestPeriod([whole(2019, 10), part(2020, 5, ['2020-01']), whole(2021, 30)])!;
    expect(latest.previous).toEqual(whole(2019, 10));
    expect(latest.change).toBeCloseTo(2, 12);
    expect(latest.sinceThen).toBeUndefined();
  });

  it('gives no change after a previous period of 0, and neither previous nor change for a single period', () => {
    const afterZero = latestPeriod([whole(2020, 0), whole(2021, 5)])!;
    expect(afterZero.previous).toEqual(whole(2020, 0));
    expect(afterZero).not.toHaveProperty('change');
    const single = latestPeriod([whole(2021, 5)])!;
    expect(single).toEqual({ latest: whole(2021, 5), peak: whole(2021, 5) });
  });

  it('names the peak, a partial period included, and the first of equal peaks', () => {
    expect(latestPeriod([whole(2021, 9), whole(2022, 4), whole(2023, 9), whole(2024, 1)])!.peak).toEqual(
      whole(2021, 9),
    );
    expect(latestPeriod([whole(2021, 9), part(2022, 20, ['2022-01'])])!.peak.period).toBe(2022);
  });

  it('falls back on the latest period when none is complete, with no previous one', () => {
    const latest = latestPeriod([part(2020, 4, ['2020-01']), part(2021, 6, ['2021-02'])])!;
    expect(latest.latest.period).toBe(2021);
    expect(latest).not.toHaveProperty('previous');
    expect(latest).not.toHaveProperty('sinceThen');
    expect(latest.peak.period).toBe(2021);
  });

  it('gives nothing for an empty series', () => {
    expect(latestPeriod([])).toBeUndefined();
  });
});

describe('yearRuns', () => {
  it.each<[number[], [number, number][]]>([
    [
      [2012, 2013, 2014, 2019],
      [
        [2012, 2014],
        [2019, 2019],
      ],
    ],
    [
      [2019, 2012, 2014, 2013],
      [
        [2012, 2014],
        [2019, 2019],
      ],
    ],
    [[2012, 2012, 2013], [[2012, 2013]]],
    [
      [2001, 2003, 2005],
      [
        [2001, 2001],
        [2003, 2003],
        [2005, 2005],
      ],
    ],
    [[], []],
  ])('%j → %j', (years, runs) => {
    expect(yearRuns(years)).toEqual(runs.map(([from, to]) => ({ from, to })));
  });

  it('leaves the list it is given as it was', () => {
    const years = [2014, 2012, 2013];
    yearRuns(years);
    expect(years).toEqual([2014, 2012, 2013]);
  });
});

describe('periodSeries', () => {
  it('gives the series with its latest figure, or nothing for no period', () => {
    const series = [whole(2023, 5062), whole(2024, 4301)];
    const result = periodSeries(series)!;
    expect(result.series).toBe(series);
    expect(result.latest.latest).toEqual(whole(2024, 4301));
    expect(result.latest.previous).toEqual(whole(2023, 5062));
    expect(periodSeries([])).toBeUndefined();
  });
});
