/** A headline fact: each kind with its own fields, shares that add up, a source it is given. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeFactSchema } from '../../../src/schemas/fact.ts';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { expectIssueAt, inEveryEdition, keysOf, REMOVE, withField, without, type Path } from './support.ts';

const factSchema = makeFactSchema(z.string());
const label = inEveryEdition('Peruvians living abroad');
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

  it.each(LOCALES)('refuses a label without its %s text', (locale) => {
    expectIssueAt(factSchema, withField(validCountFact, 'label', without(label, locale)), ['label', locale]);
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
    expect(keysOf(issue)).toEqual(['titel']);
  });

  it('refuses a value on a statement (each kind has its own fields)', () => {
    const issue = expectIssueAt(factSchema, { ...validCountFact, kind: 'statement' }, []);
    expect(keysOf(issue)).toEqual(expect.arrayContaining(['value', 'qualifier']));
  });

  it('uses the source schema it is given', () => {
    const strict = makeFactSchema(z.literal('only-this'));
    expectIssueAt(strict, validCountFact, ['source']);
    expect(strict.safeParse({ ...validCountFact, source: 'only-this' }).success).toBe(true);
  });
});
