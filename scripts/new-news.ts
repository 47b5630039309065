/**
 * `npm run new:news -- --title "…" [--lang es|en] [--mdx] [--date YYYY-MM-DD] [--translation-of en/id]`
 *
 * Writes a new news item, as a draft, to `content/news/<lang>/<slug>.md`: every field present with a
 * comment saying what to put there, valid as written, so `npm run dev` shows it at once.
 *
 * Exit codes: 0 written; 1 not written because the file exists (or could not be written);
 * 2 bad input (nothing written).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkNewsFile, listNewsFiles, newsIdFromPath, readNews } from '../src/content/read.ts';
import { describeProblem } from '../src/lib/content-problem.ts';
import {
  newsFilePath,
  newsTemplate,
  todayUtc,
  type NewsFormat,
  type OriginalFields,
} from '../src/lib/news-template.ts';
import { slugify } from '../src/lib/slug.ts';
import { isRealCalendarDate } from '../src/schemas/common.ts';
import type { NewsLanguage } from '../src/schemas/news.ts';

const USAGE = `Usage: npm run new:news -- --title "Title of the item" [options]

  --title "…"              the title (required); the file name is made from it
  --lang es|en             the language of the item (default: es)
  --mdx                    write an .mdx file (only when the item needs a component)
  --date YYYY-MM-DD        the day of the news (default: today, UTC; a translation: the original's)
  --translation-of en/id   the item this one translates: language/file-name
  --root <folder>          the project folder (default: the current folder)
  --help                   show this help`;

const LANGUAGES: readonly NewsLanguage[] = ['es', 'en'];
const VALUE_FLAGS = ['--title', '--lang', '--date', '--translation-of', '--root'] as const;
const BOOLEAN_FLAGS = ['--mdx', '--help'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
type BooleanFlag = (typeof BOOLEAN_FLAGS)[number];

/** Bad input (exit 2): the message names the flag and the value. */
class UsageError extends Error {}

/** The item is already there (exit 1): the message names its file. */
class ExistsError extends Error {}

interface Options {
  values: Partial<Record<ValueFlag, string>>;
  flags: Set<BooleanFlag>;
}

function parseArguments(argv: readonly string[]): Options {
  const options: Options = { values: {}, flags: new Set() };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (!argument.startsWith('--')) {
      throw new UsageError(
        `unexpected argument ${JSON.stringify(argument)}: give the title as --title "…" (in quotes)`,
      );
    }
    const equals = argument.indexOf('=');
    const name = equals === -1 ? argument : argument.slice(0, equals);
    if ((BOOLEAN_FLAGS as readonly string[]).includes(name)) {
      if (equals !== -1) throw new UsageError(`${name} takes no value (got ${JSON.stringify(argument)})`);
      options.flags.add(name as BooleanFlag);
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      throw new UsageError(
        `unknown flag ${name} (the flags are ${[...VALUE_FLAGS, ...BOOLEAN_FLAGS].join(', ')})`,
      );
    }
    let value: string | undefined;
    if (equals !== -1) value = argument.slice(equals + 1);
    else {
      value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
      index++;
    }
    if (options.values[name as ValueFlag] !== undefined) throw new UsageError(`${name} is given twice`);
    options.values[name as ValueFlag] = value;
  }
  return options;
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
  if (options.flags.has('--help')) {
    console.log(USAGE);
    return 0;
  }

  const rawTitle = options.values['--title'];
  if (rawTitle === undefined) throw new UsageError('--title is required: --title "Title of the item"');
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  if (title === '') throw new UsageError(`--title must not be blank (got ${JSON.stringify(rawTitle)})`);
  const slug = slugify(title);
  if (slug === '') {
    throw new UsageError(
      `--title ${JSON.stringify(title)} gives an empty file name: the title needs letters or digits`,
    );
  }

  const lang = (options.values['--lang'] ?? 'es') as NewsLanguage;
  if (!LANGUAGES.includes(lang)) {
    throw new UsageError(
      `--lang ${JSON.stringify(options.values['--lang'])} is not a language of the site (use es or en)`,
    );
  }

  const date = options.values['--date'];
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new UsageError(`--date ${JSON.stringify(date)} must be a date written YYYY-MM-DD`);
  }
  if (date !== undefined && !isRealCalendarDate(date)) {
    throw new UsageError(`--date ${JSON.stringify(date)} is not a real calendar date`);
  }

  const root = resolve(options.values['--root'] ?? process.cwd());
  if (!existsSync(join(root, 'content', 'news'))) {
    throw new UsageError(
      `--root ${JSON.stringify(root)} has no content/news folder: run this in the project folder`,
    );
  }

  const items = readNews(root).entries;
  let translationOf: string | undefined;
  let original: OriginalFields | undefined;
  const rawTranslationOf = options.values['--translation-of'];
  if (rawTranslationOf !== undefined) {
    translationOf = normalizeId(rawTranslationOf);
    const named = JSON.stringify(rawTranslationOf);
    const ids = new Set(listNewsFiles(root).map(newsIdFromPath));
    if (!/^(es|en)\/[a-z0-9]+(-[a-z0-9]+)*$/.test(translationOf) || !ids.has(translationOf)) {
      throw new UsageError(
        `--translation-of ${named} names no news item ` +
          `(write it as language/file-name, such as en/coyote-2020-operation)`,
      );
    }
    if (translationOf.startsWith(`${lang}/`)) {
      throw new UsageError(
        `--translation-of ${named} is in ${lang}, the language of the new item: a translation must be ` +
          `in another language (--lang ${lang === 'es' ? 'en' : 'es'})`,
      );
    }
    const target = items.find((item) => item.id === translationOf);
    if (target?.data.translationOf !== undefined) {
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
    }
  }

  const format: NewsFormat = options.flags.has('--mdx') ? 'mdx' : 'md';
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
    tagsInUse: items.filter((item) => !item.data.draft).flatMap((item) => item.data.tags),
  });
  // The build must accept what is written: check it exactly as the build does before writing it.
  const problems = checkNewsFile(path, text).problems;
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

  const address = `${lang === 'es' ? '' : `/${lang}`}/news/${slug}/`;
  console.log(
    [
      `✓ wrote ${path} (a draft)`,
      '',
      'Next:',
      `  1. Open ${path}:`,
      '     replace every prompt (the lines starting with # say what goes where) and write the text.',
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
