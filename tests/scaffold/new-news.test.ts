/**
 * `npm run new:news` run as editors run it, on a temporary copy of content/ (`--root`), so the
 * project's own content is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAllContent, checkNewsFile, readNews } from '../../src/content/read.ts';
import { todayUtc } from '../../tools/new-news/template.ts';

const ROOT = process.cwd();
const made: string[] = [];

afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

/** A copy of the project's content/ folder in a fresh temporary directory, usable as a root. */
function copyContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'peru-new-news-'));
  made.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

function newNews(root: string, ...args: string[]) {
  return spawnSync(process.execPath, ['tools/new-news/cli.ts', '--root', root, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** Every file under content/ with its bytes, to show that nothing was written or changed. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const base = join(root, 'content');
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(root.length), readFileSync(path, 'base64'));
    }
  }
  return files;
}

describe('npm run new:news', () => {
  it('writes a valid Spanish draft dated today, says where and what to do next', () => {
    const root = copyContent();
    const before = todayUtc();
    const result = newNews(root, '--title', 'Perú regulariza a 500.000 venezolanos');
    const after = todayUtc();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const path = 'content/news/es/peru-regulariza-a-500000-venezolanos.md';
    expect(result.stdout).toContain(path);
    expect(result.stdout).not.toContain(root);
    expect(result.stdout).toContain('npm run dev');
    expect(result.stdout).toContain('draft: false');
    expect(result.stdout).toContain('npm run check:content');

    const { data, problems } = checkNewsFile(path, readFileSync(join(root, path), 'utf8'));
    expect(problems).toEqual([]);
    expect(data?.title).toBe('Perú regulariza a 500.000 venezolanos');
    expect(data?.lang).toBe('es');
    expect(data?.draft).toBe(true);
    expect([before, after]).toContain(data?.date.toISOString().slice(0, 10));
    // The whole content folder, new item included, still passes the content check.
    expect(checkAllContent(root)).toEqual([]);
  });

  it('writes an English .mdx item on the day given', () => {
    const root = copyContent();
    const result = newNews(
      root,
      '--title',
      '«Coyote 2021»: a new operation',
      '--lang',
      'en',
      '--mdx',
      '--date',
      '2021-02-28',
    );
    expect(result.status).toBe(0);
    const path = 'content/news/en/coyote-2021-a-new-operation.mdx';
    expect(result.stdout).toContain(path);
    const { data, problems } = checkNewsFile(path, readFileSync(join(root, path), 'utf8'));
    expect(problems).toEqual([]);
    expect(data?.date.toISOString().slice(0, 10)).toBe('2021-02-28');
    expect(data?.title).toBe('«Coyote 2021»: a new operation');
  });

  it('writes a translation that points at its original and shares its date, tags and countries', () => {
    const root = copyContent();
    expect(
      newNews(root, '--title', 'Quito Process: eighth round', '--lang', 'en', '--date', '2021-03-05').status,
    ).toBe(0);
    const result = newNews(
      root,
      '--title',
      'Proceso de Quito: octava ronda',
      '--translation-of',
      'en/quito-process-eighth-round',
    );
    expect(result.status).toBe(0);
    const news = readNews(root);
    expect(news.problems).toEqual([]);
    const translation = news.entries.find((entry) => entry.id === 'es/proceso-de-quito-octava-ronda');
    expect(translation?.data.translationOf).toBe('en/quito-process-eighth-round');
    expect(translation?.data.date.toISOString().slice(0, 10)).toBe('2021-03-05');
  });

  it('refuses to overwrite: the second run exits 1, names the file and leaves it byte-identical', () => {
    const root = copyContent();
    const path = 'content/news/es/estudiantes-en-lima.md';
    expect(newNews(root, '--title', 'Estudiantes en Lima', '--date', '2020-01-01').status).toBe(0);
    const before = snapshot(root);
    const first = readFileSync(join(root, path));

    const again = newNews(root, '--title', 'Estudiantes en Lima', '--date', '2021-06-30');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(path);
    expect(readFileSync(join(root, path)).equals(first)).toBe(true);
    // The same name as .mdx would be the same item (es/estudiantes-en-lima): refused too.
    const mdx = newNews(root, '--title', 'Estudiantes en Lima', '--mdx');
    expect(mdx.status).toBe(1);
    expect(mdx.stderr).toContain(path);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a second translation of the same item in the same language (exit 1)', () => {
    const root = copyContent();
    const before = snapshot(root);
    const result = newNews(root, '--title', 'Otra versión', '--translation-of', 'en/coyote-2020-operation');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/news/es/operacion-coyote-2020.md');
    expect(snapshot(root)).toEqual(before);
  });

  const root = copyContent();
  const pristine = snapshot(root);
  it.each([
    [[], '--title'],
    [['--title'], '--title'],
    [['--title', ''], '--title'],
    [['--title', '   '], '--title'],
    [['--title', '¡¿?! «» 🚀'], '¡¿?! «» 🚀'],
    [['--title', 'X', '--lang', 'fr'], '--lang "fr"'],
    [['--title', 'X', '--lang'], '--lang'],
    [['--title', 'X', '--date', '2020-02-30'], '--date "2020-02-30" is not a real calendar date'],
    [['--title', 'X', '--date', '2021-13-01'], '--date "2021-13-01"'],
    [['--title', 'X', '--date', '30/01/2020'], '--date "30/01/2020" must be a date written YYYY-MM-DD'],
    [['--title', 'X', '--date', 'today'], '--date "today"'],
    [['--title', 'X', '--bogus'], '--bogus'],
    [['--title', 'X', '--draft', 'false'], '--draft'],
    [['--title', 'X', '--mdx=yes'], '--mdx'],
    [['Título sin flag'], 'Título sin flag'],
    [['--title', 'X', '--title', 'Y'], '--title'],
    [['--title', 'X', '--translation-of', 'en/no-such-item'], '--translation-of "en/no-such-item"'],
    [
      ['--title', 'X', '--translation-of', 'es/operacion-coyote-2020'],
      '--translation-of "es/operacion-coyote-2020"',
    ],
    [
      ['--title', 'X', '--lang', 'en', '--translation-of', 'es/operacion-coyote-2020'],
      'en/coyote-2020-operation',
    ],
  ])('refuses %j (exit 2, names %j, writes nothing)', (args, named) => {
    const result = newNews(root, ...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(named);
    expect(result.stderr).toContain('Nothing was written');
    expect(snapshot(root)).toEqual(pristine);
  });

  it('refuses a root without content/news (exit 2)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'peru-new-news-'));
    made.push(empty);
    const result = newNews(empty, '--title', 'X');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('content/news');
    expect(existsSync(join(empty, 'content'))).toBe(false);
  });

  it('prints its options with --help', () => {
    const result = newNews(root, '--help');
    expect(result.status).toBe(0);
    for (const flag of ['--title', '--lang', '--mdx', '--date', '--translation-of', '--root']) {
      expect(result.stdout).toContain(flag);
    }
  });
});
