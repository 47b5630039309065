/**
 * A throwaway copy of the project for tests that build changed content: code and dependencies are
 * linked, `content/` is copied so a test can add or break files without touching the real ones.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProjectCopy {
  root: string;
  /** Runs `astro build` in the copy (with Pagefind indexing when `index` is true). */
  build: (options?: { index?: boolean }) => SpawnSyncReturns<string>;
  remove: () => void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'peru-copy-'));
  for (const entry of ['src', 'public', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts']) {
    symlinkSync(join(process.cwd(), entry), join(root, entry));
  }
  cpSync('content', join(root, 'content'), { recursive: true });
  return {
    root,
    build: ({ index = false } = {}) => {
      const result = spawnSync('npx', ['astro', 'build', '--root', root, '--outDir', join(root, 'dist')], {
        encoding: 'utf8',
      });
      if (!index || result.status !== 0) return result;
      return spawnSync('npx', ['pagefind', '--site', join(root, 'dist')], { encoding: 'utf8' });
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
