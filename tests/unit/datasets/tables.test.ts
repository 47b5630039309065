/** A dataset's rules from its registry entry: row schema with its years, whole-table rules, order, notes. */
import { describe, expect, it } from 'vitest';
import type { DatasetDefinition } from '../../../src/datasets/definition.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import {
  columnsOf,
  compareRows,
  noteTargetOf,
  readDatasetTable,
  rowSchemaOf,
} from '../../../src/datasets/tables.ts';
import { ContentError } from '../../../src/lib/content-problem.ts';
import type { RefugeeRow, StockRow } from '../../../src/schemas/stock.ts';

const stocks = datasetFor('previous-edition', 'stock');
const refugees = datasetFor('refugee-series', 'refugee');

const stockCells = (year: string) => ({
  direction: 'emigrants',
  iso3: 'USA',
  country: 'United States',
  year,
  count: '5',
});
const refugeeCells = (year: string) => ({
  year,
  origin_iso3: 'VEN',
  asylum_country_iso3: 'PER',
  refugees: '1',
  asylum_seekers: '2',
  other_in_need_of_international_protection: '',
});

/** The message of the one issue parsing `cells` gives at `year`. */
function yearIssue(
  schema: ReturnType<typeof rowSchemaOf>,
  cells: Record<string, string>,
): string | undefined {
  const result = schema.safeParse(cells);
  expect(result.success).toBe(false);
  return result.error?.issues.find((issue) => issue.path.join('.') === 'year')?.message;
}

describe('rowSchemaOf: the years of a dataset with a list of years', () => {
  const schema = rowSchemaOf(stocks);

  it.each(stocks.years.map(String))('accepts the listed year %s', (year) => {
    expect(schema.parse(stockCells(year))).toMatchObject({ year: Number(year) });
  });

  it.each(['1993', '2021', '1985', '2025'])('refuses %s, naming the years it may have', (year) => {
    expect(yearIssue(schema, stockCells(year))).toBe(
      'must be one of 1990, 1995, 2000, 2005, 2010, 2015, 2020',
    );
  });

  it("takes the list from the dataset's entry", () => {
    const other: DatasetDefinition = { ...stocks, years: [2000, 2010] };
    expect(rowSchemaOf(other).safeParse(stockCells('2010')).success).toBe(true);
    expect(yearIssue(rowSchemaOf(other), stockCells('2020'))).toBe('must be one of 2000, 2010');
  });

  it('still checks every other cell of the row', () => {
    expect(schema.safeParse({ ...stockCells('2020'), count: '-1' }).success).toBe(false);
    expect(schema.safeParse({ ...stockCells('2020'), extra: 'x' }).success).toBe(false);
  });
});

describe('rowSchemaOf: the years of a dataset with a range from its first year', () => {
  const schema = rowSchemaOf(refugees);
  const first = refugees.years.from;

  it('accepts its first year and the years after it', () => {
    expect(schema.parse(refugeeCells(String(first)))).toMatchObject({ year: first });
    expect(schema.parse(refugeeCells('2018'))).toMatchObject({ year: 2018 });
  });

  it('refuses a year before its first one', () => {
    expect(yearIssue(schema, refugeeCells(String(first - 1)))).toBe(`must be ${first} or later`);
  });

  it('refuses a year after the current one: an open range ends with the year under way', () => {
    const thisYear = new Date().getUTCFullYear();
    expect(schema.parse(refugeeCells(String(thisYear)))).toMatchObject({ year: thisYear });
    expect(yearIssue(schema, refugeeCells(String(thisYear + 1)))).toMatch(/^must be \d{4} or earlier/);
  });

  it("takes the first year from the dataset's entry", () => {
    const other: DatasetDefinition = { ...refugees, years: { from: 2000 } };
    expect(yearIssue(rowSchemaOf(other), refugeeCells('1999'))).toBe('must be 2000 or later');
  });
});

describe('readDatasetTable', () => {
  const header = columnsOf('refugee').join(',');

  it('reads the rows of a table with their lines', () => {
    const { rows, problems } = readDatasetTable(
      refugees,
      `${header}\n2017,VEN,PER,249,36062,\n2018,VEN,PER,735,227325,428214\n`,
    );
    expect(problems).toEqual([]);
    expect(rows.map((entry) => [entry.line, entry.row.year])).toEqual([
      [2, 2017],
      [3, 2018],
    ]);
  });

  it("throws every row problem with file and line, the dataset's file unless told another", () => {
    const text = `${header}\n1950,VEN,PER,1,2,\n2018,VEN,PER,x,2,\n`;
    const problems = (file?: string) => {
      try {
        readDatasetTable(refugees, text, file);
      } catch (error) {
        expect(error).toBeInstanceOf(ContentError);
        return (error as ContentError).problems.map((problem) => [problem.file, problem.line, problem.field]);
      }
      throw new Error('expected a ContentError');
    };
    expect(problems()).toEqual([
      [refugees.file, 2, 'year'],
      [refugees.file, 3, 'refugees'],
    ]);
    expect(problems('download.csv')[0]![0]).toBe('download.csv');
  });

  it("gives the kind's whole-table problems with their lines", () => {
    const { problems } = readDatasetTable(
      refugees,
      `${header}\n2017,VEN,PER,1,2,\n2017,VEN,PER,3,4,\n`,
      'f.csv',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'f.csv',
        line: 3,
        field: 'year',
        message: 'repeats the row for 2017 (first on line 2)',
      }),
    ]);
  });

  it('applies the stock rules to a stock table: countries within the world total', () => {
    const text = `${columnsOf('stock').join(',')}\nemigrants,WLD,World,2020,10\nemigrants,USA,United States,2020,20\n`;
    expect(readDatasetTable(stocks, text).problems).toEqual([
      expect.objectContaining({ file: stocks.file, line: 2, field: 'count' }),
    ]);
  });
});

describe('columnsOf', () => {
  it('gives the columns of each kind of table, in file order', () => {
    expect(columnsOf('stock')).toEqual(['direction', 'iso3', 'country', 'year', 'count']);
    expect(columnsOf('refugee')).toEqual([
      'year',
      'origin_iso3',
      'asylum_country_iso3',
      'refugees',
      'asylum_seekers',
      'other_in_need_of_international_protection',
    ]);
  });
});

describe('compareRows', () => {
  const stock = (
    direction: 'emigrants' | 'immigrants',
    iso3: string,
    year: number,
    count: number,
  ): StockRow => ({
    direction,
    iso3,
    country: iso3,
    year,
    count,
  });
  const refugee = (year: number, origin: string, asylum: string): RefugeeRow => ({
    year,
    origin_iso3: origin,
    asylum_country_iso3: asylum,
    refugees: 0,
    asylum_seekers: 0,
    other_in_need_of_international_protection: null,
  });
  const label = (row: StockRow) => `${row.direction} ${row.year} ${row.iso3}`;

  it('orders a stock table by direction, year, the world total first, then count (largest first), then code', () => {
    const rows = [
      stock('immigrants', 'VEN', 2020, 9),
      stock('emigrants', 'USA', 2020, 5),
      stock('emigrants', 'CHL', 2020, 7),
      stock('emigrants', 'ARG', 2020, 5),
      stock('emigrants', 'WLD', 2020, 30),
      stock('emigrants', 'ESP', 1990, 1),
      stock('immigrants', 'WLD', 2020, 20),
    ];
    expect([...rows].sort(compareRows('stock')).map(label)).toEqual([
      'emigrants 1990 ESP',
      'emigrants 2020 WLD',
      'emigrants 2020 CHL',
      'emigrants 2020 ARG',
      'emigrants 2020 USA',
      'immigrants 2020 WLD',
      'immigrants 2020 VEN',
    ]);
  });

  it('orders a refugee table by year, then origin, then country of asylum', () => {
    const rows = [
      refugee(2019, 'VEN', 'PER'),
      refugee(2018, 'VEN', 'PER'),
      refugee(2018, 'COL', 'PER'),
      refugee(2018, 'COL', 'ECU'),
    ];
    expect(
      [...rows]
        .sort(compareRows('refugee'))
        .map((row) => `${row.year} ${row.origin_iso3} ${row.asylum_country_iso3}`),
    ).toEqual(['2018 COL ECU', '2018 COL PER', '2018 VEN PER', '2019 VEN PER']);
  });
});

describe('noteTargetOf', () => {
  it("matches a stock row's note by its country and direction", () => {
    const row: StockRow = {
      direction: 'immigrants',
      iso3: 'VEN',
      country: 'Venezuela',
      year: 2020,
      count: 1,
    };
    expect(noteTargetOf(stocks, row)).toEqual({ codes: ['VEN'], direction: 'immigrants' });
  });

  it("matches a refugee row's note by either of its countries, with no direction", () => {
    const row: RefugeeRow = {
      year: 2020,
      origin_iso3: 'VEN',
      asylum_country_iso3: 'PER',
      refugees: 1,
      asylum_seekers: 1,
      other_in_need_of_international_protection: 1,
    };
    expect(noteTargetOf(refugees, row)).toEqual({ codes: ['VEN', 'PER'] });
  });
});
