/** How readers see a dataset on the data page: its title and description in every edition. */
import { describe, expect, it } from 'vitest';
import { datasetTextSchema } from '../../../src/schemas/dataset-text.ts';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { expectIssueAt, inEveryEdition, keysOf, REMOVE, withField, without, type Path } from './support.ts';

const validText = {
  title: inEveryEdition('Peruvians abroad'),
  description: inEveryEdition('Mid-year stocks.'),
};

describe('datasetTextSchema', () => {
  it('accepts a title and a description in every edition', () => {
    expect(datasetTextSchema.parse(validText)).toEqual(validText);
  });

  it.each<[string, Record<string, unknown>, Path]>([
    ['missing title', withField(validText, 'title', REMOVE), ['title']],
    ['missing description', withField(validText, 'description', REMOVE), ['description']],
    ['title without Spanish', withField(validText, 'title', { en: 'x' }), ['title', 'es']],
    [
      'blank English description',
      withField(validText, 'description', { en: ' ', es: 'x' }),
      ['description', 'en'],
    ],
  ])('refuses %s', (_name, input, path) => {
    expectIssueAt(datasetTextSchema, input, path);
  });

  it.each(LOCALES)('refuses a title or a description without its %s text', (locale) => {
    expectIssueAt(datasetTextSchema, withField(validText, 'title', without(validText.title, locale)), [
      'title',
      locale,
    ]);
    expectIssueAt(
      datasetTextSchema,
      withField(validText, 'description', without(validText.description, locale)),
      ['description', locale],
    );
  });

  it('refuses an unknown key', () => {
    expect(keysOf(expectIssueAt(datasetTextSchema, { ...validText, titel: 'x' }, []))).toEqual(['titel']);
  });
});
