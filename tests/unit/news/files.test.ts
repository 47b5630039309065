/** The one walk of content/news/ (`walkNewsFolder`): which files are news items, and what is wrong. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_NEWS_FILE_BYTES, newsIdFromPath, walkNewsFolder } from '../../../src/news/files.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'news-files-'));
  mkdirSync(join(root, 'content/news/es'), { recursive: true });
  mkdirSync(join(root, 'content/news/en'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('walkNewsFolder', () => {
  it('lists the Markdown files of the language folders, sorted, and ignores other files', () => {
    const walk = walkNewsFolder(
      folder({ 'content/news/es/b.md': 'x', 'content/news/en/a.mdx': 'x', 'content/news/en/notes.txt': 'x' }),
    );
    expect(walk).toEqual({ files: ['content/news/en/a.mdx', 'content/news/es/b.md'], problems: [] });
  });

  it('leaves out every file it finds a problem with', () => {
    const walk = walkNewsFolder(
      folder({ 'content/news/en/Bad Name.md': 'x', 'content/news/en/good.md': 'x' }),
    );
    expect(walk.files).toEqual(['content/news/en/good.md']);
    expect(walk.problems.map((problem) => problem.file)).toEqual(['content/news/en/Bad Name.md']);
  });

  it('refuses links to files and to folders', () => {
    folder({ 'outside/item.md': 'x' });
    symlinkSync(join(root, 'outside/item.md'), join(root, 'content/news/en/item.md'));
    symlinkSync(join(root, 'outside'), join(root, 'content/news/pt'));
    expect(walkNewsFolder(root).problems.map((problem) => problem.file)).toEqual([
      'content/news/en/item.md',
      'content/news/pt',
    ]);
  });

  it('accepts a file of the size limit and refuses one a byte over', () => {
    const walk = walkNewsFolder(
      folder({
        'content/news/en/limit.md': 'x'.repeat(MAX_NEWS_FILE_BYTES),
        'content/news/en/over.md': 'x'.repeat(MAX_NEWS_FILE_BYTES + 1),
      }),
    );
    expect(walk.files).toEqual(['content/news/en/limit.md']);
    expect(walk.problems.map((problem) => problem.file)).toEqual(['content/news/en/over.md']);
  });
});

describe('newsIdFromPath', () => {
  it('is the language folder and the file name', () => {
    expect(newsIdFromPath('content/news/en/coyote-2020.mdx')).toBe('en/coyote-2020');
  });
});
