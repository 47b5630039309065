/** The building blocks every schema shares. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { isRealCalendarDate, localizedText } from '../../../src/schemas/common.ts';

describe('isRealCalendarDate', () => {
  it.each([
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2020-04-31', false],
    ['2020-04-30', true],
    ['2020-12-31', true],
    ['2020-02-30', false],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-01-00', false],
    ['2021-01-32', false],
  ])('%s → %s', (text, expected) => {
    expect(isRealCalendarDate(text)).toBe(expected);
  });
});

describe('localizedText', () => {
  const text = Object.fromEntries(LOCALES.map((locale) => [locale, `text in ${locale}`]));

  it('takes a text in every edition, its keys in code order whatever the order written', () => {
    const reversed = Object.fromEntries(Object.entries(text).reverse());
    expect(Object.keys(localizedText.parse(reversed))).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('refuses a text without the %s edition', (locale) => {
    const { [locale]: _left, ...rest } = text;
    const result = localizedText.safeParse(rest);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[locale]]);
  });

  it('refuses a language that is not an edition', () => {
    expect(localizedText.safeParse({ ...text, fr: 'texte' }).success).toBe(false);
  });
});
