/**
 * News files on disk: the one walk of `content/news/` that the content checker and the build both
 * make (which files are news items, and what about the folder itself is wrong), and the check of
 * each file. The build's loader (`loader.ts`) refuses the folder on the same problems before it
 * reads a file, so the two never disagree on what is published. Node's file system only: no Astro
 * runtime, so the checker and the tests run it as the build does.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Entry, ReadResult } from '../content/entries.ts';
import { LOCALES } from '../i18n/languages.ts';
import { atLine, problemsFromZod, type ContentProblem } from '../lib/content-problem.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { checkBody } from '../markdown/check-body.ts';
import { newsSchema } from './schema.ts';
import { translationProblems } from './translations.ts';

export const NEWS_FOLDER = 'content/news';

/** Largest news file read, in bytes: a news item is a page of text, never a data dump. */
export const MAX_NEWS_FILE_BYTES = 256 * 1024;

/** A news item's file name: lower-case words joined by hyphens (it becomes the address), .md or .mdx. */
const FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.mdx?$/;

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
  const problem = (file: string, message: string, value?: unknown) =>
    problems.push({ file, field: '', ...(value === undefined ? {} : { value }), message });

  const visit = (folder: string, depth: number) => {
    for (const name of readdirSync(join(root, folder)).sort()) {
      const path = `${folder}/${name}`;
      const stat = lstatSync(join(root, path));
      if (stat.isSymbolicLink()) {
        problem(path, 'is a symbolic link: news files and folders must be real ones, inside the repository');
      } else if (stat.isDirectory()) {
        if (depth === 0 && (LOCALES as readonly string[]).includes(name)) visit(path, 1);
        else if (depth === 0) problem(path, `is not a language folder of the site (${LOCALES.join(', ')})`);
        else
          problem(
            path,
            'is a folder inside a language folder: news items go directly in content/news/<language>/',
          );
      } else if (/\.mdx?$/i.test(name)) {
        if (depth > 0) candidates.push(path);
        if (depth === 0) problem(path, 'is not in a language folder: move it to content/news/<language>/');
        else if (!FILE_NAME.test(name)) {
          problem(
            path,
            'file name must be lower-case words joined by hyphens, ending .md or .mdx (it becomes the address)',
            name,
          );
        } else if (stat.size > MAX_NEWS_FILE_BYTES) {
          problem(
            path,
            `is ${Math.ceil(stat.size / 1024)} KB, over the ${MAX_NEWS_FILE_BYTES / 1024} KB a news item may be`,
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
        `has the same address as ${paths.filter((other) => other !== path).join(', ')} (news/${address.split('/')[1]}/): keep one`,
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

/** Validates one news file: frontmatter, the language folder it sits in, and an MDX body. */
export function checkNewsFile(
  path: string,
  text: string,
): { raw?: unknown; data?: z.output<typeof newsSchema>; problems: ContentProblem[] } {
  const frontmatter = readFrontmatter(text, path);
  if (!frontmatter.ok) return { problems: frontmatter.problems };
  const { data: raw, body, bodyLine, lineOf } = frontmatter.value;
  const problems: ContentProblem[] = [];
  const result = newsSchema.safeParse(raw);
  if (!result.success) {
    problems.push(
      ...(result.error.issues.length
        ? problemsFromZod(result.error, path, raw).map((problem) =>
            atLine(problem, lineOf(problem.field.split('.')[0] ?? '')),
          )
        : []),
    );
  }
  const folder = newsIdFromPath(path).split('/')[0];
  if (result.success && folder !== result.data.lang) {
    problems.push(
      atLine(
        {
          file: path,
          field: 'lang',
          value: result.data.lang,
          message: `does not match the folder content/news/${folder}/`,
        },
        lineOf('lang'),
      ),
    );
  }
  problems.push(...checkBody(body, path, path.endsWith('.mdx') ? 'mdx' : 'md', bodyLine));
  return result.success ? { raw, data: result.data, problems } : { raw, problems };
}

export function readNews(root: string): ReadResult<z.output<typeof newsSchema>> {
  const entries: Entry<z.output<typeof newsSchema>>[] = [];
  const { files, problems } = walkNewsFolder(root);
  for (const path of files) {
    const checked = checkNewsFile(path, readFileSync(join(root, path), 'utf8'));
    problems.push(...checked.problems);
    if (checked.data && checked.problems.length === 0) {
      entries.push({ id: newsIdFromPath(path), data: checked.data, raw: checked.raw, file: path });
    }
  }
  problems.push(
    ...translationProblems(
      entries.map((entry) => ({
        id: entry.id,
        file: entry.file,
        lang: entry.data.lang,
        translationOf: entry.data.translationOf,
      })),
      new Set(files.map(newsIdFromPath)),
    ),
  );
  return { entries, problems };
}
