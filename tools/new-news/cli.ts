/**
 * `npm run new:news -- --title "…" [--lang es|en] [--mdx] [--date YYYY-MM-DD] [--translation-of en/id]`
 *
 * Writes a new news item, as a draft, to `content/news/<lang>/<slug>.md`: every field present with a
 * comment saying what to put there, valid as written, so `npm run dev` shows it at once.
 *
 * Exit codes: 0 written; 1 not written because the file exists (or could not be written);
 * 2 bad input (nothing written).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkNewsFile,
  listNewsFiles,
  newsIdFromPath,
  readNews,
  readNewsContext,
} from '../../src/news/files.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale, localePath } from '../../src/i18n/languages.ts';
import { describeProblem } from '../../src/lib/content-problem.ts';
import { newsPath } from '../../src/news/items.ts';
import { isTranslation } from '../../src/news/translations.ts';
import { isRealCalendarDate } from '../../src/schemas/common.ts';
import { MAX_SLUG_LENGTH, slugOf } from './slug.ts';
import {
  newsFilePath,
  newsTemplate,
  todayUtc,
  withSelfLink,
  type NewsFormat,
  type OriginalFields,
} from './template.ts';

const USAGE = `Usage: npm run new:news -- --title "Title of the item" [options]

  --title "…"              the title (required); the file name is made from it
  --lang ${LOCALES.join('|')}${' '.repeat(Math.max(1, 17 - LOCALES.join('|').length))}the language of the item (default: ${DEFAULT_LOCALE})
  --mdx                    write an .mdx file (only when the item needs a component)
  --date YYYY-MM-DD        the day of the news (default: today, UTC; a translation: the original's)
  --translation-of en/id   the item this one translates: language/file-name
  --root <folder>          the project folder (default: the current folder)
  --help                   show this help`;

/** Bad input (exit 2): the message names the flag and the value. */
class UsageError extends Error {}

/** The item is already there (exit 1): the message names its file. */
class ExistsError extends Error {}

function parseArguments(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        title: { type: 'string' },
        lang: { type: 'string' },
        date: { type: 'string' },
        'translation-of': { type: 'string' },
        root: { type: 'string' },
        mdx: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
  } catch (error) {
    const message = (error as Error).message;
    // A title without quotes arrives as extra words: say how to write it.
    throw new UsageError(
      /positional/i.test(message) ? `${message}: give the title as --title "…" (in quotes)` : message,
    );
  }
  // parseArgs keeps the last of a repeated flag; a flag given twice is a mistake to point out.
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice`);
    seen.add(token.name);
  }
  return parsed.values;
}

/** `en/x`, `en/x.md` and `content/news/en/x.md` all name the item `en/x`. */
function normalizeId(id: string): string {
  return id
    .trim()
    .replace(/^\.?\/?content\/news\//, '')
    .replace(/\.mdx?$/, '');
}

function run(argv: readonly string[]): number {
  const options = parseArguments(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const rawTitle = options.title;
  if (rawTitle === undefined) throw new UsageError('--title is required: --title "Title of the item"');
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  if (title === '') throw new UsageError(`--title must not be blank (got ${JSON.stringify(rawTitle)})`);
  const { slug, cut } = slugOf(title);
  if (slug === '') {
    throw new UsageError(
      `--title ${JSON.stringify(title)} gives an empty file name: the title needs letters or digits`,
    );
  }

  const lang = options.lang ?? DEFAULT_LOCALE;
  if (!isLocale(lang)) {
    throw new UsageError(
      `--lang ${JSON.stringify(options.lang)} is not a language of the site (use ${LOCALES.join(', ')})`,
    );
  }

  const date = options.date;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new UsageError(`--date ${JSON.stringify(date)} must be a date written YYYY-MM-DD`);
  }
  if (date !== undefined && !isRealCalendarDate(date)) {
    throw new UsageError(`--date ${JSON.stringify(date)} is not a real calendar date`);
  }

  const root = resolve(options.root ?? process.cwd());
  if (!existsSync(join(root, 'content', 'news'))) {
    throw new UsageError(
      `--root ${JSON.stringify(root)} has no content/news folder: run this in the project folder`,
    );
  }

  const items = readNews(root).entries;
  const context = readNewsContext(root);
  let translationOf: string | undefined;
  let original: OriginalFields | undefined;
  /** The original, once it names itself: written after the new item. */
  let selfLink: { file: string; text: string } | undefined;
  const rawTranslationOf = options['translation-of'];
  if (rawTranslationOf !== undefined) {
    translationOf = normalizeId(rawTranslationOf);
    const named = JSON.stringify(rawTranslationOf);
    const ids = new Set(listNewsFiles(root).map(newsIdFromPath));
    if (!/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/.test(translationOf) || !ids.has(translationOf)) {
      throw new UsageError(
        `--translation-of ${named} names no news item ` +
          `(write it as language/file-name, such as en/coyote-2020-operation)`,
      );
    }
    if (translationOf.startsWith(`${lang}/`)) {
      throw new UsageError(
        `--translation-of ${named} is in ${lang}, the language of the new item: a translation must be ` +
          `in another language (--lang ${LOCALES.filter((other) => other !== lang).join(' or --lang ')})`,
      );
    }
    const target = items.find((item) => item.id === translationOf);
    if (target !== undefined && isTranslation({ id: target.id, translationOf: target.data.translationOf })) {
      throw new UsageError(
        `--translation-of ${named} is itself a translation: name its original, ` +
          `--translation-of ${target.data.translationOf}`,
      );
    }
    const version = items.find(
      (item) => item.data.lang === lang && item.data.translationOf === translationOf,
    );
    if (version !== undefined) {
      throw new ExistsError(`${version.file} is already the ${lang} version of ${translationOf}`);
    }
    if (target !== undefined) {
      const { date, datePrecision, tags, countries } = target.data;
      original = { date: date.toISOString().slice(0, 10), datePrecision, tags, countries };
      // The original names itself too once it has a translation (src/news/translations.ts).
      if (target.data.translationOf === undefined) {
        const linked = withSelfLink(readFileSync(join(root, target.file), 'utf8'), target.id);
        if (linked === undefined) {
          throw new UsageError(`${target.file} has no lang line: fix it before translating it`);
        }
        selfLink = { file: target.file, text: linked };
      }
    }
  }

  const format: NewsFormat = options.mdx ? 'mdx' : 'md';
  const path = newsFilePath(lang, slug, format);
  // `x.md` and `x.mdx` would both be the item `lang/x`: either one blocks the other.
  const existing = (['md', 'mdx'] as const)
    .map((extension) => newsFilePath(lang, slug, extension))
    .find((candidate) => existsSync(join(root, candidate)));
  if (existing !== undefined) {
    throw new ExistsError(
      `${existing} already exists: edit that file, or choose another title (the file name is made from it)`,
    );
  }

  const text = newsTemplate({
    title,
    date: date ?? original?.date ?? todayUtc(),
    lang,
    format,
    translationOf,
    original,
    vocabulary: [...context.tags],
    exampleTranslationOf: items.find(
      (item) =>
        item.data.lang !== lang && !isTranslation({ id: item.id, translationOf: item.data.translationOf }),
    )?.id,
  });
  // The build must accept what is written: check it exactly as the build does before writing it.
  const problems = checkNewsFile(path, text, context).problems;
  if (problems.length > 0) {
    console.error(`✗ the new item would not be valid, so nothing was written:`);
    for (const problem of problems) console.error(`  ${describeProblem(problem)}`);
    return 1;
  }
  try {
    writeFileSync(join(root, path), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ExistsError(`${path} already exists`);
    console.error(`✗ could not write ${path}: ${(error as Error).message}`);
    return 1;
  }
  if (selfLink) writeFileSync(join(root, selfLink.file), selfLink.text);

  const address = localePath(lang, newsPath(`${lang}/${slug}`));
  console.log(
    [
      `✓ wrote ${path} (a draft)`,
      ...(selfLink
        ? [
            `✓ added translationOf: ${translationOf} to ${selfLink.file}: an original names itself once translated`,
          ]
        : []),
      ...(cut
        ? [
            `  The title is long: the file name keeps its first and last words, in ${MAX_SLUG_LENGTH} characters at most.`,
            '  Rename the file before publishing if another name suits the item better (it becomes the address).',
          ]
        : []),
      '',
      'Next:',
      `  1. Open ${path}:`,
      '     replace every text marked ✎ (the lines starting with # say what goes where) and write the text.',
      `  2. Preview it: npm run dev, then http://localhost:4321${address}`,
      '     (drafts show there only, never on the published site).',
      '  3. When it is ready, set draft: false.',
      '  4. Check it: npm run check:content',
    ].join('\n'),
  );
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`✗ ${error.message}\nNothing was written. The options: npm run new:news -- --help`);
    process.exitCode = 2;
  } else if (error instanceof ExistsError) {
    console.error(`✗ ${error.message}\nNothing was written.`);
    process.exitCode = 1;
  } else throw error;
}
