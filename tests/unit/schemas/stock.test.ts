/** One row of a stock table and of a refugee table, each cell on its own (years: see datasets/tables). */
import { describe, expect, it } from 'vitest';
import { refugeeRowSchema, stockRowSchema } from '../../../src/schemas/stock.ts';
import { expectIssueAt, keysOf, REMOVE, withField, type Path } from './support.ts';

const validStockRow = {
  direction: 'emigrants',
  iso3: 'USA',
  country: 'United States',
  year: '2020',
  count: '435868',
};

describe('stockRowSchema', () => {
  it('accepts a valid row and turns its number cells into numbers', () => {
    expect(stockRowSchema.parse(validStockRow)).toEqual({
      direction: 'emigrants',
      iso3: 'USA',
      country: 'United States',
      year: 2020,
      count: 435868,
    });
  });

  // Which years a table may have is its dataset's (src/datasets/tables.ts, from the registry).
  it.each(['1950', '1993', '2021', '2100'])('leaves the year list to the dataset: accepts %s', (year) => {
    expect(stockRowSchema.parse({ ...validStockRow, year }).year).toBe(Number(year));
  });

  it('accepts the world total code WLD and a zero count', () => {
    expect(
      stockRowSchema.parse({ ...validStockRow, iso3: 'WLD', country: 'World', count: '0' }),
    ).toMatchObject({
      iso3: 'WLD',
      count: 0,
    });
  });

  it('trims spaces around number cells', () => {
    expect(stockRowSchema.parse({ ...validStockRow, count: ' 12 ' }).count).toBe(12);
  });

  it.each<[string, Record<string, unknown>, Path]>([
    ['year 1949', withField(validStockRow, 'year', '1949'), ['year']],
    ['year 2101', withField(validStockRow, 'year', '2101'), ['year']],
    ['year 2020.5', withField(validStockRow, 'year', '2020.5'), ['year']],
    ['blank year', withField(validStockRow, 'year', ''), ['year']],
    ['blank count (must not become 0)', withField(validStockRow, 'count', ''), ['count']],
    ['count of spaces', withField(validStockRow, 'count', '   '), ['count']],
    ['count -5', withField(validStockRow, 'count', '-5'), ['count']],
    ['count 1.5', withField(validStockRow, 'count', '1.5'), ['count']],
    ['count abc', withField(validStockRow, 'count', 'abc'), ['count']],
    ['count with thousands separator', withField(validStockRow, 'count', '435,868'), ['count']],
    ['missing count', withField(validStockRow, 'count', REMOVE), ['count']],
    ['unknown country QQQ', withField(validStockRow, 'iso3', 'QQQ'), ['iso3']],
    ['lower-case country per', withField(validStockRow, 'iso3', 'per'), ['iso3']],
    ['lower-case world code', withField(validStockRow, 'iso3', 'wld'), ['iso3']],
    ['unknown direction', withField(validStockRow, 'direction', 'outbound'), ['direction']],
    ['blank country name', withField(validStockRow, 'country', '  '), ['country']],
  ])('refuses %s', (_name, input, path) => {
    expectIssueAt(stockRowSchema, input, path);
  });

  it('refuses an unknown column', () => {
    const issue = expectIssueAt(stockRowSchema, { ...validStockRow, note: 'x' }, []);
    expect(keysOf(issue)).toEqual(['note']);
  });
});

const validRefugeeRow = {
  year: '2018',
  origin_iso3: 'VEN',
  asylum_country_iso3: 'PER',
  refugees: '735',
  asylum_seekers: '227325',
  other_in_need_of_international_protection: '428214',
};

describe('refugeeRowSchema', () => {
  it('accepts a valid row and turns its number cells into numbers', () => {
    expect(refugeeRowSchema.parse(validRefugeeRow)).toEqual({
      year: 2018,
      origin_iso3: 'VEN',
      asylum_country_iso3: 'PER',
      refugees: 735,
      asylum_seekers: 227325,
      other_in_need_of_international_protection: 428214,
    });
  });

  it('reads a blank "other in need" cell as null (not reported), not as 0', () => {
    const row = refugeeRowSchema.parse({
      ...validRefugeeRow,
      year: '1993',
      other_in_need_of_international_protection: '',
    });
    expect(row.other_in_need_of_international_protection).toBeNull();
  });

  it('keeps a reported 0 as 0, distinct from a blank cell', () => {
    const row = refugeeRowSchema.parse({
      ...validRefugeeRow,
      other_in_need_of_international_protection: '0',
    });
    expect(row.other_in_need_of_international_protection).toBe(0);
  });

  it('accepts a year outside the UN DESA years (UNHCR is yearly)', () => {
    expect(refugeeRowSchema.parse({ ...validRefugeeRow, year: '1993' }).year).toBe(1993);
  });

  it.each<[string, Record<string, unknown>, Path]>([
    [
      '"other in need" abc',
      withField(validRefugeeRow, 'other_in_need_of_international_protection', 'abc'),
      ['other_in_need_of_international_protection'],
    ],
    [
      '"other in need" -1',
      withField(validRefugeeRow, 'other_in_need_of_international_protection', '-1'),
      ['other_in_need_of_international_protection'],
    ],
    ['blank refugees (must not become 0)', withField(validRefugeeRow, 'refugees', ''), ['refugees']],
    ['refugees -5', withField(validRefugeeRow, 'refugees', '-5'), ['refugees']],
    ['asylum seekers 1.5', withField(validRefugeeRow, 'asylum_seekers', '1.5'), ['asylum_seekers']],
    ['year 1949', withField(validRefugeeRow, 'year', '1949'), ['year']],
    ['year 2018.5', withField(validRefugeeRow, 'year', '2018.5'), ['year']],
    ['lower-case origin', withField(validRefugeeRow, 'origin_iso3', 'ven'), ['origin_iso3']],
    [
      'unknown asylum country',
      withField(validRefugeeRow, 'asylum_country_iso3', 'XXX'),
      ['asylum_country_iso3'],
    ],
  ])('refuses %s', (_name, input, path) => {
    expectIssueAt(refugeeRowSchema, input, path);
  });

  it('refuses an unknown column', () => {
    const issue = expectIssueAt(refugeeRowSchema, { ...validRefugeeRow, stateless: '0' }, []);
    expect(keysOf(issue)).toEqual(['stateless']);
  });
});
