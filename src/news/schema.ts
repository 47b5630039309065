/**
 * A dated news item of the archive: one Markdown or MDX file under `content/news/<lang>/`.
 * Strict: an unknown key is almost always a typo of a known one, so it is refused. The rules that
 * need other files (tags of `content/tags.yaml`, translations, the scaffold's prompts, the body)
 * are checked beside it, in `files.ts`.
 */
import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/languages.ts';
import { withFix } from '../lib/content-problem.ts';
import { iso3, isoDate, nonBlank, textOfAtMost, webUrl, withoutRepeats } from '../schemas/common.ts';
import { tagId } from '../schemas/tags.ts';

/** Longest title, in characters: a title is a line in lists, feeds and every page's <title>. */
export const MAX_TITLE_LENGTH = 200;
/** Longest summary: one or two sentences, shown in lists, feeds and link previews. */
export const MAX_SUMMARY_LENGTH = 400;
/** Longest name of a source: an outlet or an institution, and a title. */
export const MAX_SOURCE_NAME_LENGTH = 300;

/** The language of an item: one of the site's editions, the same as its folder. */
export const newsLanguage = z.enum(LOCALES as [Locale, ...Locale[]]);

const newsSource = z.strictObject({
  /** Who reported or published it, as readers should see it. */
  name: textOfAtMost(MAX_SOURCE_NAME_LENGTH, "a source's name"),
  /** Left out when no address could be confirmed; never guessed. */
  url: webUrl.optional(),
});

export const newsSchema = z.strictObject({
  title: textOfAtMost(MAX_TITLE_LENGTH, 'a title'),
  /** The day the news happened or was reported, `YYYY-MM-DD`. */
  date: isoDate,
  /** `month` when only the month is known: the page then shows "November 2020", not a day. */
  datePrecision: z.enum(['day', 'month']).default('day'),
  /** One or two sentences shown in lists and feeds. */
  summary: textOfAtMost(MAX_SUMMARY_LENGTH, 'a summary'),
  /**
   * Tags of `content/tags.yaml`, each once. A draft may have none yet; an item to publish needs
   * one (both checked in `files.ts`, beside the scaffold's other prompts).
   */
  tags: withoutRepeats(tagId),
  /** Countries the item concerns, as ISO 3166-1 alpha-3 codes, each once. */
  countries: withoutRepeats(iso3).default([]),
  sources: z
    .array(newsSource)
    .min(1, withFix('must name at least one source', 'add a source: a line "  - name: …" under sources:')),
  lang: newsLanguage,
  /** Id of the item this one translates (`en/coyote-2020` for example), checked in `translations.ts`. */
  translationOf: nonBlank.optional(),
  /** Drafts show in `astro dev` only. */
  draft: z.boolean().default(false),
});

export type NewsData = z.output<typeof newsSchema>;
export type NewsLanguage = z.output<typeof newsLanguage>;
