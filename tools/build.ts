/**
 * `npm run build`: the content check and Astro's build side by side, then the search index; the new
 * site replaces dist/ only when all three have succeeded.
 *
 * The check lists every content problem at once, where Astro stops at the first one. Run before
 * Astro, it delayed every build by its seconds (the world tables, and every news item at archive
 * scale); it now runs while Astro builds into dist.next/. When the check fails, Astro is stopped and
 * dist/ is left as it was; so it is when Astro or the search index fails. Nothing half-built is ever
 * in dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { indexSearch } from '../scripts/support/search-index.ts';

const OUT = 'dist';
const NEXT = 'dist.next';

interface Running {
  done: Promise<number>;
  stop: () => void;
}

function start(args: string[]): Running {
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  return { done, stop: () => child.kill('SIGTERM') };
}

function fail(message: string): never {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`✗ ${message}; ${OUT}/ is left as it was.`);
  process.exit(1);
}

rmSync(NEXT, { recursive: true, force: true });
const check = start(['tools/check-content.ts']);
const astro = start(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', NEXT]);

if ((await check.done) !== 0) {
  astro.stop();
  await astro.done;
  fail('the content check failed (every problem is listed above)');
}
if ((await astro.done) !== 0) fail('astro build failed');

const search = indexSearch(NEXT);
if (search.status !== 0) {
  process.stderr.write(search.stdout + search.stderr);
  fail('the search index was not built');
}

if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(NEXT, OUT);
