/** The tables the updater writes: validated as the build validates them, written in one canonical form. */
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../../src/datasets/tables.ts';
import {
  canonicalCsv,
  checkHeader,
  serialiseTable,
  validateTable,
} from '../../../tools/data-update/tables.ts';
import {
  failure,
  projectFile,
  UNDESA_2020 as UNDESA,
  UNDESA_2024,
  UNHCR_VEN as UNHCR,
  UPDATABLE,
} from './support.ts';

const currentStocks = projectFile(UNDESA.file);
const currentRefugees = projectFile(UNHCR.file);
const currentBySex = projectFile(UNDESA_2024.file);

describe('validateTable', () => {
  it.for(UPDATABLE)('reads the current table of $id as the build does, a row for each line', (dataset) => {
    const text = projectFile(dataset.file);
    // CRLF line ends, or LF in the world and flow tables.
    expect(validateTable(dataset, text, dataset.file)).toHaveLength(text.split(/\r?\n/).length - 2);
  });

  it('holds a table by sex to its own rules: a count of men or women, and a count that is their sum', () => {
    const row = 'emigrants,USA,United States of America,2024,512316,236719,275597';
    const line = currentBySex.split('\r\n').indexOf(row) + 1;
    let error = failure(() =>
      validateTable(UNDESA_2024, currentBySex.replace(row, `${row.slice(0, -6)}x`), 'the download'),
    );
    expect(error.details).toEqual([`the download:${line}: female: must be a number (got "x")`]);
    error = failure(() =>
      validateTable(UNDESA_2024, currentBySex.replace(row, `${row.slice(0, -6)}275598`), 'the download'),
    );
    expect(error.details).toEqual([
      `the download:${line}: count: must equal male + female (236719 + 275598 = 512317) (got 512316)`,
    ]);
  });

  it('lists every row problem and whole-table problem, naming the file given', () => {
    const text = currentStocks
      .replace('emigrants,USA,United States,1990,144199', 'emigrants,USA,United States,1993,144199')
      .replace('emigrants,CHL,Chile,2020,240273', 'emigrants,CHL,Chile,2020,x');
    const error = failure(() => validateTable(UNDESA, text, 'the download'));
    expect(error.message).toBe('2 row problems: the new table fails validation');
    expect(error.details).toEqual([
      'the download:3: year: must be one of 1990, 1995, 2000, 2005, 2010, 2015, 2020 (got "1993")',
      expect.stringMatching(/^the download:\d+: count: must be a number \(got "x"\)$/),
    ]);
  });

  it('turns a CSV syntax error into an update failure with its line', () => {
    const error = failure(() => validateTable(UNHCR, `${currentRefugees}2026,VEN,PER,1\r\n`, 'f.csv'));
    expect(error.details).toEqual(['f.csv:24: has 4 fields, the header has 6']);
  });
});

describe('checkHeader', () => {
  it('accepts the columns in any order', () => {
    expect(() => checkHeader('count,year,country,iso3,direction\n', columnsOf('stock'))).not.toThrow();
  });

  it('refuses other columns in one message, naming the missing and the unknown ones', () => {
    const text = currentStocks.replace('direction,iso3,country,year,count', 'direction,iso3,name,year,count');
    const error = failure(() => checkHeader(text, columnsOf('stock')));
    expect(error.message).toContain('missing country; unknown name');
    expect(error.details).toEqual([]);
  });

  it('refuses a header it cannot read', () => {
    expect(failure(() => checkHeader('"direction,iso3\n', columnsOf('stock'))).message).toMatch(
      /^the CSV header cannot be read: /,
    );
  });
});

describe('serialiseTable', () => {
  it('writes stock tables in one canonical order whatever the order received', () => {
    const rows = validateTable(UNDESA, currentStocks, UNDESA.file).map((entry) => entry.row);
    const shuffled = [...rows].sort((a, b) => a.country.localeCompare(b.country) || b.year - a.year);
    const text = serialiseTable(UNDESA, shuffled);
    expect(serialiseTable(UNDESA, rows)).toBe(text);
    expect(text.split('\r\n')[1]).toBe('emigrants,WLD,World (total),1990,313209');
    // The same rows as the current file, and valid under the build's rules.
    const again = validateTable(UNDESA, text, UNDESA.file).map((entry) => entry.row);
    expect(new Set(again.map((row) => JSON.stringify(row)))).toEqual(
      new Set(rows.map((row) => JSON.stringify(row))),
    );
  });

  it('writes the current table by sex byte for byte', () => {
    const rows = validateTable(UNDESA_2024, currentBySex, UNDESA_2024.file).map((entry) => entry.row);
    expect(serialiseTable(UNDESA_2024, [...rows].reverse())).toBe(currentBySex);
  });

  it('writes the current refugee table byte for byte, a count not reported as a blank cell', () => {
    const rows = validateTable(UNHCR, currentRefugees, UNHCR.file).map((entry) => entry.row);
    expect(serialiseTable(UNHCR, [...rows].reverse())).toBe(currentRefugees);
    expect(currentRefugees).toContain('\r\n1993,VEN,PER,130,0,\r\n');
  });
});

describe('canonicalCsv', () => {
  it('writes the same table whatever the order and line ends of the download', () => {
    const [header, ...lines] = currentStocks.trimEnd().split('\r\n');
    const reversed = [header, ...lines.reverse()].join('\n') + '\n';
    const text = canonicalCsv(UNDESA, currentStocks, UNDESA.file);
    expect(canonicalCsv(UNDESA, reversed, UNDESA.file)).toBe(text);
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      'direction,iso3,country,year,count',
      'emigrants,WLD,World (total),1990,313209',
      'emigrants,USA,United States,1990,144199',
    ]);
  });

  it('refuses a downloaded table by sex without its men and women', () => {
    const text = currentBySex.replace(
      'direction,iso3,country,year,count,male,female',
      'direction,iso3,country,year,count,m,f',
    );
    const error = failure(() => canonicalCsv(UNDESA_2024, text, UNDESA_2024.file));
    expect(error.message).toContain('missing male, female; unknown m, f');
    // A table of the 2020 edition's columns is not one of the 2024 edition.
    expect(failure(() => canonicalCsv(UNDESA_2024, currentStocks, UNDESA_2024.file)).message).toContain(
      'missing male, female',
    );
  });

  it('refuses a downloaded stock CSV with other columns in one message', () => {
    const text = currentStocks.replace('direction,iso3,country,year,count', 'direction,iso3,name,year,count');
    const error = failure(() => canonicalCsv(UNDESA, text, UNDESA.file));
    expect(error.message).toContain('missing country; unknown name');
    expect(error.details).toEqual([]);
  });

  it('names the downloaded line of a bad stock row', () => {
    const text = currentStocks.replace(
      'emigrants,USA,United States,1990,144199',
      'emigrants,USA,United States,1990,-1',
    );
    const error = failure(() => canonicalCsv(UNDESA, text, UNDESA.file));
    expect(error.details).toEqual([
      `${UNDESA.file} (as downloaded):3: count: must not be negative (got "-1")`,
    ]);
  });
});
