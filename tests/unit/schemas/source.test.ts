/** A source of the figures: what it must say, and what it must not. */
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { expectIssueAt, keysOf, REMOVE, withField, type Path } from './support.ts';

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

  it('accepts a short name for one-line credits', () => {
    expect(sourceSchema.parse({ ...validSource, shortName: 'UN DESA' }).shortName).toBe('UN DESA');
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
    ['blank short name', withField(validSource, 'shortName', '  '), ['shortName']],
  ])('refuses %s', (_name, input, path) => {
    expectIssueAt(sourceSchema, input, path);
  });

  it('refuses an unknown key', () => {
    const issue = expectIssueAt(sourceSchema, { ...validSource, titel: 'x' }, []);
    expect(keysOf(issue)).toEqual(['titel']);
  });

  it.each(['2020-02-30', '2021-13-01'])('refuses the impossible publication date %s', (published) => {
    const result = sourceSchema.safeParse({
      publisher: 'P',
      title: 'T',
      year: 2020,
      kind: 'news',
      published,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['published']);
  });
});
