/** How readers see a dataset on the data page: its title and description in every edition. */
import { describe, expect, it } from 'vitest';
import { datasetTextSchema } from '../../../src/schemas/dataset-text.ts';
import { expectIssueAt, keysOf, REMOVE, withField, type Path } from './support.ts';

const validText = {
  title: { en: 'Peruvians abroad', es: 'Peruanos en el exterior' },
  description: { en: 'Mid-year stocks.', es: 'Stocks a mitad de año.' },
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

  it('refuses an unknown key', () => {
    expect(keysOf(expectIssueAt(datasetTextSchema, { ...validText, titel: 'x' }, []))).toEqual(['titel']);
  });
});
