/**
 * A throwaway copy of the project for tests that build changed content: dependencies are linked,
 * the rest is copied (Astro resolves linked sources to their real paths, which breaks script
 * bundling), so a test can add or break files without touching the real ones.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv } from './env.ts';
import { indexSearch } from './search-index.ts';

export interface ProjectCopy {
  root: string;
  /** Runs `astro build` in the copy (with Pagefind indexing when `index` is true). */
  build: (options?: { index?: boolean }) => SpawnSyncReturns<string>;
  /** `astro build` in the copy without blocking, so that several copies can build side by side. */
  buildAsync: () => Promise<{ status: number | null; stdout: string; stderr: string }>;
  remove: () => void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'peru-copy-'));
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  for (const entry of [
    'src',
    'public',
    'content',
    'scripts',
    'tools',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(entry, join(root, entry), { recursive: true });
  }
  return {
    root,
    build: ({ index = false } = {}) => {
      const result = spawnSync('npx', ['astro', 'build', '--root', root, '--outDir', join(root, 'dist')], {
        encoding: 'utf8',
        env: cleanEnv(),
      });
      if (!index || result.status !== 0) return result;
      return indexSearch(join(root, 'dist'));
    },
    buildAsync: () =>
      new Promise((done, fail) => {
        const child = spawn('npx', ['astro', 'build', '--root', root, '--outDir', join(root, 'dist')], {
          env: cleanEnv(),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', fail);
        child.on('close', (status) => done({ status, stdout, stderr }));
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
