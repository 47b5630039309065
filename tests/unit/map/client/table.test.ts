/** The order of the map table's rows when a reader sorts a column. */
import { describe, expect, it } from 'vitest';
import { sortCodes } from '../../../../src/map/client/table.ts';

const names: Record<string, string> = {
  AUT: 'Austria',
  ISL: 'Iceland',
  ESP: 'Spain',
  EST: 'Estonia',
  ECU: 'Ecuador',
};
const counts: Record<string, number> = { AUT: 30, ISL: 5, ESP: 500, EST: 5, ECU: 40 };
const codes = ['ESP', 'ECU', 'AUT', 'ISL', 'EST'];
const sort = (key: 'name' | 'count' | 'share', ascending: boolean) =>
  sortCodes(
    codes,
    key,
    ascending,
    (code) => names[code]!,
    (code) => counts[code]!,
    'en',
  );

describe('sortCodes', () => {
  it("sorts by name in the edition's collation, accents with their letter", () => {
    // Code-unit order would give Belice, Benín, Bélgica ("é" after every plain letter).
    const spanish: Record<string, string> = { BLZ: 'Belice', BEN: 'Benín', BEL: 'Bélgica' };
    const sorted = sortCodes(
      ['BLZ', 'BEN', 'BEL'],
      'name',
      true,
      (code) => spanish[code]!,
      () => 0,
      'es',
    );
    expect(sorted.map((code) => spanish[code])).toEqual(['Bélgica', 'Belice', 'Benín']);
  });

  it('sorts by name both ways', () => {
    expect(sort('name', true)).toEqual(['AUT', 'ECU', 'EST', 'ISL', 'ESP']);
    expect(sort('name', false)).toEqual(['ESP', 'ISL', 'EST', 'ECU', 'AUT']);
  });

  it('sorts by count both ways', () => {
    expect(sort('count', false).map((code) => counts[code])).toEqual([500, 40, 30, 5, 5]);
    expect(sort('count', true).map((code) => counts[code])).toEqual([5, 5, 30, 40, 500]);
  });

  it('sorts by share as by count (one total per view)', () => {
    expect(sort('share', false)).toEqual(sort('count', false));
    expect(sort('share', true)).toEqual(sort('count', true));
  });

  it('returns a new list and leaves the one given as it was', () => {
    const before = [...codes];
    expect(sort('count', true)).not.toBe(codes);
    expect(codes).toEqual(before);
  });
});
