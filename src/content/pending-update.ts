/**
 * An interrupted `npm run data:update` leaves a journal in `content/data/` until a later run finishes
 * its renames. Until then the tables may be half updated (a new table beside the old provenance), so
 * the content checker and the build refuse to read them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../lib/content-problem.ts';

export const DATA_FOLDER = 'content/data';

/** The journal of an update's renames, present only while an update is being committed. */
export const UPDATE_JOURNAL = '.data-update-journal.json';

/** The problem of a pending update, if there is one. */
export function pendingUpdateProblems(root: string): ContentProblem[] {
  const file = `${DATA_FOLDER}/${UPDATE_JOURNAL}`;
  return existsSync(join(root, file))
    ? [{ file, field: '', message: 'an interrupted update: run npm run data:update to finish it' }]
    : [];
}
