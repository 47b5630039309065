/** The one rule that matches a data note to a row of a table. */
import { describe, expect, it } from 'vitest';
import { noteApplies, noteFor } from '../../../src/datasets/notes.ts';

describe('noteApplies', () => {
  it.each([
    // note, row: its countries and direction, applies
    [{ iso3: 'PRK', direction: 'emigrants' }, { codes: ['PRK'], direction: 'emigrants' }, true],
    [{ iso3: 'PRK', direction: 'emigrants' }, { codes: ['PRK'], direction: 'immigrants' }, false],
    [{ iso3: 'PRK' }, { codes: ['PRK'], direction: 'immigrants' }, true],
    [{ iso3: 'PRK' }, { codes: ['PRK'], direction: 'emigrants' }, true],
    [{ iso3: 'PRK', direction: 'emigrants' }, { codes: ['KOR'], direction: 'emigrants' }, false],
    // A refugee row has two countries and no direction: a note on either applies.
    [{ iso3: 'VEN' }, { codes: ['VEN', 'PER'] }, true],
    [{ iso3: 'PER' }, { codes: ['VEN', 'PER'] }, true],
    [{ iso3: 'COL' }, { codes: ['VEN', 'PER'] }, false],
    [{ iso3: 'VEN', direction: 'immigrants' }, { codes: ['VEN', 'PER'] }, true],
  ] as const)('%j on a row %j: %s', (note, target, applies) => {
    expect(noteApplies(note, target)).toBe(applies);
  });
});

describe('noteFor', () => {
  const notes = [
    { iso3: 'PRK', direction: 'emigrants', text: 'first' },
    { iso3: 'PRK', text: 'second' },
    { iso3: 'VEN', direction: 'immigrants', text: 'third' },
  ] as const;

  it('gives the first note that applies', () => {
    expect(noteFor(notes, { codes: ['PRK'], direction: 'emigrants' })?.text).toBe('first');
    expect(noteFor(notes, { codes: ['PRK'], direction: 'immigrants' })?.text).toBe('second');
    expect(noteFor(notes, { codes: ['VEN'], direction: 'immigrants' })?.text).toBe('third');
  });

  it('gives nothing when no note applies', () => {
    expect(noteFor(notes, { codes: ['VEN'], direction: 'emigrants' })).toBeUndefined();
    expect(noteFor([], { codes: ['PRK'] })).toBeUndefined();
  });
});
