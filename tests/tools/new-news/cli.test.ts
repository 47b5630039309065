/**
 * `npm run new:news` run as editors run it, on temporary copies of content/ (`--root`), so the
 * project's own content is never touched. Each case has its own copy, so the cases run side by side:
 * one process per case, one after the other, would make this file most of the unit suite's time.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { checkAllContent } from '../../../src/check/content.ts';
import { checkNewsFile, readNews, readNewsContext } from '../../../src/news/files.ts';
import { translationGroups } from '../../../src/news/items.ts';
import { slugOf } from '../../../tools/new-news/slug.ts';
import { todayUtc } from '../../../tools/new-news/template.ts';

const ROOT = process.cwd();
const made: string[] = [];

afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

/**
 * A copy of the project's content/ folder in a fresh temporary directory, usable as a root. Without
 * the items `freed` (ids, each with its other language versions): the ones the case has the
 * scaffold write. The scaffold refuses to overwrite, and an editor may well have published an item
 * of that very title (the guide's own example among them); the rest of the content stays valid.
 */
function copyContent(...freed: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'peru-new-news-'));
  made.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  if (freed.length > 0) {
    const news = readNews(root).entries;
    const versionsOf = translationGroups(news);
    for (const version of freed.flatMap(versionsOf)) rmSync(join(root, version.file));
  }
  return root;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the scaffold on `root` to its end (a child process: real exit codes and output). */
function newNews(root: string, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['tools/new-news/cli.ts', '--root', root, ...args], {
    cwd: ROOT,
    // Node's compile cache, shared by the runs: each one then spends far less time loading modules.
    env: { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), 'peru-tests-node-compile-cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
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

describe.concurrent('npm run new:news', () => {
  it('writes an item the check refuses to publish while it holds a prompt (draft: false too early)', async ({
    expect,
  }) => {
    const root = copyContent('es/una-noticia-nueva');
    const result = await newNews(root, '--title', 'Una noticia nueva');
    expect(result.status).toBe(0);
    const path = 'content/news/es/una-noticia-nueva.md';
    expect(checkAllContent(root)).toEqual([]);
    const file = join(root, path);
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    const problems = checkAllContent(root).filter((problem) => problem.file === path);
    // The summary, the tags, the source's name and the text are still what the scaffold wrote.
    expect([...new Set(problems.map((problem) => problem.field))].sort()).toEqual(
      ['body', 'sources.0.name', 'summary', 'tags'].sort(),
    );
  });

  it('keeps a long title’s last words in the file name, and says that it cut the title', async ({
    expect,
  }) => {
    const title =
      'El Perú asume la presidencia pro tempore del Proceso de Quito sobre refugiados y migrantes en 2021';
    const root = copyContent(`es/${slugOf(title).slug}`, 'es/una-noticia-corta');
    const before = new Set(readdirSync(join(root, 'content/news/es')));
    const result = await newNews(root, '--title', title);
    expect(result.status).toBe(0);
    // The file the run added (others may begin with the same words).
    const [written] = readdirSync(join(root, 'content/news/es')).filter((name) => !before.has(name));
    expect(written).toMatch(/^el-peru-asume-[a-z0-9-]+-en-2021\.md$/);
    expect(written!.length).toBeLessThanOrEqual(60 + '.md'.length);
    expect(result.stdout).toContain('the file name keeps its first and last words');
    // A title that fits says nothing of the kind.
    const short = await newNews(root, '--title', 'Una noticia corta');
    expect(short.stdout).not.toContain('first and last words');
  });

  it('refuses a flag given twice (exit 2, names it, writes nothing)', async ({ expect }) => {
    const root = copyContent();
    const pristine = snapshot(root);
    const result = await newNews(root, '--title', 'X', '--title', 'Y');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--title is given twice');
    expect(snapshot(root)).toEqual(pristine);
  });

  it('writes a valid Spanish draft dated today, says where and what to do next', async ({ expect }) => {
    // CONTRIBUTING's example, as written there.
    const root = copyContent('es/peru-regulariza-a-500000-venezolanos');
    const before = todayUtc();
    const result = await newNews(root, '--title', 'Perú regulariza a 500.000 venezolanos');
    const after = todayUtc();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const path = 'content/news/es/peru-regulariza-a-500000-venezolanos.md';
    expect(result.stdout).toContain(path);
    expect(result.stdout).not.toContain(root);
    expect(result.stdout).toContain('npm run dev');
    expect(result.stdout).toContain('draft: false');
    expect(result.stdout).toContain('npm run check:content');

    const { data, problems } = checkNewsFile(
      path,
      readFileSync(join(root, path), 'utf8'),
      readNewsContext(root),
    );
    expect(problems).toEqual([]);
    expect(data?.title).toBe('Perú regulariza a 500.000 venezolanos');
    expect(data?.lang).toBe('es');
    expect(data?.draft).toBe(true);
    expect([before, after]).toContain(data?.date.toISOString().slice(0, 10));
    // The whole content folder, new item included, still passes the content check.
    expect(checkAllContent(root)).toEqual([]);
  });

  it('writes an English .mdx item on the day given', async ({ expect }) => {
    const root = copyContent('en/coyote-2021-a-new-operation');
    const result = await newNews(
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
    const { data, problems } = checkNewsFile(
      path,
      readFileSync(join(root, path), 'utf8'),
      readNewsContext(root),
    );
    expect(problems).toEqual([]);
    expect(data?.date.toISOString().slice(0, 10)).toBe('2021-02-28');
    expect(data?.title).toBe('«Coyote 2021»: a new operation');
  });

  it('writes a translation that points at its original and shares its date, tags and countries', async ({
    expect,
  }) => {
    const root = copyContent('en/quito-process-eighth-round', 'es/proceso-de-quito-octava-ronda');
    const original = await newNews(
      root,
      '--title',
      'Quito Process: eighth round',
      '--lang',
      'en',
      '--date',
      '2021-03-05',
    );
    expect(original.status).toBe(0);
    const result = await newNews(
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
    // Translated, the original names itself: every language version carries the same link.
    const first = news.entries.find((entry) => entry.id === 'en/quito-process-eighth-round');
    expect(first?.data.translationOf).toBe('en/quito-process-eighth-round');
    expect(result.stdout).toContain(
      'added translationOf: en/quito-process-eighth-round to content/news/en/quito-process-eighth-round.md',
    );
  });

  it('refuses to overwrite: the second run exits 1, names the file and leaves it byte-identical', async ({
    expect,
  }) => {
    const root = copyContent('es/estudiantes-en-lima');
    const path = 'content/news/es/estudiantes-en-lima.md';
    const written = await newNews(root, '--title', 'Estudiantes en Lima', '--date', '2020-01-01');
    expect(written.status).toBe(0);
    const before = snapshot(root);
    const first = readFileSync(join(root, path));

    const again = await newNews(root, '--title', 'Estudiantes en Lima', '--date', '2021-06-30');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(path);
    expect(readFileSync(join(root, path)).equals(first)).toBe(true);
    // The same name as .mdx would be the same item (es/estudiantes-en-lima): refused too.
    const mdx = await newNews(root, '--title', 'Estudiantes en Lima', '--mdx');
    expect(mdx.status).toBe(1);
    expect(mdx.stderr).toContain(path);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a second translation of the same item in the same language (exit 1)', async ({ expect }) => {
    const root = copyContent();
    const before = snapshot(root);
    const result = await newNews(
      root,
      '--title',
      'Another version',
      '--lang',
      'en',
      '--translation-of',
      'es/operacion-coyote-2020',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/news/en/coyote-2020-operation.md');
    expect(snapshot(root)).toEqual(before);
  });

  it.for<[string[], string]>([
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
    [['--title', 'X', '--translation-of', 'en/no-such-item'], '--translation-of "en/no-such-item"'],
    [
      ['--title', 'X', '--translation-of', 'es/operacion-coyote-2020'],
      '--translation-of "es/operacion-coyote-2020"',
    ],
    [['--title', 'X', '--translation-of', 'en/coyote-2020-operation'], 'es/operacion-coyote-2020'],
  ])('refuses %j (exit 2, names %j, writes nothing)', async ([args, named], { expect }) => {
    const root = copyContent();
    const pristine = snapshot(root);
    const result = await newNews(root, ...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(named);
    expect(result.stderr).toContain('Nothing was written');
    expect(snapshot(root)).toEqual(pristine);
  });

  it('refuses a root without content/news (exit 2)', async ({ expect }) => {
    const empty = mkdtempSync(join(tmpdir(), 'peru-new-news-'));
    made.push(empty);
    const result = await newNews(empty, '--title', 'X');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('content/news');
    expect(existsSync(join(empty, 'content'))).toBe(false);
  });

  it('prints its options with --help', async ({ expect }) => {
    const result = await newNews(copyContent(), '--help');
    expect(result.status).toBe(0);
    for (const flag of ['--title', '--lang', '--mdx', '--date', '--translation-of', '--root']) {
      expect(result.stdout).toContain(flag);
    }
  });
});
