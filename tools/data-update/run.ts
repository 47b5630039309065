/**
 * `npm run data:update`: downloads every updatable dataset, validates it as the build would, checks
 * that the change is plausible, and writes the changed tables with provenance.json as one atomic
 * change — or, if any dataset fails, writes nothing at all.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkProvenanceHashes, PROVENANCE_PATH, readProvenance } from '../../src/content/provenance.ts';
import { describeProblem } from '../../src/lib/content-problem.ts';
import { provenanceSchema, type ProvenanceEntry } from '../../src/schemas/provenance.ts';
import {
  describeDiff,
  diffTables,
  isUnchanged,
  keyRow,
  additionProblems,
  plausibilityProblems,
  type TableDiff,
} from './compare.ts';
import {
  DEFAULT_TIMEOUT_SECONDS,
  publicUrl,
  redactCredentials,
  resolveSources,
  updatableDatasets,
  type ResolvedSource,
  type UpdatableDataset,
} from './sources.ts';
import { DATASETS } from '../../src/datasets/registry.ts';
import {
  acquireLock,
  CommitInterrupted,
  JOURNAL_FILE,
  commitTemps,
  recover,
  removeTemps,
  writeTemps,
  type PendingFile,
} from './commit.ts';
import { UpdateFailure } from './failure.ts';
import { download } from './http.ts';
import { canonicalCsv, validateTable } from './tables.ts';
import { fetchAllPages, maxPagesOf, unhcrTable, unhcrUrl } from './unhcr.ts';
import { fetchWorldBankTable, MAX_PAGE_BYTES } from './worldbank.ts';
import { cbpTable, MAX_FILE_BYTES } from './cbp.ts';
import type { TableKind } from '../../src/datasets/definition.ts';
import type { RowOf } from '../../src/datasets/tables.ts';
import type { TableRow } from '../../src/datasets/data-table.ts';

export const DATA_DIR = 'content/data';

export interface RunOptions {
  /** Project root: content/data/ is found under it. */
  root: string;
  /** The datasets to refresh; every updatable dataset of the registry by default. */
  datasets?: readonly UpdatableDataset[];
  /** `--source id=url` flags. */
  sources?: readonly string[];
  /** Per-request timeout in seconds; DEFAULT_TIMEOUT_SECONDS when not given. */
  timeoutSeconds?: number;
  /** The time recorded as retrievedAt, and whose year ends the UNHCR query. */
  now: Date;
  /** Report what would change, write nothing. */
  dryRun?: boolean;
  /** Accept new rows for years the table already covers (refused by default). */
  allowBackfill?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** For tests of interruptions: wait this long after the temp files are written, before the commit. */
  pauseBeforeCommitMs?: number;
}

/** What a signal handler must undo if the process is interrupted now. */
let pendingCleanup: (() => void) | undefined;

/** Removes this run's temp files and lock (for SIGINT/SIGTERM handlers). */
export function cleanUpAfterInterruption(): void {
  pendingCleanup?.();
  pendingCleanup = undefined;
}

interface Prepared {
  dataset: UpdatableDataset;
  /** The URL recorded in provenance.json. */
  url: string;
  text: string;
  diff: TableDiff;
}

interface Failed {
  dataset: UpdatableDataset;
  url: string;
  failure: UpdateFailure;
}

/** Runs an update; resolves to the exit code (0 done or nothing to do, 1 failed, 2 bad usage). */
export async function runUpdate(options: RunOptions): Promise<number> {
  const out = options.out ?? ((line: string) => console.log(line));
  const err = options.err ?? ((line: string) => console.error(line));
  const env = options.env ?? process.env;
  const root = options.root;
  const dataDir = join(root, DATA_DIR);

  let sources: ResolvedSource[];
  const timeoutMs = (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  try {
    if (!existsSync(dataDir)) throw new UpdateFailure(`no ${DATA_DIR}/ folder under ${root} (see --root)`);
    sources = resolveSources(options.datasets ?? updatableDatasets(), env, options.sources ?? []);
  } catch (error) {
    if (!(error instanceof UpdateFailure)) throw error;
    err(`✗ ${redactCredentials(error.message)}`);
    for (const detail of error.details) err(`    ${redactCredentials(detail)}`);
    return 2;
  }

  let release: (() => void) | undefined;
  try {
    if (options.dryRun) {
      // A dry run changes nothing, so it cannot finish an interrupted update; and the tables it would
      // compare against may be half updated.
      if (existsSync(join(dataDir, JOURNAL_FILE))) {
        throw new UpdateFailure(
          `an interrupted update is pending (${DATA_DIR}/${JOURNAL_FILE}): run npm run data:update without --dry-run to finish it`,
        );
      }
    } else {
      const lock = acquireLock(dataDir);
      release = lock.release;
      pendingCleanup = release;
      if (lock.tookOver) out(`${DATA_DIR}: ${lock.tookOver}`);
      for (const line of recover(dataDir, writtenFiles(), verifyWritten)) out(`${DATA_DIR}: ${line}`);
    }
    return await update(sources, { ...options, out, err, timeoutMs, dataDir });
  } catch (error) {
    if (!(error instanceof UpdateFailure)) throw error;
    err(`✗ ${redactCredentials(error.message)}`);
    for (const detail of error.details) err(`    ${redactCredentials(detail)}`);
    if (!(error instanceof CommitInterrupted))
      err(`Nothing written: every file under ${DATA_DIR}/ is unchanged.`);
    return 1;
  } finally {
    release?.();
    pendingCleanup = undefined;
  }
}

/** Text with every address in it made public (see `publicUrl`), and any other credential redacted. */
function redactUrls(text: string): string {
  return redactCredentials(text.replace(/https?:\/\/[^\s"'<>]+/gi, (url) => publicUrl(url)));
}

/** A file's path under content/data/ (`flows/wdi-remittances.csv`): how the commit and its journal name it. */
function underDataDir(file: string): string {
  return posix.relative(DATA_DIR, file);
}

/** The files of content/data/ the updater writes: every dataset's table and provenance.json. */
function writtenFiles(): Set<string> {
  return new Set([...DATASETS.map((dataset) => underDataDir(dataset.file)), underDataDir(PROVENANCE_PATH)]);
}

/** Why a temp file is not a valid version of `target`; undefined when it is. */
function verifyWritten(target: string, text: string): string | undefined {
  try {
    if (target === underDataDir(PROVENANCE_PATH)) {
      const result = provenanceSchema.safeParse(JSON.parse(text));
      return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
    }
    const dataset = DATASETS.find((entry) => underDataDir(entry.file) === target);
    if (!dataset) return 'no dataset writes it';
    validateTable(dataset, text, `${DATA_DIR}/${target}`);
    return undefined;
  } catch (error) {
    return error instanceof UpdateFailure
      ? [error.message, ...error.details.slice(0, 3)].join('; ')
      : (error as Error).message;
  }
}

interface Context extends RunOptions {
  out: (line: string) => void;
  err: (line: string) => void;
  timeoutMs: number;
  dataDir: string;
}

async function update(sources: readonly ResolvedSource[], context: Context): Promise<number> {
  const { out, err, root, now } = context;

  // The provenance file is rewritten whole: if it is broken, stop rather than drop its entries.
  let provenance: ProvenanceEntry[] = [];
  if (existsSync(join(root, PROVENANCE_PATH))) {
    const read = readProvenance(root);
    if (read.problems.length > 0) {
      throw new UpdateFailure(
        `${PROVENANCE_PATH} is invalid: fix it first`,
        read.problems.map(describeProblem),
      );
    }
    provenance = read.entries.map((entry) => entry.data);
    for (const problem of checkProvenanceHashes(root, read.entries)) out(`note: ${describeProblem(problem)}`);
  }

  const prepared: Prepared[] = [];
  const failed: Failed[] = [];
  for (const source of sources) {
    const { dataset, url, origin } = source;
    if (url === null) {
      out(
        `${dataset.id}: skipped — no source URL (none in src/datasets/registry.ts; set ${dataset.update.urlEnv} ` +
          `or pass --source ${dataset.id}=<url>)`,
      );
      continue;
    }
    try {
      const result = await prepare(dataset, url, context);
      prepared.push(result);
      out(`${dataset.id}: ${describeDiff(result.diff)[0]}`);
      out(
        `    source: ${result.url}${origin === 'registry' ? '' : ` (from ${origin === 'flag' ? '--source' : dataset.update.urlEnv})`}`,
      );
      for (const line of describeDiff(result.diff).slice(1)) out(`  ${line}`);
    } catch (error) {
      if (!(error instanceof UpdateFailure)) throw error;
      failed.push({ dataset, url: publicUrl(error.url ?? url), failure: error });
    }
  }

  if (failed.length > 0) {
    for (const { dataset, url, failure } of failed) {
      // Whatever a failure quotes, it never prints a credential.
      err(`✗ ${dataset.id}: ${redactUrls(failure.message)}`);
      err(`    url: ${url}`);
      for (const detail of failure.details.slice(0, 50)) err(`    ${redactUrls(detail)}`);
      if (failure.details.length > 50) err(`    … and ${failure.details.length - 50} more`);
    }
    err(
      `Nothing written: ${failed.length} dataset${failed.length === 1 ? '' : 's'} failed ` +
        `(${failed.map((f) => f.dataset.id).join(', ')}); every file under ${DATA_DIR}/ is unchanged.`,
    );
    return 1;
  }

  const changed = prepared.filter((result) => !isUnchanged(result.diff));
  if (changed.length === 0) {
    out('No change: nothing written.');
    return 0;
  }

  const files: PendingFile[] = changed.map((result) => ({
    name: underDataDir(result.dataset.file),
    data: result.text,
  }));
  const entries = new Map(provenance.map((entry) => [entry.id, entry]));
  for (const result of changed) {
    entries.set(result.dataset.id, {
      id: result.dataset.id,
      file: result.dataset.file,
      sourceUrl: result.url,
      retrievedAt: now.toISOString(),
      sha256: createHash('sha256').update(result.text, 'utf8').digest('hex'),
      edition: result.dataset.edition,
    });
  }
  const order = sources.map((source) => source.dataset.id);
  const datasets = [...entries.values()].sort(
    (a, b) => rank(order, a.id) - rank(order, b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const checked = provenanceSchema.safeParse({ datasets });
  if (!checked.success) {
    throw new UpdateFailure(
      `the new ${PROVENANCE_PATH} would be invalid`,
      checked.error.issues.map((i) => i.message),
    );
  }
  files.push({ name: underDataDir(PROVENANCE_PATH), data: JSON.stringify({ datasets }, null, 2) + '\n' });

  if (context.dryRun) {
    out(
      `Dry run: would write ${files.map((file) => `${DATA_DIR}/${file.name}`).join(', ')}; nothing written.`,
    );
    return 0;
  }

  const { dataDir } = context;
  const temps = writeTemps(dataDir, files);
  const release = pendingCleanup;
  pendingCleanup = () => {
    removeTemps(dataDir, temps);
    release?.();
  };
  if (context.pauseBeforeCommitMs !== undefined && context.pauseBeforeCommitMs > 0) {
    out(
      `temp files written (${temps.join(', ')}); pausing ${context.pauseBeforeCommitMs} ms before the commit`,
    );
    await sleep(context.pauseBeforeCommitMs);
  }
  try {
    commitTemps(dataDir, files, temps); // removes the temp files itself when it fails before renaming
  } finally {
    pendingCleanup = release;
  }
  out(`Wrote ${files.map((file) => `${DATA_DIR}/${file.name}`).join(', ')}.`);
  return 0;
}

function rank(order: readonly string[], id: string): number {
  const at = order.indexOf(id);
  return at < 0 ? order.length : at;
}

/**
 * The table of `dataset` as it is now, read and validated as the build would; undefined when there
 * is none yet. Refuses a current table that is itself invalid: the change could not be checked.
 */
function readCurrent(
  dataset: UpdatableDataset,
  root: string,
): { text: string; rows: TableRow<RowOf[TableKind]>[] } | undefined {
  const path = join(root, dataset.file);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  try {
    return { text, rows: validateTable(dataset, text, dataset.file) };
  } catch (error) {
    if (!(error instanceof UpdateFailure)) throw error;
    throw new UpdateFailure(
      `the current ${dataset.file} is itself invalid, so the change cannot be checked: fix it first`,
      error.details,
    );
  }
}

/** Downloads one dataset and returns its new table with the diff against the current one. */
async function prepare(dataset: UpdatableDataset, url: string, context: Context): Promise<Prepared> {
  const { timeoutMs, root, now } = context;
  const file = dataset.file;
  const { update } = dataset;
  const currentTable = readCurrent(dataset, root);
  let text: string;
  let recordedUrl = url;
  if (update.adapter === 'unhcr-population') {
    if (dataset.kind !== 'refugee' || !('from' in dataset.years)) {
      throw new UpdateFailure(
        `${dataset.id}: the UNHCR adapter writes refugee tables with an open range of years`,
      );
    }
    const years = { yearFrom: dataset.years.from, yearTo: now.getUTCFullYear() };
    const answers: { query: (typeof update.queries)[number]; items: unknown[] }[] = [];
    for (const asked of update.queries) {
      const query = { ...asked, ...years };
      // A failure while fetching names the page asked; one in the items names the query.
      let pageUrl = unhcrUrl(url, query, 1);
      try {
        const items = await fetchAllPages(async (page) => {
          pageUrl = unhcrUrl(url, query, page);
          return parseJson(await download(pageUrl, { timeoutMs, expect: 'json' }));
        }, maxPagesOf(query));
        answers.push({ query: asked, items });
      } catch (error) {
        if (error instanceof UpdateFailure && error.url === undefined) {
          throw new UpdateFailure(error.message, error.details, pageUrl);
        }
        throw error;
      }
    }
    // One query is recorded as it was asked; several by the address they all went to.
    recordedUrl =
      update.queries.length === 1
        ? unhcrUrl(url, { ...update.queries[0]!, ...years })
        : unhcrUrl(url, { ...years }).replace(/\?.*$/, '');
    try {
      text = unhcrTable(answers, { ...dataset, kind: 'refugee' }, file);
    } catch (error) {
      if (error instanceof UpdateFailure) throw new UpdateFailure(error.message, error.details, recordedUrl);
      throw error;
    }
  } else if (update.adapter === 'worldbank-indicators') {
    if (dataset.kind !== 'remittances' || !('from' in dataset.years)) {
      throw new UpdateFailure(
        `${dataset.id}: the World Bank adapter writes remittances tables with an open range of years`,
      );
    }
    const years = { yearFrom: dataset.years.from, yearTo: now.getUTCFullYear() };
    ({ text, recordedUrl } = await fetchWorldBankTable(
      { ...dataset, kind: 'remittances', update },
      url,
      years,
      async (pageUrl) =>
        parseJson(await download(pageUrl, { timeoutMs, expect: 'json', maxBytes: MAX_PAGE_BYTES })),
      currentTable?.text,
    ));
  } else if (update.adapter === 'cbp-encounters') {
    if (dataset.kind !== 'border-encounters') {
      throw new UpdateFailure(`${dataset.id}: the CBP adapter writes border-encounters tables`);
    }
    const downloaded = await download(url, { timeoutMs, expect: 'csv', maxBytes: MAX_FILE_BYTES });
    const current = (currentTable?.rows ?? []).map((entry) => entry.row as RowOf['border-encounters']);
    text = cbpTable(downloaded, current, { ...dataset, kind: 'border-encounters' }, file);
  } else {
    text = canonicalCsv(dataset, await download(url, { timeoutMs, expect: 'csv' }), file);
  }
  // Written with the line ends the table has now (the world and flow tables have LF, the others CRLF).
  if (currentTable !== undefined && !/^[^\n]*\r\n/.test(currentTable.text))
    text = text.replaceAll('\r\n', '\n');

  const current = (currentTable?.rows ?? []).map((entry) => keyRow(dataset.kind, entry.row));
  // A table identical to the current one, which is valid, changes nothing: no need to read it again.
  const next =
    text === currentTable?.text
      ? current
      : validateTable(dataset, text, file).map((entry) => keyRow(dataset.kind, entry.row));
  const diff = diffTables(current, next);
  const problems = [
    ...plausibilityProblems(diff, update.plausibility),
    ...additionProblems(current, diff.added, {
      plausibility: update.plausibility,
      currentYear: now.getUTCFullYear(),
      currentMonth: now.getUTCMonth() + 1,
      allowBackfill: context.allowBackfill ?? false,
    }),
  ];
  if (problems.length > 0) {
    throw new UpdateFailure(
      `implausible change, refused (threshold ${Math.round(update.plausibility.maxRelativeChange * 100)} %, ` +
        `floor ${update.plausibility.absoluteFloor})`,
      problems,
      recordedUrl,
    );
  }
  return { dataset, url: publicUrl(recordedUrl), text, diff };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new UpdateFailure(`malformed JSON (${body.length} characters): ${(error as Error).message}`);
  }
}
