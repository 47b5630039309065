/** A tag as pages show it (`src/news/tag-vocabulary.ts`). */
import { describe, expect, it } from 'vitest';
import { tagLabel } from '../../../src/news/tag-vocabulary.ts';

const vocabulary = new Map([
  [
    'quito-process',
    { id: 'quito-process', label: { es: 'Proceso de Quito', en: 'Quito Process', pt: 'Processo de Quito' } },
  ],
]);

describe('tagLabel', () => {
  it('is the label of the edition', () => {
    expect(tagLabel(vocabulary, 'quito-process', 'es')).toBe('Proceso de Quito');
    expect(tagLabel(vocabulary, 'quito-process', 'pt')).toBe('Processo de Quito');
  });

  it('falls back to the id for a tag the vocabulary lacks (the check refuses such items first)', () => {
    expect(tagLabel(vocabulary, 'unknown', 'en')).toBe('unknown');
  });
});
