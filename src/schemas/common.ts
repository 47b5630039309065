/**
 * Building blocks shared by every content schema.
 *
 * These schemas are plain zod so that the build (through `src/content.config.ts`), the content
 * checker (`scripts/check-content.ts`) and the unit tests all validate with the very same rules.
 */
import { z } from 'astro/zod';
import { CONTROL_CHARACTER } from '../lib/xml-text.ts';
import { isKnownIso3 } from './iso3.ts';
import { LOCALES, type Locale } from '../i18n/languages.ts';

/** Refuses text holding a control character, naming it and where it is. */
export function noControlCharacters(text: string, context: z.core.$RefinementCtx<string>): void {
  const found = CONTROL_CHARACTER.exec(text);
  if (!found) return;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  context.addIssue({
    code: 'custom',
    input: text,
    message: `must not contain control characters (U+${code} at character ${found.index + 1}); retype the text around it`,
  });
}

/** A string that must contain something other than whitespace; surrounding spaces are trimmed. */
export const nonBlank = z.string().trim().min(1, 'must not be blank').superRefine(noControlCharacters);

/**
 * A calendar date written `YYYY-MM-DD`, parsed to a UTC `Date`.
 *
 * Frontmatter is read with YAML's core schema (see `src/lib/frontmatter.ts`), so dates reach this
 * schema as strings: an impossible date such as `2020-02-30` is refused here instead of being
 * rolled over to 1 March, which is what a YAML 1.1 parser would silently do.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealCalendarDate, 'is not a real calendar date')
  .transform((text) => new Date(`${text}T00:00:00Z`));

/** True when `YYYY-MM-DD` names a day that exists (no 30 February, no month 13). */
export function isRealCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A year between the first modern migration statistics and a little past today. */
export const year = z
  .number()
  .int('must be a whole year')
  .min(1950, 'must be 1950 or later')
  .max(2100, 'must be 2100 or earlier');

/** An ISO 3166-1 alpha-3 country code that exists, written in capitals. */
export const iso3 = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals, such as PER')
  .refine(isKnownIso3, 'is not an ISO 3166-1 alpha-3 country code');

/** A head count: a whole number of people, never negative. */
export const count = z.number().int('must be a whole number').nonnegative('must not be negative');

/** A percentage of a whole: 0 to 100. */
export const percent = z.number().min(0, 'must not be negative').max(100, 'must not be over 100');

/**
 * An address readers can follow. Only http(s): a `javascript:` or `data:` URL in content would run
 * code or hide content on the reader's side.
 */
export const webUrl = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a full URL starting with http:// or https://' }));

/**
 * Text given in every edition of the site (the languages of `src/i18n/languages.ts`). Its keys come
 * out in code order (en, es…), whatever order the registry lists the editions in, so data files that
 * carry such texts keep a stable shape.
 */
export const localizedText = z.strictObject(
  Object.fromEntries([...LOCALES].sort().map((locale) => [locale, nonBlank])) as Record<
    Locale,
    typeof nonBlank
  >,
);

export type LocalizedText = z.output<typeof localizedText>;
