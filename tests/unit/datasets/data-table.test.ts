/** A CSV data table read row by row, then checked as a whole, every problem reported at once. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { rowSchemaOf } from '../../../src/datasets/tables.ts';
import { ContentError } from '../../../src/lib/content-problem.ts';
import {
  checkRefugeeTable,
  checkStockTable,
  readTable,
  rowValidator,
} from '../../../src/datasets/data-table.ts';
import { refugeeRowSchema } from '../../../src/schemas/stock.ts';

const FILE = 'content/data/stocks.csv';
/** The rows of the map's stock table, as the build reads them (its years from the registry). */
const stockRowSchema = rowSchemaOf(datasetFor('previous-edition', 'stock'));
const STOCK_HEADER = 'direction,iso3,country,year,count';

/** A stock CSV from data lines (the header is line 1, so `lines[0]` is line 2). */
function stockCsv(...lines: string[]): string {
  return [STOCK_HEADER, ...lines].join('\n') + '\n';
}

function stockRows(...lines: string[]) {
  return readTable(stockCsv(...lines), FILE, stockRowSchema);
}

/** The ContentError `run` throws; fails the test when it throws nothing or something else. */
function contentError(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError');
}

describe('readTable', () => {
  it('returns validated rows with their line and the cells as written', () => {
    const rows = stockRows('emigrants,WLD,World,2020,100', 'emigrants,USA,United States,2020,60');
    expect(rows).toEqual([
      {
        line: 2,
        row: { direction: 'emigrants', iso3: 'WLD', country: 'World', year: 2020, count: 100 },
        cells: { direction: 'emigrants', iso3: 'WLD', country: 'World', year: '2020', count: '100' },
      },
      {
        line: 3,
        row: { direction: 'emigrants', iso3: 'USA', country: 'United States', year: 2020, count: 60 },
        cells: { direction: 'emigrants', iso3: 'USA', country: 'United States', year: '2020', count: '60' },
      },
    ]);
  });

  it('collects every bad row (3 bad rows → 3 problems) with file, line, field and value', () => {
    const error = contentError(() =>
      stockRows(
        'emigrants,WLD,World,2020,100', // line 2: fine
        'emigrants,USA,United States,2020,-5', // line 3
        'emigrants,QQQ,Nowhere,2020,10', // line 4
        'emigrants,CHL,Chile,2020,10', // line 5: fine
        'emigrants,ARG,Argentina,1993,10', // line 6
      ),
    );
    expect(error.problems).toHaveLength(3);
    expect(error.problems).toEqual([
      expect.objectContaining({ file: FILE, line: 3, field: 'count', value: '-5' }),
      expect.objectContaining({ file: FILE, line: 4, field: 'iso3', value: 'QQQ' }),
      expect.objectContaining({ file: FILE, line: 6, field: 'year', value: '1993' }),
    ]);
  });

  it('reports a blank count as a problem with its empty value', () => {
    const error = contentError(() => stockRows('emigrants,WLD,World,2020,'));
    expect(error.problems).toEqual([
      { file: FILE, line: 2, field: 'count', value: '', message: 'must be a number' },
    ]);
  });

  it('lists every problem in the error message, one describeProblem line each', () => {
    const error = contentError(() =>
      stockRows(
        'emigrants,WLD,World,2020,1.5',
        'emigrants,USA,United States,2020,-5',
        'emigrants,CHL,Chile,2020,',
      ),
    );
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('3 content problems:');
    expect(lines.slice(1)).toEqual([
      `  ${FILE}:2: count: must be a whole number (got "1.5")`,
      `  ${FILE}:3: count: must not be negative (got "-5")`,
      `  ${FILE}:4: count: must be a number (got "")`,
    ]);
  });

  it('says "1 content problem" for a single problem', () => {
    const error = contentError(() => stockRows('emigrants,WLD,World,2020,-1'));
    expect(error.message.split('\n')[0]).toBe('1 content problem:');
  });

  it('turns a CSV syntax error into a content problem with its line', () => {
    const error = contentError(() =>
      readTable(`${STOCK_HEADER}\nemigrants,WLD,World,2020,1,extra\n`, FILE, stockRowSchema),
    );
    expect(error.problems).toEqual([
      { file: FILE, line: 2, field: '', message: 'has 6 fields, the header has 5' },
    ]);
  });

  it('refuses a table without data rows', () => {
    const error = contentError(() => readTable(`${STOCK_HEADER}\n`, FILE, stockRowSchema));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: FILE, field: '' });
    expect(error.problems[0]!.message).toMatch(/no data rows/);
  });

  it('reports a misspelt column for every row', () => {
    const text = 'direction,iso3,country,year,cuont\nemigrants,WLD,World,2020,1\nemigrants,USA,US,2020,1\n';
    const error = contentError(() => readTable(text, FILE, stockRowSchema));
    // each row: the required `count` is missing and `cuont` is unknown
    expect(
      error.problems.filter((problem) => problem.field === 'count').map((problem) => problem.line),
    ).toEqual([2, 3]);
    expect(
      error.problems.filter((problem) => problem.message.includes('cuont')).map((problem) => problem.line),
    ).toEqual([2, 3]);
  });
});

describe('checkStockTable', () => {
  it('accepts countries that add up to less than the world total (the rest is other or unknown)', () => {
    const rows = stockRows(
      'emigrants,WLD,World,2020,100',
      'emigrants,USA,United States,2020,60',
      'emigrants,CHL,Chile,2020,30',
    );
    expect(checkStockTable(rows, FILE)).toEqual([]);
  });

  it('accepts countries that add up to exactly the world total', () => {
    const rows = stockRows(
      'emigrants,WLD,World,2020,100',
      'emigrants,USA,United States,2020,60',
      'emigrants,CHL,Chile,2020,40',
    );
    expect(checkStockTable(rows, FILE)).toEqual([]);
  });

  it('reports a duplicate row with both its line and the line of the first one', () => {
    const rows = stockRows(
      'emigrants,WLD,World,2020,100', // 2
      'emigrants,USA,United States,2020,10', // 3
      'emigrants,CHL,Chile,2020,10', // 4
      'emigrants,USA,United States,2020,10', // 5
    );
    const problems = checkStockTable(rows, FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 5, field: 'iso3', value: 'USA' });
    expect(problems[0]!.message).toContain('first on line 3');
  });

  it('does not treat the same country in another year or direction as a duplicate', () => {
    const rows = stockRows(
      'emigrants,WLD,World,2020,100',
      'emigrants,USA,United States,2020,10',
      'emigrants,WLD,World,2015,100',
      'emigrants,USA,United States,2015,10',
      'immigrants,WLD,World,2020,100',
      'immigrants,USA,United States,2020,10',
    );
    expect(checkStockTable(rows, FILE)).toEqual([]);
  });

  it('reports countries summing over the world total on the world total line, with the sum', () => {
    const rows = stockRows(
      'immigrants,USA,United States,2015,70', // 2
      'immigrants,WLD,World,2015,100', // 3
      'immigrants,CHL,Chile,2015,50', // 4
    );
    const problems = checkStockTable(rows, FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 3, field: 'count', value: 100 });
    expect(problems[0]!.message).toContain('120');
    expect(problems[0]!.message).toContain('immigrants');
    expect(problems[0]!.message).toContain('2015');
  });

  it('checks each direction and year against its own world total', () => {
    const rows = stockRows(
      'emigrants,WLD,World,2020,1000',
      'emigrants,WLD,World,2015,10',
      'emigrants,USA,United States,2015,20', // over the 2015 total, far under the 2020 one
      'emigrants,USA,United States,2020,20',
    );
    const problems = checkStockTable(rows, FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, field: 'count', value: 10 });
  });

  it('reports a direction and year with country rows but no world total', () => {
    const rows = stockRows(
      'emigrants,WLD,World,2020,100',
      'emigrants,USA,United States,2020,10',
      'immigrants,VEN,Venezuela,2020,10',
    );
    const problems = checkStockTable(rows, FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, field: 'iso3' });
    expect(problems[0]!.message).toContain('immigrants 2020');
    expect(problems[0]!.message).toContain('WLD');
  });

  it('reports every whole-table problem at once', () => {
    const rows = stockRows(
      'emigrants,WLD,World,2020,10', // 2: countries add up to 30
      'emigrants,USA,United States,2020,20', // 3
      'emigrants,CHL,Chile,2020,10', // 4
      'emigrants,CHL,Chile,2020,10', // 5: duplicate
      'immigrants,VEN,Venezuela,2020,10', // no world total
    );
    const problems = checkStockTable(rows, FILE);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 5, field: 'iso3', value: 'CHL' }),
        expect.objectContaining({ line: 2, field: 'count', value: 10 }),
        expect.objectContaining({ field: 'iso3', message: expect.stringContaining('immigrants 2020') }),
      ]),
    );
  });
});

describe('checkRefugeeTable', () => {
  const header =
    'year,origin_iso3,asylum_country_iso3,refugees,asylum_seekers,other_in_need_of_international_protection';
  const file = 'content/data/refugees.csv';

  it('accepts one row per year', () => {
    const rows = readTable(
      `${header}\n2017,VEN,PER,249,36062,\n2018,VEN,PER,735,227325,428214\n`,
      file,
      refugeeRowSchema,
    );
    expect(checkRefugeeTable(rows, file)).toEqual([]);
  });

  it('accepts the same year for another origin', () => {
    const rows = readTable(`${header}\n2018,VEN,PER,1,2,3\n2018,COL,PER,1,2,3\n`, file, refugeeRowSchema);
    expect(checkRefugeeTable(rows, file)).toEqual([]);
  });

  it('reports a repeated year with both lines', () => {
    const rows = readTable(
      `${header}\n2017,VEN,PER,249,36062,\n2018,VEN,PER,735,227325,428214\n2017,VEN,PER,250,36000,\n`,
      file,
      refugeeRowSchema,
    );
    const problems = checkRefugeeTable(rows, file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, line: 4, field: 'year', value: 2017 });
    expect(problems[0]!.message).toContain('first on line 2');
  });
});

describe('rowValidator', () => {
  const count = z.string().regex(/^\d+$/, 'must be a number').transform(Number);
  const place = z.union([z.literal('WLD'), z.string().regex(/^[A-Z]{3}$/, 'must be a code')]);
  const strict = z.strictObject({ iso3: place, year: count, count });
  const completed = z
    .strictObject({ iso3: place, male: count, female: count })
    .pipe(z.transform((row) => ({ ...row, total: row.male + row.female })));
  const rows = [
    { iso3: 'PER', year: '2020', count: '12' },
    { iso3: 'CHL', year: '2020', count: '12' },
    { iso3: 'PER', year: '2024', count: '7' },
  ];

  it('gives the whole schema’s rows for valid cells, repeated cells included', () => {
    const validate = rowValidator(strict);
    for (const cells of [...rows, ...rows]) expect(validate(cells)).toEqual(strict.safeParse(cells));
  });

  it('completes the rows of a schema that completes them, as the whole schema does', () => {
    const validate = rowValidator(completed);
    const cells = { iso3: 'PER', male: '3', female: '4' };
    expect(validate(cells)).toEqual({ success: true, data: { iso3: 'PER', male: 3, female: 4, total: 7 } });
    expect(validate(cells)).toEqual(completed.safeParse(cells));
  });

  it('reports an invalid cell, even one seen valid in another column, in the whole schema’s words', () => {
    const validate = rowValidator(strict);
    validate(rows[0]!);
    const bad = { iso3: 'per', year: '2020', count: 'PER' };
    const result = validate(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual(strict.safeParse(bad).error!.issues);
  });

  it('refuses a missing or an extra column as the whole schema does', () => {
    const validate = rowValidator(strict);
    for (const cells of [
      { iso3: 'PER', year: '2020' },
      { iso3: 'PER', year: '2020', count: '1', note: 'x' },
    ]) {
      const result = validate(cells as Record<string, string>);
      expect(result.success).toBe(false);
      expect(result.error!.issues).toEqual(strict.safeParse(cells).error!.issues);
    }
  });

  it('keeps a rule on the whole row: a refined schema is parsed whole', () => {
    const refined = strict.refine((row) => row.count > 10, { message: 'too few', path: ['count'] });
    const result = rowValidator(refined)(rows[2]!);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('too few');
  });

  it('never shares a value that is not plain between rows: a date is made for each row', () => {
    const dated = z.strictObject({ day: z.string().transform((text) => new Date(`${text}T00:00:00Z`)) });
    const validate = rowValidator(dated);
    const first = validate({ day: '2020-01-01' });
    const second = validate({ day: '2020-01-01' });
    expect(first.data!.day).toEqual(new Date('2020-01-01T00:00:00Z'));
    expect(second.data!.day).not.toBe(first.data!.day);
  });
});
