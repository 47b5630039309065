/** Scratch copies of the project's content/ for tests that change one file and read the result. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the project's content/ with `change` applied to the text of `file`; removed after the test. */
export function contentWith(file: string, change: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'peru-content-'));
  roots.push(root);
  cpSync('content', join(root, 'content'), { recursive: true });
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change to ${file} changed nothing`);
  writeFileSync(path, after);
  return root;
}
