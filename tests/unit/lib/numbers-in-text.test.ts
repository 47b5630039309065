/** The numbers of a text, however its language writes them (`src/lib/numbers-in-text.ts`). */
import { describe, expect, it } from 'vitest';
import { numberDifference, numbersIn } from '../../../src/lib/numbers-in-text.ts';

describe('numbersIn', () => {
  it('reads 96,613 and 96.613 alike, and a decimal as its two parts', () => {
    expect(numbersIn('96,613 students, 27.6%')).toEqual(['27', '6', '96613']);
    expect(numbersIn('96.613 estudiantes, 27,6 %')).toEqual(['27', '6', '96613']);
    expect(numbersIn('1,7 millones; 1.7 million')).toEqual(['1', '1', '7', '7']);
  });
});

describe('numberDifference', () => {
  it('is undefined when both give the same numbers, in any order', () => {
    expect(numberDifference('In 2020, 435,000 people', '435.000 personas en 2020')).toBeUndefined();
  });

  it('names what the text adds and what it leaves out', () => {
    expect(numberDifference('In 2020, 435,000 people', '435.001 personas')).toEqual({
      extra: ['435001'],
      missing: ['2020', '435000'],
    });
  });
});
