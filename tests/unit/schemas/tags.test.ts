/** The tag vocabulary's schema (`src/schemas/tags.ts`), what a CMS generates its tag field from. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { tagVocabularySchema } from '../../../src/schemas/tags.ts';

const label = Object.fromEntries(LOCALES.map((locale) => [locale, `Label ${locale}`]));
const tag = (id: string, extra: Record<string, unknown> = {}) => ({ id, label, ...extra });
const paths = (data: unknown) =>
  tagVocabularySchema.safeParse(data).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('tagVocabularySchema', () => {
  it('accepts a list of tags with a label in every edition', () => {
    expect(paths({ tags: [tag('refugees'), tag('quito-process')] })).toEqual([]);
  });

  it.each([
    ['an id with capitals', { tags: [tag('Quito Process')] }, 'tags.0.id'],
    ['an id twice', { tags: [tag('refugees'), tag('policy'), tag('refugees')] }, 'tags.2.id'],
    [
      'a label missing a language',
      { tags: [{ id: 'x', label: { ...label, pt: undefined } }] },
      'tags.0.label.pt',
    ],
    ['a blank label', { tags: [{ id: 'x', label: { ...label, es: '  ' } }] }, 'tags.0.label.es'],
    [
      'a label in a language that is no edition',
      { tags: [{ id: 'x', label: { ...label, fr: 'x' } }] },
      'tags.0.label',
    ],
    ['a field of its own', { tags: [tag('x', { colour: 'red' })] }, 'tags.0'],
    ['no tag at all', { tags: [] }, 'tags'],
  ])('refuses %s', (_, data, path) => {
    expect(paths(data)).toContain(path);
  });
});
