/**
 * `npm run build`: the content check and Astro's build side by side, then the search index; the new
 * site replaces dist/ only when all three have succeeded.
 *
 * The check lists every content problem at once, where Astro stops at the first one. Run before
 * Astro, it delayed every build by its seconds (the world tables, and every news item at archive
 * scale); it now runs while Astro builds into dist.next/. When the check fails, Astro is stopped and
 * dist/ is left as it was; so it is when Astro fails, when Astro logs an error it would otherwise
 * build past (an item rendered without its text), and when the search index fails. Nothing
 * half-built is ever in dist/.
 *
 * Astro's own log (a line per page) is kept back: the build prints the check's verdict and a short
 * summary, and Astro's lines only when something went wrong, without the page list.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { indexSearch } from '../scripts/support/search-index.ts';
import { LOCALES } from '../src/i18n/languages.ts';
import { buildReport, loggedErrors, loggedWarnings } from './build-log.ts';

const OUT = 'dist';
const NEXT = 'dist.next';

interface Running {
  done: Promise<number>;
  stop: () => void;
  /** What the process printed, stdout and stderr in the order they came (empty when not captured). */
  lines: string[];
}

function start(args: string[], capture: boolean): Running {
  const child = spawn(process.execPath, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const lines: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (partial !== '') lines.push(partial);
      resolve(status ?? (signal ? 1 : 0));
    });
  });
  return { done, stop: () => child.kill('SIGTERM'), lines };
}

function fail(message: string, report: readonly string[] = []): never {
  rmSync(NEXT, { recursive: true, force: true });
  for (const line of report) console.error(line);
  console.error(`✗ ${message}; ${OUT}/ is left as it was.`);
  process.exit(1);
}

/** Every `.html` file under `folder`: the pages of the built site. */
function countPages(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}

const began = Date.now();
rmSync(NEXT, { recursive: true, force: true });
const check = start(['tools/check-content.ts'], false);
const astro = start(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', NEXT], true);

if ((await check.done) !== 0) {
  astro.stop();
  await astro.done;
  fail('the content check failed (every problem is listed above)');
}
const status = await astro.done;
const errors = loggedErrors(astro.lines);
if (status !== 0) fail('astro build failed', buildReport(astro.lines));
if (errors.length > 0) {
  fail(
    `astro build logged ${errors.length} error${errors.length === 1 ? '' : 's'}`,
    buildReport(astro.lines),
  );
}
for (const warning of loggedWarnings(astro.lines)) console.warn(warning);

const search = indexSearch(NEXT);
if (search.status !== 0) fail('the search index was not built', [search.stdout + search.stderr]);
const entry = JSON.parse(readFileSync(join(NEXT, 'pagefind/pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};

const pages = countPages(NEXT);
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(NEXT, OUT);
const indexed = LOCALES.map((locale) => `${entry.languages[locale]?.page_count ?? 0} ${locale}`).join(', ');
console.log(`✓ built ${pages} pages`);
console.log(`✓ search index: ${indexed} pages`);
console.log(`✓ ${OUT}/ replaced (${((Date.now() - began) / 1000).toFixed(1)} s)`);
