/**
 * The one walk of `content/news/` that the content checker and the build both make: which files are
 * news items, and what about the folder itself is wrong. The build's loader refuses the folder on
 * the same problems before it reads a file, so the two never disagree on what is published.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../i18n/languages.ts';
import type { ContentProblem } from '../lib/content-problem.ts';

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
        else problem(path, 'is a folder inside a language folder: news items go directly in content/news/<language>/');
      } else if (/\.mdx?$/i.test(name)) {
        if (depth > 0) candidates.push(path);
        if (depth === 0) problem(path, 'is not in a language folder: move it to content/news/<language>/');
        else if (!FILE_NAME.test(name)) {
          problem(path, 'file name must be lower-case words joined by hyphens, ending .md or .mdx (it becomes the address)', name);
        } else if (stat.size > MAX_NEWS_FILE_BYTES) {
          problem(path, `is ${Math.ceil(stat.size / 1024)} KB, over the ${MAX_NEWS_FILE_BYTES / 1024} KB a news item may be`);
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
      problem(path, `has the same address as ${paths.filter((other) => other !== path).join(', ')} (news/${address.split('/')[1]}/): keep one`);
    }
  }
  const refused = new Set(problems.map((p) => p.file));
  return { files: files.filter((path) => !refused.has(path)), problems };
}
