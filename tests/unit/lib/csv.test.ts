/** The one CSV reader and writer of the project (data tables and downloads alike). */
import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, CsvSyntaxError, parseCsv, toCsv } from '../../../src/lib/csv.ts';

/** The error `parseCsv(text)` throws; fails the test when it does not throw a CsvSyntaxError. */
function syntaxError(text: string): CsvSyntaxError {
  try {
    parseCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvSyntaxError);
    return error as CsvSyntaxError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseCsv', () => {
  it('reads one record per data row, keyed by the header, with its line', () => {
    expect(parseCsv('a,b\n1,2\n3,4\n')).toEqual([
      { line: 2, cells: { a: '1', b: '2' } },
      { line: 3, cells: { a: '3', b: '4' } },
    ]);
  });

  it('keeps a comma inside a quoted field', () => {
    expect(parseCsv('name,count\n"Korea, Republic of",12\n')).toEqual([
      { line: 2, cells: { name: 'Korea, Republic of', count: '12' } },
    ]);
  });

  it('reads a doubled quote inside a quoted field as one quote', () => {
    expect(parseCsv('a,b\n"say ""hi""",x\n"""",y\n')).toEqual([
      { line: 2, cells: { a: 'say "hi"', b: 'x' } },
      { line: 3, cells: { a: '"', b: 'y' } },
    ]);
  });

  it('reads an empty quoted field as an empty string', () => {
    expect(parseCsv('a,b\n"",x\n')[0]!.cells).toEqual({ a: '', b: 'x' });
  });

  it('keeps line breaks inside quotes and counts them for the lines of later records', () => {
    const text = 'a,b\n"one\ntwo\nthree",x\nfour,y\n';
    expect(parseCsv(text)).toEqual([
      { line: 2, cells: { a: 'one\ntwo\nthree', b: 'x' } },
      { line: 5, cells: { a: 'four', b: 'y' } },
    ]);
  });

  it('reports the right line for an error after a multi-line field', () => {
    const error = syntaxError('a,b\n"one\ntwo",x\nthree,y,z\n');
    expect(error.line).toBe(4);
  });

  it('reads CRLF line ends without leaving \\r in cells', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4\r\n')).toEqual([
      { line: 2, cells: { a: '1', b: '2' } },
      { line: 3, cells: { a: '3', b: '4' } },
    ]);
  });

  it('reads CRLF after a quoted field', () => {
    expect(parseCsv('a,b\r\n1,"2"\r\n3,4')).toEqual([
      { line: 2, cells: { a: '1', b: '2' } },
      { line: 3, cells: { a: '3', b: '4' } },
    ]);
  });

  it('ignores a byte-order mark before the header', () => {
    const [record] = parseCsv('\uFEFFyear,count\n2020,5\n');
    expect(Object.keys(record!.cells)).toEqual(['year', 'count']);
    expect(record!.cells.year).toBe('2020');
  });

  it('trims spaces around header names', () => {
    expect(Object.keys(parseCsv(' a , b \n1,2\n')[0]!.cells)).toEqual(['a', 'b']);
  });

  it.each([
    ['with a trailing newline', 'a,b\n1,2\n'],
    ['without a trailing newline', 'a,b\n1,2'],
    ['with several trailing newlines', 'a,b\n1,2\n\n\n'],
  ])('gives the same single record %s', (_name, text) => {
    expect(parseCsv(text)).toEqual([{ line: 2, cells: { a: '1', b: '2' } }]);
  });

  it('skips blank lines but keeps counting them', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4\n')).toEqual([
      { line: 2, cells: { a: '1', b: '2' } },
      { line: 4, cells: { a: '3', b: '4' } },
    ]);
  });

  it('returns no records for a header alone', () => {
    expect(parseCsv('a,b\n')).toEqual([]);
  });

  it('keeps empty cells as empty strings (never as 0)', () => {
    expect(parseCsv('a,b,c\n1,,\n')[0]!.cells).toEqual({ a: '1', b: '', c: '' });
  });

  it.each([
    ['an empty file', ''],
    ['a file with only a newline', '\n'],
    ['a file with only a byte-order mark', '\uFEFF'],
  ])('refuses %s on line 1', (_name, text) => {
    const error = syntaxError(text);
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/empty/);
  });

  it('refuses a header that names a column twice, naming it', () => {
    const error = syntaxError('year,count,year\n1,2,3\n');
    expect(error.line).toBe(1);
    expect(error.message).toContain('"year"');
  });

  it('refuses a header that names a column twice once trimmed', () => {
    expect(syntaxError('year, year\n1,2\n').message).toContain('"year"');
  });

  it.each([
    ['too many fields', 'a,b\n1,2\n1,2,3\n', 3, 'has 3 fields, the header has 2'],
    ['too few fields', 'a,b,c\n1,2,3\n4,5,6\n7,8\n', 4, 'has 2 fields, the header has 3'],
    ['a row with one field', 'a,b\n1,2\nlonely\n', 3, 'has 1 fields, the header has 2'],
  ])('refuses a row with %s, giving its line', (_name, text, line, message) => {
    const error = syntaxError(text);
    expect(error.line).toBe(line);
    expect(error.message).toBe(message);
  });

  it('refuses an unclosed quote, giving the line where its record starts', () => {
    const error = syntaxError('a,b\n1,2\n3,"four\nfive\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/never closed/);
  });

  it.each([
    ['a quote in the middle of a field', 'a,b\n1,2\nab"c,d\n', 3],
    ['a quote at the end of an unquoted field', 'a,b\nabc",d\n', 2],
  ])('refuses %s', (_name, text, line) => {
    const error = syntaxError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(/may only open a field/);
  });

  it('refuses text after a closing quote', () => {
    const error = syntaxError('a,b\n1,2\n"abc"d,e\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/closing quote/);
  });

  it('throws errors named CsvSyntaxError', () => {
    expect(syntaxError('').name).toBe('CsvSyntaxError');
  });
});

describe('toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('writes %j as %j', (value, field) => {
    expect(toCsv(['v'], [{ v: value }])).toBe(`v\r\n${field}\r\n`);
  });

  it('writes null and missing values as empty fields', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: 1, b: null }])).toBe('a,b,c\r\n1,,\r\n');
  });

  it('reads back what it wrote', () => {
    const rows = [{ name: 'Korea, Dem. "North"', note: 'x\ny', count: 533 }];
    const [record] = parseCsv(toCsv(['name', 'note', 'count'], rows));
    expect(record?.cells).toEqual({ name: 'Korea, Dem. "North"', note: 'x\ny', count: '533' });
  });
});

describe('csvField and toCsv', () => {
  it('quotes only fields that need it, doubles quotes, ends every record with CRLF', () => {
    expect(csvField('Peru')).toBe('Peru');
    expect(csvField('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(csvField('the "big" one')).toBe('"the ""big"" one"');
    const rows = [
      { a: 'x,y', b: 'say "hi"' },
      { a: 'two\nlines', b: '' },
    ];
    const text = toCsv(['a', 'b'], rows);
    expect(text).toBe('a,b\r\n"x,y","say ""hi"""\r\n"two\nlines",\r\n');
    expect(parseCsv(text).map((record) => record.cells)).toEqual(rows);
  });

  it('writes the columns it is given, in their order, whatever else a row holds', () => {
    const row: Record<string, unknown> = { a: 1, b: 2, c: 3 };
    expect(toCsv(['b', 'a'], [row])).toBe('b,a\r\n2,1\r\n');
  });
});

describe('csvHeader', () => {
  it.each([
    ['direction,iso3,count\r\nemigrants,USA,1\r\n', ['direction', 'iso3', 'count']],
    ['\uFEFF a ,"b, c"\n1,2\n', ['a', 'b, c']],
    ['', []],
  ])('reads the header of %j as %j', (text, header) => {
    expect(csvHeader(text)).toEqual(header);
  });
});
