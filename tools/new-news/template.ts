/**
 * The text of a new news item, as written by `npm run new:news`: every frontmatter field, each with a
 * comment saying what to put there, in the item's language. Every text the editor must replace (the
 * summary, the source's name, the body) is a prompt marked with `PROMPT_MARK` (✎).
 *
 * The file is valid as written (the build accepts it) but is a draft: `npm run dev` shows it, a
 * production build never does. The check refuses an item that still holds a prompt unless it is a
 * draft, so setting `draft: false` before replacing them all is caught, not published.
 * A pure function, so tests check its output with the same `checkNewsFile` the build uses.
 */
import { stringify } from 'yaml';
import { otherLocales, strings } from '../../src/i18n/index.ts';
import { PROMPT_MARK } from '../../src/news/prompts.ts';
import type { NewsLanguage } from '../../src/news/schema.ts';

export type NewsFormat = 'md' | 'mdx';

/** Fields that do not depend on the language, so a translation copies them from its original. */
export interface OriginalFields {
  date: string;
  datePrecision: 'day' | 'month';
  tags: readonly string[];
  countries: readonly string[];
}

export interface NewsTemplateInput {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  lang: NewsLanguage;
  format: NewsFormat;
  /** Id of the item this one translates, such as `en/coyote-2020-operation`. */
  translationOf?: string | undefined;
  /**
   * What a translation shares with its original, read from it: the comments then say so. Without
   * it, `datePrecision: day`, no tag (`tags: []`, for the editor to choose) and `countries: [PER]`
   * are written.
   */
  original?: OriginalFields | undefined;
  /** The tags of `content/tags.yaml`, listed in the comment above `tags` to choose from. */
  vocabulary?: readonly string[] | undefined;
  /** An existing item in another language, shown as an example of `translationOf`. */
  exampleTranslationOf?: string | undefined;
}

/** A prompt, as the scaffold writes it: marked, so that the check can tell it from the editor's text. */
export function prompt(text: string): string {
  return `${PROMPT_MARK} ${text}`;
}

/** Where an item lives, relative to the project root: `content/news/es/<slug>.md`. */
export function newsFilePath(lang: NewsLanguage, slug: string, format: NewsFormat): string {
  return `content/news/${lang}/${slug}.${format}`;
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A YAML scalar, quoted only when it has to be (`'«Coyote 2020»: …'`), never folded. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0, singleQuote: true }).trimEnd();
}

function comments(lines: readonly string[], indent = ''): string[] {
  return lines.map((line) => `${indent}# ${line}`);
}

/** Words of `items` as comment lines of at most about 100 characters. */
function wrapList(lead: string, items: readonly string[]): string[] {
  const lines: string[] = [];
  let line = lead;
  for (const [index, item] of items.entries()) {
    const word = `${item}${index < items.length - 1 ? ',' : '.'}`;
    if (line.length + 1 + word.length > 98) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** The text of a new news file. */
export function newsTemplate(input: NewsTemplateInput): string {
  const prompts = strings(input.lang).newsScaffold;
  const title = input.title.replace(/\s+/g, ' ').trim();
  const translating = input.translationOf !== undefined;
  const original = input.original;
  // A new item starts without a tag: a placeholder tag would be published if left in place.
  const tags = original?.tags ?? [];
  const countries = original?.countries ?? ['PER'];
  const otherLang = otherLocales(input.lang)[0]!;
  const exampleId = input.exampleTranslationOf ?? `${otherLang}/…`;
  const vocabulary = [...new Set(input.vocabulary ?? [])].sort();

  const lines = [
    '---',
    ...comments(prompts.title),
    `title: ${scalar(title)}`,
    ...comments(original?.date === input.date ? prompts.dateOfOriginal : prompts.date),
    `date: ${input.date}`,
    ...comments(prompts.datePrecision),
    `datePrecision: ${original?.datePrecision ?? 'day'}`,
    ...comments(prompts.summary),
    `summary: ${scalar(prompt(prompts.summaryValue))}`,
    ...comments(original?.tags.length ? prompts.tagsOfOriginal : prompts.tags),
    ...(vocabulary.length > 0 ? comments(wrapList(prompts.tagsInUse, vocabulary)) : []),
    `tags: [${tags.join(', ')}]`,
    ...comments(original ? prompts.countriesOfOriginal : prompts.countries),
    `countries: [${countries.join(', ')}]`,
    ...comments(prompts.sources),
    'sources:',
    `  - name: ${scalar(prompt(prompts.sourceName))}`,
    ...comments([prompts.sourceUrl], '    '),
    ...comments(prompts.lang(input.lang)),
    `lang: ${input.lang}`,
    ...(translating
      ? [...comments(prompts.translationOfGiven), `translationOf: ${input.translationOf}`]
      : [...comments(prompts.translationOf(exampleId)), `# translationOf: ${otherLang}/…`]),
    ...comments(prompts.draft),
    'draft: true',
    '---',
    '',
    ...prompts.body.map(prompt),
    ...(input.format === 'mdx' ? ['', ...prompts.mdxBody.map(prompt)] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * An original's text with the line that names itself (`translationOf: en/x`), added after its `lang`
 * line when it has none: its translations name it, and every language version carries the same link
 * (src/news/translations.ts). Undefined when the frontmatter has no `lang` line to add it after.
 */
export function withSelfLink(text: string, id: string): string | undefined {
  const end = text.indexOf('\n---', 3);
  const frontmatter = end < 0 ? '' : text.slice(0, end);
  const lang = /^lang:.*$/m.exec(frontmatter);
  if (!lang) return undefined;
  const at = lang.index + lang[0].length;
  return `${text.slice(0, at)}\ntranslationOf: ${id}${text.slice(at)}`;
}
