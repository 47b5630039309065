/** Counts, shares, changes, axis ticks and dates, each in its edition's own conventions. */
import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatDate,
  formatDecimal,
  formatList,
  formatMillions,
  formatMonth,
  formatPercentPoints,
  formatShare,
  formatSignedCount,
  formatTick,
  formatChange,
  machineDate,
  type Locale,
} from '../../../src/lib/format.ts';

/** CLDR's Spanish percent pattern puts a no-break space between number and sign: "27,6 %". */
const NBSP = '\u00a0';

describe('formatCount', () => {
  it.each<[number, Locale, string]>([
    [1519635, 'en', '1,519,635'],
    [1519635, 'es', '1.519.635'],
    [435868, 'en', '435,868'],
    [435868, 'es', '435.868'],
    // Spanish usually writes 4-digit numbers ungrouped; the site groups them always, so columns line up
    [1234, 'es', '1.234'],
    [1234, 'en', '1,234'],
    [999, 'es', '999'],
    [0, 'en', '0'],
    [0, 'es', '0'],
    [1.6, 'en', '2'],
  ])('%d in %s → %s', (value, locale, expected) => {
    expect(formatCount(value, locale)).toBe(expected);
  });
});

describe('formatShare', () => {
  it.each<[number, Locale, number | undefined, string]>([
    [0.158, 'en', undefined, '15.8%'],
    [0.158, 'es', undefined, `15,8${NBSP}%`],
    [0.5, 'en', undefined, '50.0%'],
    [1, 'en', undefined, '100.0%'],
    [0, 'en', undefined, '0.0%'],
    [0, 'es', undefined, `0,0${NBSP}%`],
    [0.001, 'en', undefined, '0.1%'],
    [0.5, 'en', 0, '50%'],
    [0.27654, 'en', 2, '27.65%'],
  ])('%d in %s with %s digits → %s', (share, locale, digits, expected) => {
    expect(formatShare(share, locale, digits)).toBe(expected);
  });

  it.each<[number, Locale, number | undefined, string]>([
    [0.0004, 'en', undefined, '<0.1%'],
    [0.0004, 'es', undefined, `<0,1${NBSP}%`],
    [0.000999, 'en', undefined, '<0.1%'],
    [0.000001, 'en', undefined, '<0.1%'],
    [0.004, 'en', 0, '<1%'],
    [0.00004, 'en', 2, '<0.01%'],
  ])(
    'shows a share below the smallest step (%d in %s, %s digits) as %s, never 0',
    (share, locale, digits, expected) => {
      expect(formatShare(share, locale, digits)).toBe(expected);
    },
  );
});

describe('formatPercentPoints', () => {
  it.each<[number, Locale, string]>([
    [27.6, 'en', '27.6%'],
    [27.6, 'es', `27,6${NBSP}%`],
    [50, 'en', '50%'],
    [50, 'es', `50${NBSP}%`],
    [4.1, 'en', '4.1%'],
    [2.3, 'es', `2,3${NBSP}%`],
    [100, 'en', '100%'],
    [0.05, 'en', '<0.1%'],
  ])('%d points in %s → %s', (points, locale, expected) => {
    expect(formatPercentPoints(points, locale)).toBe(expected);
  });
});

describe('formatCompact', () => {
  it.each<[number, Locale, string]>([
    [1700000, 'en', '1.7 million'],
    [1700000, 'es', '1,7 millones'],
    [1000000, 'es', '1 millón'],
    [2000000, 'en', '2 million'],
    [482500, 'en', '482.5 thousand'],
    [482500, 'es', '482,5 mil'],
  ])('%d in %s → %s', (value, locale, expected) => {
    expect(formatCompact(value, locale)).toBe(expected);
  });
});

describe('formatTick', () => {
  // CLDR's short compact forms: British English writes lowercase "k" and "m" with no space; Spanish
  // puts a no-break space before "mil" and "M" (CLDR has no Spanish short form for thousands).
  it.each<[number, Locale, string]>([
    [1500000, 'en', '1.5m'],
    [1500000, 'es', `1,5${NBSP}M`],
    [2000000, 'en', '2m'],
    [2000000, 'es', `2${NBSP}M`],
    [12345678, 'en', '12.3m'],
    [12345678, 'es', `12,3${NBSP}M`],
    [500000, 'en', '500k'],
    [500000, 'es', `500${NBSP}mil`],
    [1500, 'en', '1.5k'],
    [1000, 'es', `1${NBSP}mil`],
    [999, 'en', '999'],
    [999, 'es', '999'],
    [0, 'en', '0'],
    [0, 'es', '0'],
  ])('%d in %s → %s', (value, locale, expected) => {
    expect(formatTick(value, locale)).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each<[number, Locale, string]>([
    [0.145, 'en', '+14.5%'],
    [0.145, 'es', `+14,5${NBSP}%`],
    [0.25, 'en', '+25.0%'],
    [4, 'en', '+400.0%'],
    [4, 'es', `+400,0${NBSP}%`],
    [-0.039, 'en', '-3.9%'],
    [-0.039, 'es', `-3,9${NBSP}%`],
    [-1, 'en', '-100.0%'],
  ])('%d in %s → %s', (change, locale, expected) => {
    expect(formatChange(change, locale)).toBe(expected);
  });

  it.each<[number, Locale, string]>([
    [0, 'en', '0.0%'],
    [0, 'es', `0,0${NBSP}%`],
    [-0, 'en', '0.0%'],
    // Changes that round to 0.0% carry no sign either: "+0.0%" would claim a rise it cannot show.
    [0.00004, 'en', '0.0%'],
    [-0.00004, 'es', `0,0${NBSP}%`],
  ])('gives no change (%d in %s) no sign: %s', (change, locale, expected) => {
    expect(formatChange(change, locale)).toBe(expected);
  });
});

describe('formatDate', () => {
  const day = new Date('2020-10-22T00:00:00Z');
  const month = new Date('2020-11-30T00:00:00Z');

  it.each<[Date, Locale, 'day' | 'month' | undefined, string]>([
    [day, 'en', undefined, '22 October 2020'],
    [day, 'es', undefined, '22 de octubre de 2020'],
    [day, 'en', 'day', '22 October 2020'],
    [month, 'en', 'month', 'November 2020'],
    [month, 'es', 'month', 'noviembre de 2020'],
    [new Date('2020-01-01T00:00:00Z'), 'es', 'day', '1 de enero de 2020'],
  ])('%s in %s with %s precision → %s', (date, locale, precision, expected) => {
    expect(formatDate(date, locale, precision)).toBe(expected);
  });

  it('formats in UTC, whatever the time zone of the machine', () => {
    expect(formatDate(new Date('2020-10-31T23:30:00Z'), 'en')).toBe('31 October 2020');
    expect(formatDate(new Date('2020-11-01T00:30:00Z'), 'en', 'month')).toBe('November 2020');
  });
});

describe('machineDate', () => {
  it.each<[string, 'day' | 'month' | undefined, string]>([
    ['2020-10-22T00:00:00Z', undefined, '2020-10-22'],
    ['2020-10-22T00:00:00Z', 'day', '2020-10-22'],
    ['2020-11-30T00:00:00Z', 'month', '2020-11'],
    ['2020-01-05T23:59:59Z', 'day', '2020-01-05'],
  ])('%s with %s precision → %s', (iso, precision, expected) => {
    expect(machineDate(new Date(iso), precision)).toBe(expected);
  });
});

describe('formatSignedCount', () => {
  it.each<[number, Locale, string]>([
    [24783, 'en', '+24,783'],
    [24783, 'es', '+24.783'],
    [24783, 'pt', '+24.783'],
    [-50383, 'en', '-50,383'],
    [-50383, 'es', '-50.383'],
    [-50383, 'pt', '-50.383'],
    [339067, 'en', '+339,067'],
    // Grouped always, as counts are: 4-digit Spanish numbers too.
    [2421, 'es', '+2.421'],
    [-1355602, 'pt', '-1.355.602'],
    [7, 'en', '+7'],
  ])('%d in %s → %s', (value, locale, expected) => {
    expect(formatSignedCount(value, locale)).toBe(expected);
  });

  it.each<[number, Locale]>([
    [0, 'en'],
    [0, 'es'],
    [-0, 'pt'],
  ])('gives no balance (%d in %s) no sign', (value, locale) => {
    expect(formatSignedCount(value, locale)).toBe('0');
  });
});

describe('formatDecimal', () => {
  it.each<[number, Locale, number, string]>([
    [4446.18, 'en', 1, '4,446.2'],
    [4446.18, 'es', 1, '4.446,2'],
    [4446.18, 'pt', 1, '4.446,2'],
    [10.63, 'en', 1, '10.6'],
    [10.63, 'es', 2, '10,63'],
    [-1.673, 'en', 1, '-1.7'],
    [-1.673, 'pt', 2, '-1,67'],
    [0.732, 'es', 1, '0,7'],
    [2, 'en', 1, '2.0'],
    [1234.5, 'es', 0, '1.235'],
  ])('%d in %s with %d decimals → %s', (value, locale, digits, expected) => {
    expect(formatDecimal(value, locale, digits)).toBe(expected);
  });
});

describe('formatMillions', () => {
  it.each<[number, Locale, string]>([
    // Whole millions from 100 million.
    [4_446_181_862, 'en', '4,446'],
    [4_446_181_862, 'es', '4.446'],
    [4_446_181_862, 'pt', '4.446'],
    [321_549_531, 'en', '322'],
    [100_000_000, 'es', '100'],
    // One decimal from 1 million.
    [87_000_000, 'en', '87.0'],
    [29_189_781, 'es', '29,2'],
    [1_000_000, 'pt', '1,0'],
    // Two below.
    [350_000, 'en', '0.35'],
    [350_000, 'es', '0,35'],
    [350_000, 'pt', '0,35'],
    [5_000, 'en', '0.01'],
  ])('US$%d in %s → %s million', (dollars, locale, expected) => {
    expect(formatMillions(dollars, locale)).toBe(expected);
  });
});

describe('formatMonth', () => {
  // First, before any formatter of these editions is made and kept (see the cache in format.ts).
  it('names the month itself, not the one before, on a machine west of UTC', () => {
    const zone = process.env.TZ;
    // Lima is five hours behind UTC: midnight on 1 January there is still 31 December.
    process.env.TZ = 'America/Lima';
    try {
      expect(new Date('2020-01-01T00:00:00Z').getMonth()).toBe(11);
      expect(formatMonth('2020-01', 'en', true)).toBe('January 2020');
      expect(formatMonth('2024-10', 'es')).toBe('octubre');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it.each<[string, Locale, boolean | undefined, string]>([
    ['2024-10', 'en', undefined, 'October'],
    ['2024-10', 'es', undefined, 'octubre'],
    ['2024-10', 'pt', undefined, 'outubro'],
    ['2025-05', 'en', false, 'May'],
    ['2024-10', 'en', true, 'October 2024'],
    ['2024-10', 'es', true, 'octubre de 2024'],
    ['2025-04', 'pt', true, 'abril de 2025'],
  ])('%s in %s (with its year: %s) → %s', (month, locale, withYear, expected) => {
    expect(formatMonth(month, locale, withYear)).toBe(expected);
  });
});

describe('formatList', () => {
  it.each<[string[], Locale, string]>([
    [['April', 'May', 'July'], 'en', 'April, May and July'],
    [['abril', 'mayo', 'julio'], 'es', 'abril, mayo y julio'],
    [['abril', 'maio', 'julho'], 'pt', 'abril, maio e julho'],
    [['April', 'May'], 'en', 'April and May'],
    [['abril', 'mayo'], 'es', 'abril y mayo'],
    [['julho'], 'pt', 'julho'],
  ])('%j in %s → %s', (items, locale, expected) => {
    expect(formatList(items, locale)).toBe(expected);
  });

  it("joins the months' names of the edition", () => {
    const missing = ['2020-04', '2020-05', '2020-07'];
    expect(
      formatList(
        missing.map((month) => formatMonth(month, 'es')),
        'es',
      ),
    ).toBe('abril, mayo y julio');
    expect(
      formatList(
        missing.map((month) => formatMonth(month, 'pt')),
        'pt',
      ),
    ).toBe('abril, maio e julho');
  });
});
