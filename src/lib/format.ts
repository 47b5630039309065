/**
 * Number, percentage and date formatting for each edition, through `Intl` so that each language
 * follows its own conventions (1,519,635 in English; 1.519.635 in Spanish). The build and the map's
 * browser script both format with these functions, so a figure reads the same on either side.
 */
import { intlLocale, type Locale } from '../i18n/languages.ts';

export type { Locale };

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * One formatter per edition and style: making an `Intl.NumberFormat` costs far more than formatting
 * with it, and a country's profile formats thousands of figures (its map's table and payload).
 */
function numberFormat(locale: Locale, style: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${style}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatCount(value: number, locale: Locale): string {
  return numberFormat(locale, 'count', { maximumFractionDigits: 0, useGrouping: 'always' }).format(value);
}

/**
 * A share as a percentage. `share` is a fraction (0.158 → "15.8%"); shares below the smallest shown
 * step read "<0.1%" rather than a misleading "0.0%".
 */
export function formatShare(share: number, locale: Locale, digits = 1): string {
  const format = numberFormat(locale, `share ${digits}`, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const smallest = 10 ** -(digits + 2);
  if (share > 0 && share < smallest) return `<${format.format(smallest)}`;
  return format.format(share);
}

/** A percentage already expressed in points (27.6 → "27.6%"), keeping the digits it was given. */
export function formatPercentPoints(points: number, locale: Locale): string {
  const digits = Number.isInteger(points) ? 0 : 1;
  return formatShare(points / 100, locale, digits);
}

/** A count that can be negative, with its sign: 24783 → "+24,783", -50383 → "−50,383" (0 has none). */
export function formatSignedCount(value: number, locale: Locale): string {
  return numberFormat(locale, 'signed', {
    maximumFractionDigits: 0,
    useGrouping: 'always',
    signDisplay: 'exceptZero',
  }).format(value);
}

/**
 * A number with a fixed count of decimals (a rate per 1,000, an amount in millions), grouped:
 * 4446.18 with 1 → "4,446.2" / "4.446,2".
 */
export function formatDecimal(value: number, locale: Locale, digits: number): string {
  return numberFormat(locale, `decimal ${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: 'always',
  }).format(value);
}

/**
 * An amount of US dollars in millions, as a number to put in a sentence ("4,446" for 4,446,181,862):
 * whole millions from 100 million, one decimal from 1 million, two below (0.35).
 */
export function formatMillions(dollars: number, locale: Locale): string {
  const millions = dollars / 1e6;
  return formatDecimal(millions, locale, millions >= 100 ? 0 : millions >= 1 ? 1 : 2);
}

/** Large counts in words: 1,700,000 → "1.7 million" / "1,7 millones". */
export function formatCompact(value: number, locale: Locale): string {
  return numberFormat(locale, 'compact', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A chart axis's tick in a few characters: 1,500,000 → "1.5m" / "1,5 M"; 500,000 → "500k" / "500 mil". */
export function formatTick(value: number, locale: Locale): string {
  return numberFormat(locale, 'tick', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A relative change with its sign, one decimal: 0.145 → "+14.5%", −0.039 → "-3.9%" (0 and what rounds to 0.0% have none). */
export function formatChange(change: number, locale: Locale): string {
  return numberFormat(locale, 'change', {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(change);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Words joined as the edition lists them: "April, May and July" / "abril, mayo y julio". */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A month's name, `2024-10` → "October" / "octubre" (with its year: "October 2024"). */
export function formatMonth(month: string, locale: Locale, withYear = false): string {
  const key = `${locale} month ${withYear}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: 'UTC',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`));
}

/** "22 October 2020" / "22 de octubre de 2020"; with `month` precision "November 2020". */
export function formatDate(date: Date, locale: Locale, precision: 'day' | 'month' = 'day'): string {
  // One formatter per edition and precision, as for numbers: every list of news formats a date per item.
  const key = `${locale} ${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>`; `YYYY-MM` when only the month is known. */
export function machineDate(date: Date, precision: 'day' | 'month' = 'day'): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === 'day' ? iso : iso.slice(0, 7);
}
