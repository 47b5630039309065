/**
 * News files on disk: the one walk of `content/news/` that the content checker and the build both
 * make (which files are news items, and what about the folder itself is wrong), and the check of
 * each file. The build's loader (`loader.ts`) refuses the folder on the same problems before it
 * reads a file, so the two never disagree on what is published. Node's file system only: no Astro
 * runtime, so the checker and the tests run it as the build does.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry, ReadResult } from '../content/entries.ts';
import { CONTENT_PATHS, readFacts, readSources, readTagVocabulary } from '../content/read.ts';
import { LOCALES } from '../i18n/languages.ts';
import { atLine, problemsFromZod, type ContentProblem } from '../lib/content-problem.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { checkBody } from '../markdown/check-body.ts';
import { closestName } from './closest-name.ts';
import { newsHref } from './items.ts';
import { newsLinkProblems, type SiteLink } from './links.ts';
import { promptProblems } from './prompts.ts';
import { newsSchema, type NewsData } from './schema.ts';
import { translationProblems, type TranslatableItem } from './translations.ts';

export const NEWS_FOLDER = 'content/news';

/** Largest news file read, in bytes: a news item is a page of text, never a data dump. */
export const MAX_NEWS_FILE_BYTES = 256 * 1024;

/** A news item's file name without its extension: lower-case words joined by hyphens (the address). */
export const FILE_STEM = '[a-z0-9]+(-[a-z0-9]+)*';
/**
 * The longest file stem the site's tools make from a title (`npm run new:news` and the browser
 * editor): long enough for a headline's key words, short enough for an address one can read out.
 * Longer names written by hand are accepted.
 */
export const MAX_SLUG_LENGTH = 60;
/** A news item's file name: its stem, .md or .mdx. */
const FILE_NAME = new RegExp(`^${FILE_STEM}\\.mdx?$`);

export interface NewsFiles {
  /** The news files, as paths from the project root (`content/news/en/coyote-2020.md`), sorted. */
  files: string[];
  problems: ContentProblem[];
}

/** Id of a news item from its path: `content/news/en/coyote-2020.md` → `en/coyote-2020`. */
export function newsIdFromPath(path: string): string {
  return path.replace(`${NEWS_FOLDER}/`, '').replace(/\.mdx?$/, '');
}

/**
 * Every news file of `content/news/<language>/`, and every problem of the folder: links (a symbolic
 * link could publish a file from outside the repository), folders that are not a language, files
 * outside a language folder, names that are not lower-case words joined by hyphens, two files with
 * one address (`x.md` and `x.mdx`, or names that differ only in case), files over the size limit.
 */
export function walkNewsFolder(root: string): NewsFiles {
  const files: string[] = [];
  /** Every Markdown file of a language folder, well named or not: what two addresses could clash on. */
  const candidates: string[] = [];
  const problems: ContentProblem[] = [];
  const problem = (file: string, message: string, fix: string, value?: unknown) =>
    problems.push({ file, field: '', ...(value === undefined ? {} : { value }), message, fix });

  const visit = (folder: string, depth: number) => {
    for (const name of readdirSync(join(root, folder)).sort()) {
      const path = `${folder}/${name}`;
      const stat = lstatSync(join(root, path));
      if (stat.isSymbolicLink()) {
        problem(
          path,
          'is a symbolic link',
          'replace it with the file itself: news files and folders must be real ones, inside the repository',
        );
      } else if (stat.isDirectory()) {
        if (depth === 0 && (LOCALES as readonly string[]).includes(name)) visit(path, 1);
        else if (depth === 0) {
          problem(
            path,
            `is not a language folder of the site (${LOCALES.join(', ')})`,
            `move its items to content/news/<language>/ (${LOCALES.join(', ')})`,
          );
        } else {
          problem(
            path,
            'is a folder inside a language folder',
            'move its items directly into content/news/<language>/',
          );
        }
      } else if (/\.mdx?$/i.test(name)) {
        if (depth > 0) candidates.push(path);
        if (depth === 0) problem(path, 'is not in a language folder', 'move it to content/news/<language>/');
        else if (!FILE_NAME.test(name)) {
          problem(
            path,
            'file name must be lower-case words joined by hyphens, ending .md or .mdx (it becomes the address)',
            'rename it, such as quito-process-2021.md (no capitals, spaces or accents)',
            name,
          );
        } else if (stat.size > MAX_NEWS_FILE_BYTES) {
          problem(
            path,
            `is ${Math.ceil(stat.size / 1024)} KB, over the ${MAX_NEWS_FILE_BYTES / 1024} KB a news item may be`,
            'shorten it: a news item is a page of text',
          );
        } else files.push(path);
      }
    }
  };
  visit(NEWS_FOLDER, 0);

  // Two files with one address: `x.md` beside `x.mdx`, or names that differ only in case.
  const byAddress = new Map<string, string[]>();
  for (const path of candidates) {
    const address = newsIdFromPath(path).toLowerCase();
    byAddress.set(address, [...(byAddress.get(address) ?? []), path]);
  }
  for (const [address, paths] of byAddress) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      problem(
        path,
        `has the same address as ${paths.filter((other) => other !== path).join(', ')} (news/${address.split('/')[1]}/)`,
        'keep one: merge the files and delete the others',
      );
    }
  }
  const refused = new Set(problems.map((p) => p.file));
  return { files: files.filter((path) => !refused.has(path)), problems };
}

/** Every news file, as paths relative to the root: `content/news/en/coyote-2020.md` (see `walkNewsFolder`). */
export function listNewsFiles(root: string): string[] {
  return walkNewsFolder(root).files;
}

/**
 * What a news file is checked against besides itself: the tags of `content/tags.yaml` and the
 * headline figures `<ProfileFact id="…" />` may show.
 */
export interface NewsContext {
  /** Every tag id the vocabulary declares. */
  tags: ReadonlySet<string>;
  /** Every entry of `content/profile/facts.yaml`. */
  factIds: ReadonlySet<string>;
  /** Told each link to a page of this site in a body (see `BodyContext`). */
  onSiteLink?: (href: string, line: number | undefined) => void;
}

/** The context news files are checked against, read from the project at `root`. */
export function readNewsContext(root: string): NewsContext {
  return { tags: readTagVocabulary(root).ids, factIds: readFacts(root, readSources(root).ids).ids };
}

/**
 * A news file's text, as UTF-8. Invalid bytes (a file saved in Latin-1) would be read as U+FFFD and
 * published as "�": refused, with the line of the first.
 */
export function readNewsText(root: string, path: string): { text: string } | { problem: ContentProblem } {
  const bytes = readFileSync(join(root, path));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = text.indexOf('\uFFFD');
    return {
      problem: {
        file: path,
        line: text.slice(0, Math.max(0, at)).split('\n').length,
        field: '',
        message: 'is not UTF-8 text (a character on this line was saved in another encoding)',
        fix: 'save the file as UTF-8 in your editor, then retype the character the line shows as �',
      },
    };
  }
}

/**
 * Validates one news file: frontmatter, the language folder it sits in, its tags against the
 * vocabulary, the scaffold's prompts (unless a draft), and its body as the build renders it. Never
 * throws: whatever goes wrong reading it is a problem of the file.
 */
export function checkNewsFile(
  path: string,
  text: string,
  context: NewsContext,
): {
  raw?: unknown;
  data?: NewsData;
  body?: string;
  lineOf?: (field: string) => number | undefined;
  problems: ContentProblem[];
} {
  try {
    return checkNewsText(path, text, context);
  } catch (error) {
    return {
      problems: [
        {
          file: path,
          field: '',
          message: `cannot be read: ${(error as Error).message.split('\n')[0]}`,
          fix: 'check the frontmatter and the text for something unusually long or deeply nested',
        },
      ],
    };
  }
}

function checkNewsText(path: string, text: string, context: NewsContext) {
  const frontmatter = readFrontmatter(text, path);
  if (!frontmatter.ok) return { problems: frontmatter.problems };
  const { data: raw, body, bodyLine, lineOf } = frontmatter.value;
  const problems: ContentProblem[] = [];
  const result = newsSchema.safeParse(raw);
  if (!result.success) {
    // A field that is not there has no line: the message points at the frontmatter's first line.
    problems.push(
      ...problemsFromZod(result.error, path, raw).map((problem) =>
        atLine(problem, lineOf(problem.field) ?? 1),
      ),
    );
  }
  const data = result.success ? result.data : undefined;
  const folder = newsIdFromPath(path).split('/')[0];
  if (data && folder !== data.lang) {
    problems.push(
      atLine(
        {
          file: path,
          field: 'lang',
          value: data.lang,
          message: `does not match the folder content/news/${folder}/`,
          fix: `write lang: ${folder}, or move the file to content/news/${data.lang}/`,
        },
        lineOf('lang'),
      ),
    );
  }
  data?.tags.forEach((tag, index) => {
    if (context.tags.has(tag)) return;
    const near = closestName(tag, context.tags);
    problems.push(
      atLine(
        {
          file: path,
          field: `tags.${index}`,
          value: tag,
          message: `is not a tag of ${CONTENT_PATHS.tags}`,
          fix: near
            ? `did you mean ${near}?`
            : `use a tag of ${CONTENT_PATHS.tags}, or add this one there first`,
        },
        lineOf(`tags.${index}`) ?? lineOf('tags'),
      ),
    );
  });
  if (data && !data.draft && data.tags.length === 0) {
    problems.push(
      atLine(
        {
          file: path,
          field: 'tags',
          message: 'must have at least one tag',
          fix: `add tags of ${CONTENT_PATHS.tags}, such as tags: [refugees], or keep draft: true until the item is ready`,
        },
        lineOf('tags') ?? 1,
      ),
    );
  }
  if (data && !data.draft) problems.push(...promptProblems(path, data, body, bodyLine, lineOf));
  problems.push(...checkBody(body, path, path.endsWith('.mdx') ? 'mdx' : 'md', bodyLine, context));
  return { raw, body, lineOf, problems, ...(data ? { data } : {}) };
}

/**
 * Every news item of the project, and every problem: of the folder, of each file, and of the
 * translation links and what translations share with their originals. The checker and the build's
 * loader both call this, so they refuse the same items with the same messages.
 */
export function readNews(root: string): ReadResult<NewsData> {
  const entries: Entry<NewsData>[] = [];
  const { files, problems } = walkNewsFolder(root);
  const context = readNewsContext(root);
  const items: TranslatableItem[] = [];
  const siteLinks: SiteLink[] = [];
  for (const path of files) {
    const read = readNewsText(root, path);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const links: SiteLink[] = [];
    const checked = checkNewsFile(path, read.text, {
      ...context,
      onSiteLink: (href, line) => links.push({ file: path, line, href }),
    });
    problems.push(...checked.problems);
    if (checked.data && checked.problems.length === 0) {
      const { data } = checked;
      // A draft's page is not built, nor are its links.
      if (!data.draft) siteLinks.push(...links);
      const id = newsIdFromPath(path);
      entries.push({ id, data, raw: checked.raw, file: path });
      items.push({
        id,
        file: path,
        lang: data.lang,
        translationOf: data.translationOf,
        ...(checked.lineOf ? { lineOf: checked.lineOf } : {}),
        facts: {
          draft: data.draft,
          date: data.date.toISOString().slice(0, 10),
          datePrecision: data.datePrecision,
          tags: data.tags,
          countries: data.countries,
          sourceUrls: data.sources.map((source) => source.url),
          text: `${data.title}\n${data.summary}\n${checked.body ?? ''}`,
        },
      });
    }
  }
  problems.push(...translationProblems(items, new Set(files.map(newsIdFromPath))));
  const published = new Set(
    entries.filter((entry) => !entry.data.draft).map((entry) => newsHref({ id: entry.id, data: entry.data })),
  );
  problems.push(...newsLinkProblems(siteLinks, published));
  return { entries, problems };
}
