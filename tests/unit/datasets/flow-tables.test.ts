/**
 * The flow tables' whole-table rules, read as the build reads them (through the registry): one row
 * per key, fiscal years that agree with their months, partial periods declared, Darién periods
 * written as their type says, ICE's years adding up to its reports' totals, remittances rows that
 * say something and one M49 code per country. Each problem names its file, line, field and value.
 */
import { describe, expect, it } from 'vitest';
import type { DatasetDefinition } from '../../../src/datasets/definition.ts';
import { fiscalYearOf } from '../../../src/datasets/flow-tables.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { readDatasetTable } from '../../../src/datasets/tables.ts';
import { ContentError, type ContentProblem } from '../../../src/lib/content-problem.ts';

const FILE = 'flows.csv';
const netMigration = datasetFor('world-net-migration', 'net-migration');
const remittances = datasetFor('world-remittances', 'remittances');
const encounters = datasetFor('world-border-encounters', 'border-encounters');
const darien = datasetFor('world-darien', 'darien-crossings');
const removals = datasetFor('world-removals', 'removals');

/** A table's text: its header, then one line per row (the first data row is line 2). */
const csv = (header: string, lines: readonly string[]) => [header, ...lines].join('\n') + '\n';

/** The problems of a table read through `dataset`'s rules. */
function problemsOf(dataset: DatasetDefinition, header: string, lines: readonly string[]): ContentProblem[] {
  return readDatasetTable(dataset, csv(header, lines), FILE).problems;
}

/** The problems a table's rows raise one by one (thrown before the whole-table rules run). */
function rowProblemsOf(
  dataset: DatasetDefinition,
  header: string,
  lines: readonly string[],
): ContentProblem[] {
  try {
    readDatasetTable(dataset, csv(header, lines), FILE);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the rows to be refused');
}

/** `YYYY-MM` for a year and a month number. */
const monthOf = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The months of a US fiscal year, October to September, written out here from the rule. */
function fiscalMonths(fiscalYear: number): string[] {
  return [
    ...[10, 11, 12].map((month) => monthOf(fiscalYear - 1, month)),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((month) => monthOf(fiscalYear, month)),
  ];
}

/** A copy of a registry dataset with other periods. */
const withPeriods = <D extends DatasetDefinition>(dataset: D, periods: DatasetDefinition['periods']) =>
  ({ ...dataset, periods }) as DatasetDefinition;

describe('fiscalYearOf', () => {
  it.each<[string, number]>([
    ['2022-10', 2023],
    ['2022-11', 2023],
    ['2022-12', 2023],
    ['2023-01', 2023],
    ['2023-09', 2023],
    ['2023-10', 2024],
    ['2019-10', 2020],
    ['2025-05', 2025],
  ])('puts %s in fiscal year %i (October belongs to the next one)', (month, fiscalYear) => {
    expect(fiscalYearOf(month)).toBe(fiscalYear);
  });

  it('gives every month of a fiscal year that fiscal year, and no other month', () => {
    for (const year of [2020, 2024]) {
      const months = fiscalMonths(year);
      for (const month of months) expect(fiscalYearOf(month)).toBe(year);
      expect(fiscalYearOf(monthOf(year - 1, 9))).toBe(year - 1);
      expect(fiscalYearOf(monthOf(year, 10))).toBe(year + 1);
    }
  });
});

describe('the net migration table', () => {
  const HEADER = 'iso3,m49,year,net_migrants,net_migration_rate';

  it('accepts one row per country and year, with negative balances', () => {
    expect(
      problemsOf(netMigration, HEADER, [
        'PER,604,2014,-50383,-1.673',
        'PER,604,2015,2421,0.079',
        'CHL,152,2014,12000,0.7',
      ]),
    ).toEqual([]);
  });

  it('refuses a repeated country and year, naming the first row', () => {
    expect(
      problemsOf(netMigration, HEADER, [
        'PER,604,2018,339067,10.63',
        'CHL,152,2018,1,0',
        'PER,604,2018,339067,10.63',
      ]),
    ).toEqual([
      {
        file: FILE,
        line: 4,
        field: 'year',
        value: 2018,
        message: 'repeats the row PER 2018 (first on line 2)',
      },
    ]);
    // A third copy names the first row too, not the second.
    expect(
      problemsOf(netMigration, HEADER, [
        'PER,604,2018,339067,10.63',
        'PER,604,2018,339067,10.63',
        'PER,604,2018,339067,10.63',
      ]).map((problem) => [problem.line, problem.message]),
    ).toEqual([
      [3, 'repeats the row PER 2018 (first on line 2)'],
      [4, 'repeats the row PER 2018 (first on line 2)'],
    ]);
  });

  it('refuses a second M49 code for one country, on every row that gives it', () => {
    expect(
      problemsOf(netMigration, HEADER, [
        'PER,604,2017,1,0',
        'PER,604,2018,1,0',
        'PER,605,2019,1,0',
        'CHL,152,2019,1,0',
        'PER,600,2020,1,0',
      ]),
    ).toEqual([
      {
        file: FILE,
        line: 4,
        field: 'm49',
        value: 605,
        message: 'gives PER another M49 code than its earlier rows (604)',
      },
      {
        file: FILE,
        line: 6,
        field: 'm49',
        value: 600,
        message: 'gives PER another M49 code than its earlier rows (604)',
      },
    ]);
  });

  it('refuses a year before the estimates start, and one that has not begun', () => {
    const next = new Date().getUTCFullYear() + 1;
    const problems = rowProblemsOf(netMigration, HEADER, ['PER,604,1949,1,0', `PER,604,${next},1,0`]);
    const where = problems.map(({ line, field, value }) => JSON.stringify({ line, field, value }));
    expect([...new Set(where)]).toEqual([
      JSON.stringify({ line: 2, field: 'year', value: '1949' }),
      JSON.stringify({ line: 3, field: 'year', value: String(next) }),
    ]);
    expect(problems.find((problem) => problem.line === 2)!.message).toBe('must be 1950 or later');
    expect(problems.find((problem) => problem.line === 3)!.message).toBe(
      `must be ${next - 1} or earlier (a year that has ended or is under way)`,
    );
  });
});

describe('the remittances table', () => {
  const HEADER = 'iso3,year,received_usd,paid_usd,gdp_usd';

  it('accepts rows with received, paid or both, a published 0 among them, and a blank GDP', () => {
    expect(
      problemsOf(remittances, HEADER, [
        'PER,2011,2696961723,,171761737047',
        'PER,2012,2787954663,0,192650021649',
        'XKX,2012,,5,',
        'VEN,2020,0,0,',
      ]),
    ).toEqual([]);
  });

  it('refuses a row with neither received nor paid, whatever its GDP', () => {
    expect(
      problemsOf(remittances, HEADER, ['PER,2010,1,,5', 'PER,2011,,,171761737047', 'CHL,2011,,,']),
    ).toEqual([
      {
        file: FILE,
        line: 3,
        field: 'received_usd',
        message: 'and paid_usd are both blank: a row gives at least one of them',
      },
      {
        file: FILE,
        line: 4,
        field: 'received_usd',
        message: 'and paid_usd are both blank: a row gives at least one of them',
      },
    ]);
  });

  it('refuses a repeated economy and year', () => {
    expect(problemsOf(remittances, HEADER, ['XKX,2020,1,2,3', 'XKX,2021,1,2,3', 'XKX,2020,4,5,6'])).toEqual([
      {
        file: FILE,
        line: 4,
        field: 'year',
        value: 2020,
        message: 'repeats the row XKX 2020 (first on line 2)',
      },
    ]);
  });

  it('refuses a year before the series start (1990)', () => {
    const [problem] = rowProblemsOf(remittances, HEADER, ['PER,1989,1,2,3']);
    expect(problem).toMatchObject({
      file: FILE,
      line: 2,
      field: 'year',
      value: '1989',
      message: 'must be 1990 or later',
    });
  });
});

describe('the border encounters table', () => {
  const HEADER = 'month,fiscal_year,citizenship,encounters';
  const row = (month: string, citizenship = 'PER', count = 1, fiscalYear = fiscalYearOf(month)) =>
    `${month},${fiscalYear},${citizenship},${count}`;
  /** No period declared partial. */
  const complete = withPeriods(encounters, {});

  it('accepts whole fiscal years whose rows carry the fiscal year of their month', () => {
    expect(
      problemsOf(
        complete,
        HEADER,
        fiscalMonths(2023).map((month) => row(month)),
      ),
    ).toEqual([]);
  });

  it('counts the months of the whole table, whichever citizenship has them', () => {
    const [first, second] = [fiscalMonths(2023).slice(0, 6), fiscalMonths(2023).slice(6)];
    const lines = [...first.map((month) => row(month, 'PER')), ...second.map((month) => row(month, 'MEX'))];
    expect(problemsOf(complete, HEADER, lines)).toEqual([]);
  });

  it.each<[string, number, number]>([
    ['2022-10', 2022, 2023],
    ['2022-12', 2022, 2023],
    ['2023-09', 2024, 2023],
    ['2023-01', 2022, 2023],
  ])('refuses %s in fiscal year %i: it belongs to %i', (month, given, expected) => {
    const lines = fiscalMonths(2023).map((entry) => row(entry));
    lines.push(row(month, 'MEX', 1, given));
    // One problem: the row's wrong fiscal year counts no month, so no partial year is made up from it.
    expect(problemsOf(complete, HEADER, lines)).toEqual([
      {
        file: FILE,
        line: 14,
        field: 'fiscal_year',
        value: given,
        message: `must be ${expected}, the US fiscal year of ${month} (October to September)`,
      },
    ]);
  });

  it('refuses a repeated month and citizenship', () => {
    const lines = fiscalMonths(2023).map((month) => row(month));
    lines.push(row('2022-10', 'MEX'), row('2022-10', 'PER', 7));
    expect(problemsOf(complete, HEADER, lines)).toEqual([
      {
        file: FILE,
        line: 15,
        field: 'citizenship',
        value: 'PER',
        message: 'repeats the row 2022-10 PER (first on line 2)',
      },
    ]);
  });

  it('refuses a fiscal year with missing months that is not declared partial, counting its months', () => {
    const lines = [...fiscalMonths(2022), ...fiscalMonths(2023).filter((month) => month !== '2023-03')].map(
      (month) => row(month),
    );
    expect(problemsOf(complete, HEADER, lines)).toEqual([
      {
        file: FILE,
        field: 'fiscal_year',
        value: 2023,
        message:
          'Fiscal year 2023 has 11 of 12 months: declare it in periods.partial of src/datasets/registry.ts, or add its missing months',
      },
    ]);
  });

  it('accepts the same fiscal year when it is declared partial', () => {
    const lines = fiscalMonths(2023)
      .slice(0, 8)
      .map((month) => row(month));
    expect(problemsOf(withPeriods(encounters, { partial: [2023] }), HEADER, lines)).toEqual([]);
  });

  it('refuses a declared partial fiscal year that has every month', () => {
    const lines = fiscalMonths(2023).map((month) => row(month));
    expect(problemsOf(withPeriods(encounters, { partial: [2023] }), HEADER, lines)).toEqual([
      {
        file: FILE,
        field: 'fiscal_year',
        value: 2023,
        message:
          'Fiscal year 2023 has all 12 months but is declared partial in src/datasets/registry.ts: remove it from periods.partial',
      },
    ]);
  });

  it("refuses a declared partial fiscal year with no rows (the registry's 2025 without its months)", () => {
    expect(encounters.periods.partial).toEqual([2025]);
    expect(
      problemsOf(
        encounters,
        HEADER,
        fiscalMonths(2024).map((month) => row(month)),
      ),
    ).toEqual([
      {
        file: FILE,
        field: 'fiscal_year',
        value: 2025,
        message: 'Fiscal year 2025 is declared partial in src/datasets/registry.ts but has no monthly rows',
      },
    ]);
  });

  it("accepts the registry's partial fiscal year 2025, October to May", () => {
    const months = [...fiscalMonths(2024), ...fiscalMonths(2025).slice(0, 8)];
    expect(months.at(-1)).toBe('2025-05');
    expect(
      problemsOf(
        encounters,
        HEADER,
        months.map((month) => row(month)),
      ),
    ).toEqual([]);
  });
});

describe('the Darién table', () => {
  const HEADER = 'period,period_type,nationality,migrants';
  const yearRow = (year: number, nationality = 'PER', count = 1) => `${year},year,${nationality},${count}`;
  const monthRow = (month: string, nationality = 'PER', count = 1) =>
    `${month},month,${nationality},${count}`;
  const monthsOf = (year: number) => Array.from({ length: 12 }, (_, index) => monthOf(year, index + 1));
  const complete = withPeriods(darien, {});

  it('accepts whole years, then years month by month', () => {
    const lines = [
      yearRow(2018),
      yearRow(2019),
      yearRow(2019, 'VEN'),
      ...monthsOf(2021).map((month) => monthRow(month)),
    ];
    expect(problemsOf(complete, HEADER, lines)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['2019', 'month', 'must be written YYYY-MM in a row of period_type month'],
    ['2021-03', 'year', 'must be written YYYY in a row of period_type year'],
  ])('refuses the period %s in a row of period_type %s', (period, periodType, message) => {
    const lines = [...monthsOf(2021).map((month) => monthRow(month)), `${period},${periodType},VEN,5`];
    expect(problemsOf(complete, HEADER, lines)).toEqual([
      { file: FILE, line: 14, field: 'period', value: period, message },
    ]);
  });

  it('refuses a year given both whole and month by month, on the whole-year row', () => {
    const lines = [
      ...monthsOf(2021).map((month) => monthRow(month)),
      yearRow(2021, 'VEN'),
      yearRow(2021, 'CUB'),
    ];
    expect(problemsOf(complete, HEADER, lines)).toEqual([
      {
        file: FILE,
        line: 14,
        field: 'period',
        value: 2021,
        message: '2021 is given both as a whole year and month by month: keep one',
      },
    ]);
  });

  it('refuses a repeated period and nationality', () => {
    const lines = [yearRow(2019), yearRow(2019, 'VEN'), yearRow(2019, 'PER', 9)];
    expect(problemsOf(complete, HEADER, lines)).toEqual([
      {
        file: FILE,
        line: 4,
        field: 'nationality',
        value: 'PER',
        message: 'repeats the row 2019 PER (first on line 2)',
      },
    ]);
  });

  it('counts the months of the whole table, whichever nationality has them', () => {
    const lines = monthsOf(2021).map((month, index) => monthRow(month, index % 2 === 0 ? 'PER' : 'OOO'));
    expect(problemsOf(complete, HEADER, lines)).toEqual([]);
  });

  it('refuses a year by month with missing months that is not declared partial', () => {
    const without = monthsOf(2020).filter((month) => !['2020-04', '2020-05', '2020-07'].includes(month));
    expect(
      problemsOf(
        complete,
        HEADER,
        without.map((month) => monthRow(month)),
      ),
    ).toEqual([
      {
        file: FILE,
        field: 'period',
        value: 2020,
        message:
          'Year 2020 has 9 of 12 months: declare it in periods.partial of src/datasets/registry.ts, or add its missing months',
      },
    ]);
  });

  it('refuses a declared partial year that has every month, and one with no monthly rows', () => {
    const lines = [yearRow(2019), ...monthsOf(2021).map((month) => monthRow(month))];
    expect(problemsOf(withPeriods(darien, { partial: [2019, 2021] }), HEADER, lines)).toEqual([
      {
        file: FILE,
        field: 'period',
        value: 2021,
        message:
          'Year 2021 has all 12 months but is declared partial in src/datasets/registry.ts: remove it from periods.partial',
      },
      // A year published whole is not a year of months: declaring it partial is a mistake too.
      {
        file: FILE,
        field: 'period',
        value: 2019,
        message: 'Year 2019 is declared partial in src/datasets/registry.ts but has no monthly rows',
      },
    ]);
  });

  it("accepts the registry's partial years: 2020 without April, May and July, 2025 to April", () => {
    expect(darien.periods.partial).toEqual([2020, 2025]);
    const lines = [
      yearRow(2019),
      ...monthsOf(2020)
        .filter((month) => !['2020-04', '2020-05', '2020-07'].includes(month))
        .map((month) => monthRow(month)),
      ...monthsOf(2024).map((month) => monthRow(month)),
      ...monthsOf(2025)
        .slice(0, 4)
        .map((month) => monthRow(month)),
    ];
    expect(problemsOf(darien, HEADER, lines)).toEqual([]);
  });
});

describe('the removals table', () => {
  const HEADER = 'fiscal_year,citizenship_iso3,citizenship_name,removals';
  const totals = (publishedTotals: Record<number, number>) => withPeriods(removals, { publishedTotals });

  it('accepts a year whose rows, uncoded entries among them, add up to its published total', () => {
    const lines = ['2023,PER,Peru,5062', '2023,MEX,Mexico,30', '2023,,Korea,3', '2023,,Unknown,5'];
    expect(problemsOf(totals({ 2023: 5062 + 30 + 3 + 5 }), HEADER, lines)).toEqual([]);
  });

  it('refuses a year whose rows do not add up to the total its report states', () => {
    const lines = ['2022,PER,Peru,980', '2023,PER,Peru,5062', '2023,,Stateless,3'];
    expect(problemsOf(totals({ 2022: 980, 2023: 5062 }), HEADER, lines)).toEqual([
      {
        file: FILE,
        field: 'removals',
        value: 5065,
        message: "fiscal year 2023 adds up to 5065, not the 5062 ICE's report states",
      },
    ]);
  });

  it('refuses a year with no published total', () => {
    const lines = ['2023,PER,Peru,5062', '2025,PER,Peru,600'];
    expect(problemsOf(totals({ 2023: 5062 }), HEADER, lines)).toEqual([
      {
        file: FILE,
        field: 'fiscal_year',
        value: 2025,
        message:
          "has no published total: add ICE's stated total of fiscal year 2025 to periods.publishedTotals in src/datasets/registry.ts",
      },
    ]);
  });

  it('refuses a fiscal year before the first the registry covers, as the years of every table', () => {
    expect(() => problemsOf(totals({ 2023: 5062 }), HEADER, ['2013,PER,Peru,600'])).toThrow(
      'fiscal_year: must be 2014 or later (got "2013")',
    );
  });

  it("checks the registry's own totals: a year of rows that add up to the total it states for 2023", () => {
    const stated = removals.periods.publishedTotals[2023];
    expect(problemsOf(removals, HEADER, ['2023,PER,Peru,5062', `2023,MEX,Mexico,${stated - 5062}`])).toEqual(
      [],
    );
    expect(problemsOf(removals, HEADER, ['2023,PER,Peru,5062'])[0]).toMatchObject({
      field: 'removals',
      value: 5062,
    });
  });

  it('refuses a citizenship code repeated in a year, whatever the name', () => {
    const lines = ['2023,PER,Peru,5000', '2023,MKD,Macedonia,0', '2023,PER,PERU,62', '2024,PER,Peru,1'];
    expect(problemsOf(totals({ 2023: 5062, 2024: 1 }), HEADER, lines)).toEqual([
      {
        file: FILE,
        line: 4,
        field: 'citizenship_iso3',
        value: 'PER',
        message: 'repeats the row 2023 PER (first on line 2)',
      },
    ]);
  });

  it('refuses an uncoded entry repeated in a year, by its name, and accepts different ones', () => {
    const lines = [
      '2015,,Korea,43',
      '2015,,South Korea (second entry as published),43',
      '2015,,Korea,1',
      '2016,,Korea,2',
    ];
    expect(problemsOf(totals({ 2015: 87, 2016: 2 }), HEADER, lines)).toEqual([
      {
        file: FILE,
        line: 4,
        field: 'citizenship_name',
        value: 'Korea',
        message: 'repeats the row 2015 Korea (first on line 2)',
      },
    ]);
  });
});
