/**
 * Writing several files of content/data/ as one change: all of them or none.
 *
 * 1. Each new file is written to a temp file in the same directory (`.name.tmp-<pid>`, a dot file
 *    the build never reads) and fsync'ed.
 * 2. A journal listing the renames is written (atomically, itself through a temp file).
 * 3. Each temp file is renamed over its target (atomic per file), the directory is fsync'ed, and
 *    the journal is removed.
 *
 * A run killed before step 2 leaves only temp files: the next run deletes them. A run killed during
 * step 3 leaves the journal: the next run finishes its renames (every temp file was complete before
 * the journal existed), so the directory never stays half updated. A lock file keeps two runs from
 * doing this at once.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join, posix } from 'node:path';
import { UPDATE_JOURNAL as JOURNAL_FILE } from '../../src/content/pending-update.ts';
import { UpdateFailure } from './failure.ts';

export { JOURNAL_FILE };
export const LOCK_FILE = '.data-update.lock';
/** Temp files of this module: `.unhcr-venezuela-to-peru.csv.tmp-1234`. */
export const TEMP_FILE = /^\..+\.tmp-\d+$/;

/**
 * The temp file for `name` (a path under the directory, such as `flows/wdi-remittances.csv`) written
 * by process `pid`: a dot file beside it, so that its rename stays in one folder.
 */
export function tempName(name: string, pid: number): string {
  const folder = posix.dirname(name);
  return `${folder === '.' ? '' : `${folder}/`}.${posix.basename(name)}.tmp-${pid}`;
}

/** True when `from` is a temp file of `to` written by some process (`tempName(to, pid)`). */
function isTempOf(from: string, to: string): boolean {
  const prefix = tempName(to, 0).slice(0, -1);
  return from.startsWith(prefix) && /^\d+$/.test(from.slice(prefix.length));
}

/** The folders of `names` (paths under a directory), the directory itself as `.`, each once. */
function foldersOf(names: Iterable<string>): string[] {
  return [...new Set(['.', ...[...names].map((name) => posix.dirname(name))])].sort();
}

function writeDurably(path: string, data: string | Uint8Array, mode = 0o644): void {
  const fd = openSync(path, 'w', mode);
  try {
    fchmodSync(fd, mode);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let at = 0;
    while (at < bytes.byteLength) at += writeSync(fd, bytes, at, bytes.byteLength - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes renames in `dir` durable. Some platforms cannot fsync a directory: then this does nothing. */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // EISDIR / EPERM / EINVAL on platforms without directory fsync.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Lock {
  release: () => void;
  /** Set when a lock left by a dead process was taken over. */
  tookOver?: string;
}

/** What a lock file holds. */
interface Holder {
  pid?: unknown;
  startedAt?: unknown;
}

function readHolder(path: string): { text: string; holder: Holder } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return { text, holder: JSON.parse(text) as Holder };
  } catch {
    return { text, holder: {} };
  }
}

/**
 * Creates the lock file whole or not at all: written to a file of this process, then linked to the
 * lock's name, which fails if a lock exists. So no run ever reads a half-written lock.
 */
function createLock(path: string, pid: number): boolean {
  const draft = `${path}.${pid}`;
  writeDurably(draft, JSON.stringify({ pid, startedAt: new Date().toISOString() }) + '\n');
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Takes the lock of `dir` for process `pid`. A lock held by a live process is refused. A lock left
 * by a process that no longer runs is taken over by one run at a time: the run first creates a claim
 * named after that very lock's content (which no other lock shares: it holds a pid and a time),
 * then removes the lock only if it still is that one, and competes to create its own like any run.
 * Renaming the stale lock aside instead let a slow run set aside, for a moment, the lock a faster run
 * had just created, and a third run take the empty place: two runs held the lock.
 */
export function acquireLock(dir: string, pid: number = process.pid): Lock {
  const path = join(dir, LOCK_FILE);
  let tookOver: string | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createLock(path, pid)) {
      const release = () => {
        // Only this run's own lock is removed.
        if (readHolder(path)?.holder.pid === pid) rmSync(path, { force: true });
      };
      return tookOver === undefined ? { release } : { release, tookOver };
    }
    const seen = readHolder(path);
    if (!seen) continue; // released meanwhile: try again
    const { holder } = seen;
    if (typeof holder.pid === 'number' && holder.pid !== pid && processIsAlive(holder.pid)) {
      throw new UpdateFailure(
        `another data update (pid ${holder.pid}, started ${String(holder.startedAt)}) is running: ` +
          `it holds ${path}. If no update is running, delete that file.`,
      );
    }
    const claim = `${path}.takeover-${createHash('sha256').update(seen.text).digest('hex').slice(0, 16)}`;
    if (!createLock(claim, pid)) continue; // another run is taking this very lock over: try again
    try {
      // Nobody else removes this lock while the claim is held, and its dead holder never will.
      if (readHolder(path)?.text === seen.text) rmSync(path, { force: true });
    } finally {
      rmSync(claim, { force: true });
    }
    tookOver = `took over the lock left by an interrupted run (pid ${String(holder.pid)})`;
  }
  throw new UpdateFailure(
    `could not take ${path}: other runs keep taking it; try again (if this persists and no update is running, delete that file and any ${LOCK_FILE}.takeover-* beside it)`,
  );
}

/** A commit that stopped after its journal was written: the next run finishes it. */
export class CommitInterrupted extends UpdateFailure {}

interface Journal {
  renames: { from: string; to: string }[];
}

/**
 * Checks a journal before any of its renames is replayed: it must list renames of this tool's own
 * temp files (`.name.tmp-<pid>`) onto files the updater writes (`targets`), each temp file there
 * (or already renamed), and each temp file's content must pass `verify` for its target. A journal
 * that names anything else was not written by this tool, and nothing is moved.
 */
export function checkJournal(
  dir: string,
  journal: unknown,
  targets: ReadonlySet<string>,
  verify: (target: string, text: string) => string | undefined,
): { from: string; to: string }[] {
  const renames = (journal as Partial<Journal> | null)?.renames;
  if (!Array.isArray(renames) || renames.length === 0) throw new Error('it lists no renames');
  return renames.map((rename: unknown, index) => {
    const { from, to } = (rename ?? {}) as { from?: unknown; to?: unknown };
    const where = `rename ${index + 1}`;
    if (typeof to !== 'string' || !targets.has(to)) {
      throw new Error(
        `${where} writes ${JSON.stringify(to)}, not a file the updater writes (${[...targets].join(', ')})`,
      );
    }
    if (typeof from !== 'string' || !isTempOf(from, to)) {
      throw new Error(
        `${where} moves ${JSON.stringify(from)}, not a temp file of ${to} written by the updater`,
      );
    }
    if (existsSync(join(dir, from))) {
      const problem = verify(to, readFileSync(join(dir, from), 'utf8'));
      if (problem) throw new Error(`${where}: ${from} is not a valid ${to}: ${problem}`);
    }
    return { from, to };
  });
}

/**
 * Finishes or discards what an interrupted run left in `dir`: completes the renames of a journal
 * (once `checkJournal` accepts it), deletes stale temp files. Returns one line per action, for the
 * output. Call with the lock held.
 */
export function recover(
  dir: string,
  targets: ReadonlySet<string>,
  verify: (target: string, text: string) => string | undefined,
): string[] {
  const done: string[] = [];
  const journalPath = join(dir, JOURNAL_FILE);
  if (existsSync(journalPath)) {
    let renames: { from: string; to: string }[];
    try {
      renames = checkJournal(dir, JSON.parse(readFileSync(journalPath, 'utf8')), targets, verify);
    } catch (error) {
      throw new UpdateFailure(
        `${journalPath} cannot be replayed (${(error as Error).message}): an earlier update was interrupted; ` +
          'check the files it lists by hand, then delete it. Nothing was moved.',
      );
    }
    const finished: string[] = [];
    for (const { from, to } of renames) {
      if (existsSync(join(dir, from))) {
        renameSync(join(dir, from), join(dir, to));
        finished.push(to);
      }
    }
    for (const folder of foldersOf(renames.map((rename) => rename.to))) syncDirectory(join(dir, folder));
    rmSync(journalPath);
    syncDirectory(dir);
    done.push(
      `finished an interrupted update: ${finished.length ? `renamed ${finished.join(', ')}` : 'its renames were already done'}`,
    );
  }
  // Temp files lie beside their targets: in the directory and in each folder of a target.
  const stale = foldersOf(targets).flatMap((folder) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder))
          .filter((name) => TEMP_FILE.test(name))
          .map((name) => (folder === '.' ? name : `${folder}/${name}`))
      : [],
  );
  for (const name of stale) rmSync(join(dir, name), { force: true });
  if (stale.length > 0)
    done.push(`removed ${stale.length} stale temp file${stale.length === 1 ? '' : 's'}: ${stale.join(', ')}`);
  return done;
}

export interface PendingFile {
  /** Path under the directory, such as `unhcr-venezuela-to-peru.csv` or `flows/wdi-remittances.csv`. */
  name: string;
  data: string;
}

/** Step 1: writes each file's temp file durably; returns their names. Nothing is visible yet. */
export function writeTemps(dir: string, files: readonly PendingFile[], pid: number = process.pid): string[] {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = tempName(file.name, pid);
      temps.push(temp);
      // A table that is read-only on disk stays read-only once replaced.
      const target = join(dir, file.name);
      const mode = existsSync(target) ? statSync(target).mode & 0o777 : 0o644;
      writeDurably(join(dir, temp), file.data, mode);
    }
    return temps;
  } catch (error) {
    removeTemps(dir, temps);
    throw new UpdateFailure(`could not write to ${dir}: ${(error as Error).message}`);
  }
}

/** Deletes temp files written by `writeTemps` (after a failure or an interruption). */
export function removeTemps(dir: string, temps: readonly string[]): void {
  for (const temp of temps) rmSync(join(dir, temp), { force: true });
}

/**
 * Steps 2 and 3: journal, renames, directory sync, journal removed. Synchronous throughout, so no
 * signal handler can run in the middle. If it fails before the journal exists, the temp files are
 * deleted and nothing changed; after, the journal stays so that the next run finishes the renames
 * (then the UpdateFailure says so).
 */
export function commitTemps(
  dir: string,
  files: readonly PendingFile[],
  temps: readonly string[],
  pid: number = process.pid,
): void {
  const journal: Journal = { renames: files.map((file, index) => ({ from: temps[index]!, to: file.name })) };
  const journalTemp = tempName(JOURNAL_FILE.slice(1), pid);
  try {
    writeDurably(join(dir, journalTemp), JSON.stringify(journal, null, 2) + '\n');
    renameSync(join(dir, journalTemp), join(dir, JOURNAL_FILE));
    syncDirectory(dir);
  } catch (error) {
    removeTemps(dir, [...temps, journalTemp]);
    throw new UpdateFailure(`could not write to ${dir}: ${(error as Error).message}`);
  }
  try {
    for (const { from, to } of journal.renames) renameSync(join(dir, from), join(dir, to));
    for (const folder of foldersOf(files.map((file) => file.name))) syncDirectory(join(dir, folder));
    rmSync(join(dir, JOURNAL_FILE));
    syncDirectory(dir);
  } catch (error) {
    throw new CommitInterrupted(
      `the commit stopped midway (${(error as Error).message}): ${JOURNAL_FILE} in ${dir} lists its renames, ` +
        'and the next run finishes them before anything else',
    );
  }
}
