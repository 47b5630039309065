/** A news item's frontmatter: every field, its default and every way to get it wrong. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { newsSchema } from '../../../src/news/schema.ts';
import { expectIssueAt, keysOf, REMOVE, withField, type Path } from '../schemas/support.ts';

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

  it.each(LOCALES)('accepts the language of the edition %s', (lang) => {
    expect(newsSchema.parse({ ...validNews, lang }).lang).toBe(lang);
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
    ['a tag twice', withField(validNews, 'tags', ['policy', 'refugees', 'policy']), ['tags', 2]],
    ['a country twice', withField(validNews, 'countries', ['PER', 'CHL', 'PER']), ['countries', 2]],
    ['a title over 200 characters', withField(validNews, 'title', 'x'.repeat(201)), ['title']],
    ['a summary over 400 characters', withField(validNews, 'summary', 'x'.repeat(401)), ['summary']],
    ['a date before 1900', withField(validNews, 'date', '0100-01-01'), ['date']],
    ['a date after next year', withField(validNews, 'date', '9999-12-31'), ['date']],
    ['a right-to-left override in the title', withField(validNews, 'title', 'A \u202E title'), ['title']],
    ['a zero-width space in the summary', withField(validNews, 'summary', 'zero\u200Bwidth'), ['summary']],
    ['a replacement character in the title', withField(validNews, 'title', 'bad \uFFFD byte'), ['title']],
    [
      'a source address with a password',
      withField(validNews, 'sources', [{ name: 'x', url: 'https://u:pw@example.org/' }]),
      ['sources', 0, 'url'],
    ],
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
    expect(keysOf(issue)).toEqual(['titel']);
  });

  it('refuses an unknown key inside a source', () => {
    const issue = expectIssueAt(
      newsSchema,
      { ...validNews, sources: [{ name: 'x', link: 'https://a.org' }] },
      ['sources', 0],
    );
    expect(keysOf(issue)).toEqual(['link']);
  });
});
