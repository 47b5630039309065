/**
 * Building blocks shared by every content schema.
 *
 * These schemas are plain zod so that the build (through `src/content.config.ts`), the content
 * checker (`scripts/check-content.ts`) and the unit tests all validate with the very same rules.
 */
import { z } from 'astro/zod';
import { withFix } from '../lib/content-problem.ts';
import { numberDifference } from '../lib/numbers-in-text.ts';
import { addressProblem, withAsciiHost } from '../lib/web-address.ts';
import { CONTROL_CHARACTER } from '../lib/xml-text.ts';
import { isKnownIso3 } from './iso3.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/languages.ts';

/**
 * Characters a reader cannot see that change what text says or where it goes: bidirectional
 * overrides, embeddings, isolates and marks (U+202E turns `gpj.exe` into `exe.jpg` on screen),
 * zero-width spaces and joiners, the word joiner, a byte-order mark inside text, and U+FFFD, the
 * replacement character a file's invalid bytes become when it is read.
 */
export const HIDDEN_CHARACTER = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD]/;

const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Refuses text holding a control character or a hidden one, naming the first and where it is: one
 * message per text, however many it holds.
 */
export function noControlCharacters(text: string, context: z.core.$RefinementCtx<string>): void {
  const control = CONTROL_CHARACTER.exec(text);
  const hidden = HIDDEN_CHARACTER.exec(text);
  const found = [control, hidden].filter((match) => match !== null).sort((a, b) => a.index - b.index)[0];
  if (!found) return;
  const kind = found === control ? 'control characters' : 'invisible or replacement characters';
  context.addIssue({
    code: 'custom',
    input: text,
    message: withFix(
      `must not contain ${kind} (${codePoint(found[0])} at character ${found.index + 1})`,
      found[0] === '\uFFFD'
        ? 'the file has bytes that are not UTF-8 text there: retype the text around it and save the file as UTF-8'
        : 'retype the text around it (it was probably pasted with the text)',
    ),
  });
}

/** A string that must contain something other than whitespace; surrounding spaces are trimmed. */
export const nonBlank = z
  .string()
  .trim()
  .min(1, withFix('must not be blank', 'write the text, or remove the line if the field is optional'))
  .superRefine(noControlCharacters);

/**
 * `nonBlank`, at most `max` characters. The limit is also declared as the schema's `maxLength`, so
 * that the browser editor's form, generated from this schema (src/admin/), stops at it too.
 */
export function textOfAtMost(max: number, what: string) {
  return nonBlank
    .refine((text) => text.length <= max, {
      error: (issue) =>
        withFix(
          `is ${String(issue.input).length} characters long, over the ${max} ${what} may have`,
          `shorten it to ${max} characters or fewer`,
        ),
    })
    .meta({ maxLength: max });
}

/**
 * The name of a place as a data table spells it (a country, an area): plain text on one line. No
 * control character (a carriage return in a name overwrites the line a terminal prints it on), no
 * line break or tab, no markup (`<b>`), and no leading `=`, `+`, `-` or `@`, which a spreadsheet
 * would run as a formula once the name is downloaded.
 */
export const placeName = nonBlank.superRefine((name, context) => {
  const fail = (message: string, fix: string) =>
    context.addIssue({ code: 'custom', input: name, message: withFix(message, fix) });
  const breaking = /[\t\n\r]/.exec(name);
  if (breaking) {
    fail(
      `must be one line of text (${codePoint(breaking[0])} at character ${breaking.index + 1})`,
      'write the name on one line, without tabs or line breaks',
    );
  } else if (/[<>]/.test(name)) {
    fail('must not contain < or > (a name is text, not markup)', 'write the name as plain text');
  } else if (/^[=+\-@]/.test(name)) {
    fail(
      'must not start with =, +, - or @ (a spreadsheet would run it as a formula)',
      'check the row against the source: a name starts with a letter',
    );
  }
});

/**
 * A calendar date written `YYYY-MM-DD`, parsed to a UTC `Date`.
 *
 * Frontmatter is read with YAML's core schema (see `src/lib/frontmatter.ts`), so dates reach this
 * schema as strings: an impossible date such as `2020-02-30` is refused here instead of being
 * rolled over to 1 March, which is what a YAML 1.1 parser would silently do.
 */
export const isoDate = z
  .string()
  .superRefine((text, context) => {
    const problem = dateProblem(text);
    if (problem) context.addIssue({ code: 'custom', input: text, message: problem });
  })
  .transform((text) => new Date(`${text}T00:00:00Z`));

/** The earliest year a date of the content may have: before it, a date is a typo (0100, 1020). */
export const FIRST_DATE_YEAR = 1900;

/**
 * What is wrong with a date written in content, as one message with its fix; undefined when it is
 * a real day between 1900 and the end of next year (later is a typo, such as 9999 or 2202; next
 * year leaves room for a date announced ahead). One message per date, whatever is wrong with it.
 */
export function dateProblem(text: string, now: Date = new Date()): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
    const two = (part: string) => part.padStart(2, '0');
    const readings = dayFirst
      ? [
          ...new Set([
            `${dayFirst[3]}-${two(dayFirst[2]!)}-${two(dayFirst[1]!)}`,
            `${dayFirst[3]}-${two(dayFirst[1]!)}-${two(dayFirst[2]!)}`,
          ]),
        ].filter(isRealCalendarDate)
      : [];
    return withFix(
      'must be a date written YYYY-MM-DD',
      readings.length > 0
        ? `write year-month-day: ${readings.join(' or ')}`
        : 'write year-month-day with two-digit month and day, such as 2020-11-27',
    );
  }
  if (!isRealCalendarDate(text)) {
    return withFix('is not a real calendar date', 'check the day and the month: that day does not exist');
  }
  const year = Number(text.slice(0, 4));
  const last = now.getUTCFullYear() + 1;
  if (year < FIRST_DATE_YEAR || year > last) {
    return withFix(
      `must be between ${FIRST_DATE_YEAR} and ${last}`,
      'check the year: a date of the news, such as 2020-11-27',
    );
  }
  return undefined;
}

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
  .regex(/^[A-Z]{3}$/, {
    message: withFix(
      'must be an ISO 3166-1 alpha-3 code in capitals, such as PER',
      'write three capitals: PER, VEN, CHL',
    ),
    abort: true,
  })
  .refine(
    isKnownIso3,
    withFix(
      'is not an ISO 3166-1 alpha-3 country code',
      'look the country up in ISO 3166-1 alpha-3 (Chile is CHL, Spain ESP)',
    ),
  );

/** A list without repeats: the second of two equal entries is refused, naming the first. */
export function withoutRepeats<T extends z.ZodType>(item: T) {
  return z.array(item).superRefine((list, context) => {
    const seen = new Map<unknown, number>();
    list.forEach((value, index) => {
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else {
        context.addIssue({
          code: 'custom',
          input: value,
          path: [index],
          message: withFix(`repeats entry ${first} (${String(value)})`, 'keep it once: remove this one'),
        });
      }
    });
  });
}

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
  .superRefine((url, context) => {
    const problem = addressProblem(url);
    if (problem)
      context.addIssue({
        code: 'custom',
        input: url,
        message: withFix(problem.message, problem.fix),
        abort: true,
      });
  })
  .pipe(
    z.url({
      protocol: /^https?$/,
      error: withFix(
        'must be a full URL starting with http:// or https://',
        'copy the whole address from the browser, such as https://www.example.org/page',
      ),
    }),
  )
  .transform(withAsciiHost);

/**
 * Text given in every edition of the site (the languages of `src/i18n/languages.ts`). Its keys come
 * out in code order (en, es…), whatever order the registry lists the editions in, so data files that
 * carry such texts keep a stable shape.
 */
export const localizedText = z
  .strictObject(
    Object.fromEntries([...LOCALES].sort().map((locale) => [locale, nonBlank])) as Record<
      Locale,
      typeof nonBlank
    >,
  )
  .superRefine((text, context) => {
    // Every edition gives the same figures: a translation that changes a number changed the fact.
    const reference = (text as Record<Locale, string>)[DEFAULT_LOCALE];
    for (const locale of LOCALES) {
      const difference = numberDifference(reference, (text as Record<Locale, string>)[locale]);
      if (!difference) continue;
      context.addIssue({
        code: 'custom',
        input: (text as Record<Locale, string>)[locale],
        path: [locale],
        message: withFix(
          `gives other numbers than the ${DEFAULT_LOCALE} text (${[
            ...(difference.extra.length ? [`${difference.extra.join(', ')} not in it`] : []),
            ...(difference.missing.length ? [`${difference.missing.join(', ')} missing`] : []),
          ].join('; ')})`,
          `give every figure of the ${DEFAULT_LOCALE} text, written the way this language writes numbers`,
        ),
      });
    }
  });

export type LocalizedText = z.output<typeof localizedText>;
