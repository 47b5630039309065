/** A data note: the dataset, direction and country it belongs to, and its text in every edition. */
import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../../../src/datasets/registry.ts';
import { dataNoteSchema } from '../../../src/datasets/notes.ts';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { expectIssueAt, inEveryEdition, keysOf, REMOVE, withField, without, type Path } from './support.ts';

const validNote = {
  dataset: 'undesa-ims2020-peru',
  direction: 'emigrants',
  iso3: 'PRK',
  text: inEveryEdition('Probably the Republic of Korea.'),
};

describe('dataNoteSchema', () => {
  it('accepts a valid note', () => {
    expect(dataNoteSchema.parse(validNote)).toEqual(validNote);
  });

  it.each(DATASET_IDS)('accepts a note on the dataset %s of the registry', (dataset) => {
    expect(dataNoteSchema.safeParse({ ...validNote, dataset }).success).toBe(true);
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

  it.each(LOCALES)('refuses a note without its %s text', (locale) => {
    expectIssueAt(dataNoteSchema, withField(validNote, 'text', without(validNote.text, locale)), [
      'text',
      locale,
    ]);
  });

  it('refuses an unknown key, also inside the text', () => {
    expect(keysOf(expectIssueAt(dataNoteSchema, { ...validNote, titel: 'x' }, []))).toEqual(['titel']);
    const inner = expectIssueAt(dataNoteSchema, { ...validNote, text: { ...validNote.text, fr: 'x' } }, [
      'text',
    ]);
    expect(keysOf(inner)).toEqual(['fr']);
  });
});
