import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { isRealCalendarDate } from '../../src/schemas/common.ts';
import { dataNoteSchema } from '../../src/schemas/data-note.ts';
import { makeFactSchema } from '../../src/schemas/fact.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { refugeeRowSchema, stockRowSchema } from '../../src/schemas/stock.ts';

type Path = (string | number)[];
type Issue = z.core.$ZodIssue;

/** Parses `input`, expects a failure and returns the issues. */
function failures(schema: z.ZodType, input: unknown): Issue[] {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  return result.error?.issues ?? [];
}

/** Expects parsing to fail with an issue at exactly `path`. */
function expectIssueAt(schema: z.ZodType, input: unknown, path: Path): Issue {
  const issues = failures(schema, input);
  const paths = issues.map((issue) => issue.path);
  expect(paths).toContainEqual(path);
  return issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(path))!;
}

/** `base` with `key` replaced (or removed when `value` is `undefined` and `remove` is set). */
function withField<T extends Record<string, unknown>>(
  base: T,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(base);
  if (value === REMOVE) delete copy[key];
  else copy[key] = value;
  return copy;
}
const REMOVE = Symbol('remove');

// ── news ────────────────────────────────────────────────────────────────────────────────────────
const validNews = {
  title: 'Peru assumes the presidency of the Quito Process',
  date: '2020-11-27',
  summary: 'Peru took over from Chile.',
  tags: ['quito-process', 'venezuelans'],
  countries: ['PER', 'CHL'],
  sources: [{ name: 'UNHCR', url: 'https://www.unhcr.org/' }, { name: 'The 2020 page' }],
  lang: 'en',
};

describe('newsSchema', () => {
  it('accepts a valid item and fills in defaults', () => {
    const result = newsSchema.safeParse(validNews);
    expect(result.success).toBe(true);
    const data = result.data!;
    expect(data.date).toBeInstanceOf(Date);
    expect(data.date.toISOString()).toBe('2020-11-27T00:00:00.000Z');
    expect(data.datePrecision).toBe('day');
    expect(data.draft).toBe(false);
    expect(data.sources[1]).toEqual({ name: 'The 2020 page' });
  });

  it('defaults countries to an empty list and keeps month precision', () => {
    const { countries: _countries, ...rest } = validNews;
    const data = newsSchema.parse({ ...rest, datePrecision: 'month' });
    expect(data.countries).toEqual([]);
    expect(data.datePrecision).toBe('month');
  });

  it('trims a title with surrounding spaces', () => {
    expect(newsSchema.parse({ ...validNews, title: '  Title  ' }).title).toBe('Title');
  });

  it.each<[string, Record<string, unknown>, Path]>([
    ['missing title', withField(validNews, 'title', REMOVE), ['title']],
    ['blank title', withField(validNews, 'title', '   '), ['title']],
    ['empty title', withField(validNews, 'title', ''), ['title']],
    ['blank summary', withField(validNews, 'summary', ' \t '), ['summary']],
    ['impossible date 2020-02-30', withField(validNews, 'date', '2020-02-30'), ['date']],
    ['month 13', withField(validNews, 'date', '2021-13-01'), ['date']],
    ['day 00', withField(validNews, 'date', '2021-01-00'), ['date']],
    ['date written DD/MM/YYYY', withField(validNews, 'date', '27/11/2020'), ['date']],
    ['date without zero padding', withField(validNews, 'date', '2020-1-5'), ['date']],
    ['date with a time', withField(validNews, 'date', '2020-11-27T10:00:00Z'), ['date']],
    ['date as a YAML 1.1 Date object', withField(validNews, 'date', new Date('2020-11-27')), ['date']],
    ['missing date', withField(validNews, 'date', REMOVE), ['date']],
    ['unknown country XXX', withField(validNews, 'countries', ['PER', 'XXX']), ['countries', 1]],
    ['lower-case country code', withField(validNews, 'countries', ['per']), ['countries', 0]],
    ['alpha-2 country code', withField(validNews, 'countries', ['PE']), ['countries', 0]],
    ['empty sources list', withField(validNews, 'sources', []), ['sources']],
    [
      'source without a name',
      withField(validNews, 'sources', [{ url: 'https://example.org/' }]),
      ['sources', 0, 'name'],
    ],
    [
      'javascript: source url',
      withField(validNews, 'sources', [{ name: 'x', url: 'javascript:alert(1)' }]),
      ['sources', 0, 'url'],
    ],
    [
      'data: source url',
      withField(validNews, 'sources', [{ name: 'x', url: 'data:text/html,hi' }]),
      ['sources', 0, 'url'],
    ],
    [
      'relative source url',
      withField(validNews, 'sources', [{ name: 'x', url: '/news/' }]),
      ['sources', 0, 'url'],
    ],
    ['tag with capitals and spaces', withField(validNews, 'tags', ['Quito Process']), ['tags', 0]],
    ['tag with underscore', withField(validNews, 'tags', ['ok', 'quito_process']), ['tags', 1]],
    ['tag with a trailing hyphen', withField(validNews, 'tags', ['refugees-']), ['tags', 0]],
    ['no tags', withField(validNews, 'tags', []), ['tags']],
    ['unknown language', withField(validNews, 'lang', 'fr'), ['lang']],
    ['blank translationOf', withField(validNews, 'translationOf', '  '), ['translationOf']],
    ['draft as a string', withField(validNews, 'draft', 'yes'), ['draft']],
    ['unknown date precision', withField(validNews, 'datePrecision', 'year'), ['datePrecision']],
  ])('refuses %s', (_name, input, path) => {
    expectIssueAt(newsSchema, input, path);
  });

  it('refuses an unknown key such as a misspelt title, naming the key', () => {
    const issue = expectIssueAt(newsSchema, { ...validNews, titel: 'x' }, []);
    expect(issue.code).toBe('unrecognized_keys');
    expect((issue as { keys: string[] }).keys).toEqual(['titel']);
  });

  it('refuses an unknown key inside a source', () => {
    const issue = expectIssueAt(
      newsSchema,
      { ...validNews, sources: [{ name: 'x', link: 'https://a.org' }] },
      ['sources', 0],
    );
    expect((issue as { keys: string[] }).keys).toEqual(['link']);
  });
});

// ── sources ─────────────────────────────────────────────────────────────────────────────────────
const validSource = {
  kind: 'dataset',
  publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
  title: 'International Migrant Stock 2020',
  edition: 'POP/DB/MIG/Stock/Rev.2020',
  year: 2020,
  published: '2020-12-15',
  url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
};

describe('sourceSchema', () => {
  it('accepts a valid source', () => {
    expect(sourceSchema.parse(validSource)).toEqual(validSource);
  });

  it('accepts a source without url (an unconfirmed address is left out)', () => {
    const { url: _url, ...rest } = validSource;
    expect(sourceSchema.safeParse(rest).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, Path]>([
    ['missing title', withField(validSource, 'title', REMOVE), ['title']],
    ['blank title', withField(validSource, 'title', '   '), ['title']],
    ['blank publisher', withField(validSource, 'publisher', ''), ['publisher']],
    ['javascript: url', withField(validSource, 'url', 'javascript:alert(1)'), ['url']],
    ['ftp: url', withField(validSource, 'url', 'ftp://example.org/file'), ['url']],
    ['url that is not a URL', withField(validSource, 'url', 'www.un.org'), ['url']],
    ['published not YYYY-MM-DD', withField(validSource, 'published', '15/12/2020'), ['published']],
    ['year before 1950', withField(validSource, 'year', 1949), ['year']],
    ['year after 2100', withField(validSource, 'year', 2101), ['year']],
    ['fractional year', withField(validSource, 'year', 2020.5), ['year']],
    ['year as a string', withField(validSource, 'year', '2020'), ['year']],
    ['unknown kind', withField(validSource, 'kind', 'blog'), ['kind']],
    ['blank note', withField(validSource, 'note', ' '), ['note']],
  ])('refuses %s', (_name, input, path) => {
    expectIssueAt(sourceSchema, input, path);
  });

  it('refuses an unknown key', () => {
    const issue = expectIssueAt(sourceSchema, { ...validSource, titel: 'x' }, []);
    expect((issue as { keys: string[] }).keys).toEqual(['titel']);
  });
});

// ── facts ───────────────────────────────────────────────────────────────────────────────────────
const factSchema = makeFactSchema(z.string());
const label = { en: 'Peruvians living abroad', es: 'Peruanos que viven en el exterior' };
const validCountFact = {
  role: 'origin',
  order: 1,
  kind: 'count',
  value: 1700000,
  qualifier: 'about',
  year: 2020,
  source: 'inmovilidad-peru-2020',
  label,
};
const validSharesFact = {
  role: 'origin',
  order: 2,
  kind: 'shares',
  year: 2020,
  source: 'inmovilidad-peru-2020',
  label,
  items: [
    { iso3: 'USA', percent: 50 },
    { iso3: 'CHL', percent: 21 },
    { iso3: 'ARG', percent: 29 },
  ],
};

describe('makeFactSchema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['count', validCountFact],
    ['shares adding up to exactly 100', validSharesFact],
    ['percent', { role: 'context', order: 1, kind: 'percent', value: 27.6, year: 2024, source: 's', label }],
    [
      'statement over a period',
      { role: 'transit', order: 1, kind: 'statement', year: 2016, yearTo: 2019, source: 's', label },
    ],
    [
      'not-available',
      {
        role: 'deportee-receiving',
        order: 1,
        kind: 'not-available',
        year: 2020,
        source: 's',
        label,
        reason: label,
      },
    ],
    ['period of one year (yearTo = year)', { ...validCountFact, yearTo: 2020 }],
  ])('accepts a valid %s fact', (_name, input) => {
    expect(factSchema.safeParse(input).success).toBe(true);
  });

  it('keeps the fact as given', () => {
    expect(factSchema.parse(validCountFact)).toEqual(validCountFact);
  });

  it.each<[string, Record<string, unknown>, Path]>([
    ['missing label', withField(validCountFact, 'label', REMOVE), ['label']],
    ['blank English label', withField(validCountFact, 'label', { en: '   ', es: 'x' }), ['label', 'en']],
    ['label without Spanish', withField(validCountFact, 'label', { en: 'x' }), ['label', 'es']],
    [
      'shares over 100 in sum',
      withField(validSharesFact, 'items', [
        { iso3: 'USA', percent: 60 },
        { iso3: 'CHL', percent: 50 },
      ]),
      ['items'],
    ],
    [
      'duplicate share country',
      withField(validSharesFact, 'items', [
        { iso3: 'USA', percent: 10 },
        { iso3: 'CHL', percent: 10 },
        { iso3: 'USA', percent: 20 },
      ]),
      ['items', 2, 'iso3'],
    ],
    [
      'share percent 120',
      withField(validSharesFact, 'items', [{ iso3: 'USA', percent: 120 }]),
      ['items', 0, 'percent'],
    ],
    [
      'negative share percent',
      withField(validSharesFact, 'items', [{ iso3: 'USA', percent: -1 }]),
      ['items', 0, 'percent'],
    ],
    [
      'unknown share country',
      withField(validSharesFact, 'items', [{ iso3: 'XXX', percent: 1 }]),
      ['items', 0, 'iso3'],
    ],
    [
      'lower-case share country',
      withField(validSharesFact, 'items', [{ iso3: 'per', percent: 1 }]),
      ['items', 0, 'iso3'],
    ],
    ['empty shares list', withField(validSharesFact, 'items', []), ['items']],
    ['negative count', withField(validCountFact, 'value', -1), ['value']],
    ['fractional count 1.5', withField(validCountFact, 'value', 1.5), ['value']],
    ['count as a string', withField(validCountFact, 'value', '1700000'), ['value']],
    ['unknown qualifier', withField(validCountFact, 'qualifier', 'roughly'), ['qualifier']],
    ['yearTo before year', withField(validCountFact, 'yearTo', 2019), ['yearTo']],
    ['year before 1950', withField(validCountFact, 'year', 1900), ['year']],
    ['unknown role', withField(validCountFact, 'role', 'sender'), ['role']],
    ['negative order', withField(validCountFact, 'order', -1), ['order']],
    ['missing source', withField(validCountFact, 'source', REMOVE), ['source']],
    ['unknown kind', withField(validCountFact, 'kind', 'ratio'), ['kind']],
    [
      'percent over 100',
      { role: 'context', order: 1, kind: 'percent', value: 101, year: 2024, source: 's', label },
      ['value'],
    ],
  ])('refuses %s', (_name, input, path) => {
    expectIssueAt(factSchema, input, path);
  });

  it('reports the sum of shares over 100 in its message', () => {
    const issue = expectIssueAt(
      factSchema,
      withField(validSharesFact, 'items', [
        { iso3: 'USA', percent: 60 },
        { iso3: 'CHL', percent: 50 },
      ]),
      ['items'],
    );
    expect(issue.message).toContain('110.0%');
  });

  it('names the country listed twice', () => {
    const issue = expectIssueAt(
      factSchema,
      withField(validSharesFact, 'items', [
        { iso3: 'USA', percent: 10 },
        { iso3: 'USA', percent: 20 },
      ]),
      ['items', 1, 'iso3'],
    );
    expect(issue.message).toContain('USA');
  });

  it('refuses an unknown key', () => {
    const issue = expectIssueAt(factSchema, { ...validCountFact, titel: 'x' }, []);
    expect((issue as { keys: string[] }).keys).toEqual(['titel']);
  });

  it('refuses a value on a statement (each kind has its own fields)', () => {
    const issue = expectIssueAt(factSchema, { ...validCountFact, kind: 'statement' }, []);
    expect((issue as { keys: string[] }).keys).toEqual(expect.arrayContaining(['value', 'qualifier']));
  });

  it('uses the source schema it is given', () => {
    const strict = makeFactSchema(z.literal('only-this'));
    expectIssueAt(strict, validCountFact, ['source']);
    expect(strict.safeParse({ ...validCountFact, source: 'only-this' }).success).toBe(true);
  });
});

// ── stock rows ──────────────────────────────────────────────────────────────────────────────────
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

  it.each(['1990', '1995', '2000', '2005', '2010', '2015', '2020'])('accepts the UN DESA year %s', (year) => {
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
    ['year 1993 (not a UN DESA year)', withField(validStockRow, 'year', '1993'), ['year']],
    ['year 2021', withField(validStockRow, 'year', '2021'), ['year']],
    ['blank year', withField(validStockRow, 'year', ''), ['year']],
    ['blank count (must not become 0)', withField(validStockRow, 'count', ''), ['count']],
    ['count of spaces', withField(validStockRow, 'count', '   '), ['count']],
    ['count -5', withField(validStockRow, 'count', '-5'), ['count']],
    ['count 1.5', withField(validStockRow, 'count', '1.5'), ['count']],
    ['count abc', withField(validStockRow, 'count', 'abc'), ['count']],
    ['count with thousands separator', withField(validStockRow, 'count', '435,868'), ['count']],
    ['missing count', withField(validStockRow, 'count', REMOVE), ['count']],
    ['unknown country XXX', withField(validStockRow, 'iso3', 'XXX'), ['iso3']],
    ['lower-case country per', withField(validStockRow, 'iso3', 'per'), ['iso3']],
    ['lower-case world code', withField(validStockRow, 'iso3', 'wld'), ['iso3']],
    ['unknown direction', withField(validStockRow, 'direction', 'outbound'), ['direction']],
    ['blank country name', withField(validStockRow, 'country', '  '), ['country']],
  ])('refuses %s', (_name, input, path) => {
    expectIssueAt(stockRowSchema, input, path);
  });

  it('refuses an unknown column', () => {
    const issue = expectIssueAt(stockRowSchema, { ...validStockRow, note: 'x' }, []);
    expect((issue as { keys: string[] }).keys).toEqual(['note']);
  });
});

// ── refugee rows ────────────────────────────────────────────────────────────────────────────────
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
    expect((issue as { keys: string[] }).keys).toEqual(['stateless']);
  });
});

// ── data notes ──────────────────────────────────────────────────────────────────────────────────
const validNote = {
  dataset: 'undesa-ims2020-peru',
  direction: 'emigrants',
  iso3: 'PRK',
  text: { en: 'Probably the Republic of Korea.', es: 'Probablemente la República de Corea.' },
};

describe('dataNoteSchema', () => {
  it('accepts a valid note', () => {
    expect(dataNoteSchema.parse(validNote)).toEqual(validNote);
  });

  it('accepts a note for both directions (direction left out)', () => {
    expect(dataNoteSchema.safeParse(withField(validNote, 'direction', REMOVE)).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, Path]>([
    ['unknown dataset', withField(validNote, 'dataset', 'undesa-2024'), ['dataset']],
    ['unknown direction', withField(validNote, 'direction', 'both'), ['direction']],
    ['unknown country XXX', withField(validNote, 'iso3', 'XXX'), ['iso3']],
    ['lower-case country per', withField(validNote, 'iso3', 'per'), ['iso3']],
    ['text without Spanish', withField(validNote, 'text', { en: 'x' }), ['text', 'es']],
    ['blank English text', withField(validNote, 'text', { en: '   ', es: 'x' }), ['text', 'en']],
    ['missing text', withField(validNote, 'text', REMOVE), ['text']],
  ])('refuses %s', (_name, input, path) => {
    expectIssueAt(dataNoteSchema, input, path);
  });

  it('refuses an unknown key, also inside the text', () => {
    expect(
      (expectIssueAt(dataNoteSchema, { ...validNote, titel: 'x' }, []) as { keys: string[] }).keys,
    ).toEqual(['titel']);
    const inner = expectIssueAt(dataNoteSchema, { ...validNote, text: { ...validNote.text, fr: 'x' } }, [
      'text',
    ]);
    expect((inner as { keys: string[] }).keys).toEqual(['fr']);
  });
});

// ── calendar dates ──────────────────────────────────────────────────────────────────────────────
describe('isRealCalendarDate', () => {
  it.each([
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2020-04-31', false],
    ['2020-04-30', true],
    ['2020-12-31', true],
    ['2020-02-30', false],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-01-00', false],
    ['2021-01-32', false],
  ])('%s → %s', (text, expected) => {
    expect(isRealCalendarDate(text)).toBe(expected);
  });
});
