/** The building blocks every schema shares. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { z } from 'astro/zod';
import {
  dateProblem,
  isRealCalendarDate,
  localizedText,
  nonBlank,
  placeName,
  webUrl,
  withoutRepeats,
} from '../../../src/schemas/common.ts';

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

describe('dateProblem', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it.each(['1900-01-01', '2020-11-27', '2027-12-31'])('accepts %s', (date) => {
    expect(dateProblem(date, now)).toBeUndefined();
  });

  it.each([
    ['01/12/2026', 'must be a date written YYYY-MM-DD', 'write year-month-day: 2026-12-01 or 2026-01-12'],
    ['30/11/2020', 'must be a date written YYYY-MM-DD', 'write year-month-day: 2020-11-30'],
    ['2020-11-7', 'must be a date written YYYY-MM-DD', 'such as 2020-11-27'],
    ['2020-02-30', 'is not a real calendar date', 'check the day and the month'],
    ['1899-12-31', 'must be between 1900 and 2027', 'check the year'],
    ['2028-01-01', 'must be between 1900 and 2027', 'check the year'],
  ])('refuses %s with one message and its fix', (date, message, fix) => {
    const [said, written] = dateProblem(date, now)!.split('\nfix: ');
    expect(said).toBe(message);
    expect(written).toContain(fix);
  });
});

describe('nonBlank', () => {
  it.each([
    ['\u202E', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u200B', 'U+200B'],
    ['\u200D', 'U+200D'],
    ['\uFEFF', 'U+FEFF'],
    ['\uFFFD', 'U+FFFD'],
    ['\u0007', 'U+0007'],
  ])('refuses a text holding %j, naming it once', (character, code) => {
    const issues = nonBlank.safeParse(`a${character}b${character}`).error?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(`${code} at character 2`);
  });

  it('keeps letters of every script, and the no-break space', () => {
    expect(nonBlank.parse('Perú, São Paulo, Москва, 東京, 1\u00a0000')).toBe(
      'Perú, São Paulo, Москва, 東京, 1\u00a0000',
    );
  });
});

describe('placeName', () => {
  it.each(['United States', 'Côte d’Ivoire', 'Bonaire, Sint Eustatius and Saba', 'Saint Helena'])(
    'accepts %s',
    (name) => {
      expect(placeName.safeParse(name).success).toBe(true);
    },
  );

  it.each([
    ['United\rStates', 'U+000D'],
    ['United\nStates', 'U+000A'],
    ['United\tStates', 'U+0009'],
    ['<b>United States</b>', '< or >'],
    ['=HYPERLINK("x")', 'formula'],
    ['-1', 'formula'],
    ['  ', 'blank'],
  ])('refuses %j', (name, said) => {
    const issues = placeName.safeParse(name).error?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(said);
  });
});

describe('webUrl', () => {
  it('writes a host that is not ASCII in punycode', () => {
    expect(webUrl.parse('https://пример.рф/')).toBe('https://xn--e1afmkfd.xn--p1ai/');
  });

  it.each([
    'https://u:p@example.org/',
    'https:example.org',
    'https://ex\u0430mple.org/',
    'ftp://example.org/',
    'www.example.org',
  ])('refuses %s with one message', (url) => {
    expect(webUrl.safeParse(url).error?.issues).toHaveLength(1);
  });
});

describe('withoutRepeats', () => {
  it('refuses the second of two equal entries, naming the first', () => {
    const issues = withoutRepeats(z.string()).safeParse(['a', 'b', 'a', 'a']).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path, issue.message.split('\n')[0]])).toEqual([
      [[2], 'repeats entry 0 (a)'],
      [[3], 'repeats entry 0 (a)'],
    ]);
  });
});

describe('localizedText and numbers', () => {
  it('refuses an edition whose text gives other numbers than the default edition’s', () => {
    const text = {
      es: '435.000 personas en 2020',
      en: '435,000 people in 2020',
      pt: '435.001 pessoas em 2020',
    };
    const issues = localizedText.safeParse(text).error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([['pt']]);
    expect(issues[0]!.message).toContain('435001 not in it; 435000 missing');
  });
});
