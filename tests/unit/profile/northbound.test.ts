/**
 * The northbound route: Darién crossings by calendar year (everyone, and one nationality filled
 * with zeros for the table's years, partial years from the table's months, its share of everyone)
 * and US southwest-border encounters by fiscal year (partial where months are missing). On small
 * tables, then on Peru's from the committed tables.
 */
import { describe, expect, it } from 'vitest';
import type { DarienPeriod } from '../../../src/countries/flows.ts';
import {
  darienTableMonths,
  darienYears,
  encounterYears,
  northboundFigures,
} from '../../../src/profile/northbound.ts';
import { monthsOfFiscalYear } from '../../../src/profile/periods.ts';
import type { BorderEncountersRow } from '../../../src/schemas/flows.ts';

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
const yearOf = (year: number, migrants: number): DarienPeriod => ({
  period: String(year),
  period_type: 'year',
  migrants,
});
const monthOf = (period: string, migrants: number): DarienPeriod => ({
  period,
  period_type: 'month',
  migrants,
});

// Everyone: 2019 whole; 2020 without April, May and July; 2021 whole by month; 2022 to April.
const MISSING_2020 = ['2020-04', '2020-05', '2020-07'];
const months2020 = MONTHS.map((month) => `2020-${month}`).filter((month) => !MISSING_2020.includes(month));
const months2021 = MONTHS.map((month) => `2021-${month}`);
const months2022 = ['2022-01', '2022-02', '2022-03', '2022-04'];
const totals: DarienPeriod[] = [
  yearOf(2019, 100),
  ...months2020.map((month) => monthOf(month, 10)),
  ...months2021.map((month) => monthOf(month, 20)),
  ...months2022.map((month) => monthOf(month, 5)),
];
// One nationality, listed in only a few of those months (and never in 2019 or 2020).
const nationals: DarienPeriod[] = [monthOf('2021-03', 3), monthOf('2021-11', 1), monthOf('2022-02', 2)];

describe('darienTableMonths', () => {
  it("lists each year's months as the table has them; a year published whole has none", () => {
    const months = darienTableMonths(totals);
    expect([...months.keys()]).toEqual([2020, 2021, 2022]);
    expect(months.get(2020)).toEqual(months2020);
    expect(months.get(2021)).toEqual(months2021);
    expect(months.get(2022)).toEqual(months2022);
    expect(months.has(2019)).toBe(false);
  });
});

describe('darienYears', () => {
  it("sums a nationality's months into years that have the table's months, not only its own", () => {
    expect(darienYears(nationals, darienTableMonths(totals))).toEqual([
      { period: 2021, value: 4, months: months2021, partial: false },
      { period: 2022, value: 2, months: months2022, partial: true },
    ]);
  });

  it('keeps a whole year whole', () => {
    expect(darienYears([yearOf(2019, 7)], new Map())).toEqual([{ period: 2019, value: 7, partial: false }]);
  });
});

describe('encounterYears', () => {
  const row = (month: string, encounters: number, fiscal_year: number): BorderEncountersRow => ({
    month,
    fiscal_year,
    citizenship: 'PER',
    encounters,
  });

  it('sums months into the fiscal year each row gives; a fiscal year with months missing is partial', () => {
    const fy2023 = monthsOfFiscalYear(2023);
    const fy2024 = monthsOfFiscalYear(2024).filter((month) => month !== '2024-02');
    const fy2025 = monthsOfFiscalYear(2025).slice(0, 8);
    const rows = [
      ...fy2025.map((month) => row(month, 1, 2025)),
      ...fy2023.map((month) => row(month, 2, 2023)),
      ...fy2024.map((month) => row(month, 3, 2024)),
    ];
    expect(encounterYears(rows)).toEqual([
      { period: 2023, value: 24, months: fy2023, partial: false },
      { period: 2024, value: 33, months: fy2024, partial: true },
      { period: 2025, value: 8, months: fy2025, partial: true },
    ]);
  });
});

describe('northboundFigures', () => {
  const encounters: BorderEncountersRow[] = monthsOfFiscalYear(2023).map((month) => ({
    month,
    fiscal_year: 2023,
    citizenship: 'PER',
    encounters: 10,
  }));
  const figures = northboundFigures({ darien: nationals, darienTotals: totals, encounters });

  it('gives everyone by year, partial years from the months the table has', () => {
    const all = figures.darienAll!;
    expect(all.series.map((entry) => [entry.period, entry.value, entry.partial])).toEqual([
      [2019, 100, false],
      [2020, 90, true],
      [2021, 240, false],
      [2022, 20, true],
    ]);
    // The latest complete year, the complete one before it (2020 is partial), and 2022 so far.
    expect(all.latest.latest.period).toBe(2021);
    expect(all.latest.previous!.period).toBe(2019);
    expect(all.latest.change).toBeCloseTo(240 / 100 - 1, 12);
    expect(all.latest.sinceThen).toMatchObject({ period: 2022, value: 20, months: months2022 });
    expect(all.latest.peak.period).toBe(2021);
  });

  it("fills a nationality's series with zeros for the table's years it is not listed in", () => {
    const own = figures.darien!;
    expect(own.series.map((entry) => [entry.period, entry.value, entry.partial])).toEqual([
      [2019, 0, false],
      [2020, 0, true],
      [2021, 4, false],
      [2022, 2, true],
    ]);
    // Its partial years have the table's months.
    expect(own.series[1]!.months).toEqual(months2020);
  });

  it("gives the nationality's share of everyone in its latest complete year", () => {
    const own = figures.darien!;
    expect(own.latest.latest.period).toBe(2021);
    expect(own.totalOfLatest).toBe(240);
    expect(own.share).toBeCloseTo(4 / 240, 12);
    // The year before is 0: no change can be told from it.
    expect(own.latest.previous).toMatchObject({ period: 2019, value: 0 });
    expect(own.latest).not.toHaveProperty('change');
  });

  it('gives the encounters by fiscal year', () => {
    expect(figures.encounters!.series).toEqual([
      { period: 2023, value: 120, months: monthsOfFiscalYear(2023), partial: false },
    ]);
  });

  it('leaves out what a country has no rows for, and everyone is still there', () => {
    const none = northboundFigures({ darien: [], darienTotals: totals, encounters: [] });
    expect(Object.keys(none)).toEqual(['darienAll']);
    expect(northboundFigures({ darien: [], darienTotals: [], encounters: [] })).toEqual({});
  });
});
