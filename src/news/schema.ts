/**
 * A dated news item of the archive: one Markdown or MDX file under `content/news/<lang>/`.
 * Strict: an unknown key is almost always a typo of a known one, so it is refused.
 */
import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/languages.ts';
import { iso3, isoDate, nonBlank, webUrl } from '../schemas/common.ts';

/** The language of an item: one of the site's editions, the same as its folder. */
export const newsLanguage = z.enum(LOCALES as [Locale, ...Locale[]]);

const newsSource = z.strictObject({
  /** Who reported or published it, as readers should see it. */
  name: nonBlank,
  /** Left out when no address could be confirmed; never guessed. */
  url: webUrl.optional(),
});

const tag = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, such as refugees');

export const newsSchema = z.strictObject({
  title: nonBlank,
  /** The day the news happened or was reported, `YYYY-MM-DD`. */
  date: isoDate,
  /** `month` when only the month is known: the page then shows "November 2020", not a day. */
  datePrecision: z.enum(['day', 'month']).default('day'),
  /** One or two sentences shown in lists and feeds. */
  summary: nonBlank,
  tags: z.array(tag).min(1, 'must have at least one tag'),
  /** Countries the item concerns, as ISO 3166-1 alpha-3 codes. */
  countries: z.array(iso3).default([]),
  sources: z.array(newsSource).min(1, 'must name at least one source'),
  lang: newsLanguage,
  /** Id of the item this one translates (`en/coyote-2020` for example). */
  translationOf: nonBlank.optional(),
  /** Drafts show in `astro dev` only. */
  draft: z.boolean().default(false),
});

export type NewsData = z.output<typeof newsSchema>;
export type NewsLanguage = z.output<typeof newsLanguage>;
