/** An interrupted data update is a problem of its own, until a later run finishes it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pendingUpdateProblems, UPDATE_JOURNAL } from '../../../src/content/pending-update.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('pendingUpdateProblems', () => {
  it('is nothing without a journal, and one problem naming it and the command that finishes it with one', () => {
    root = mkdtempSync(join(tmpdir(), 'pending-'));
    mkdirSync(join(root, 'content/data'), { recursive: true });
    expect(pendingUpdateProblems(root)).toEqual([]);
    writeFileSync(join(root, 'content/data', UPDATE_JOURNAL), '{}');
    expect(pendingUpdateProblems(root)).toEqual([
      {
        file: `content/data/${UPDATE_JOURNAL}`,
        field: '',
        message: 'an interrupted update: run npm run data:update to finish it',
      },
    ]);
  });
});
