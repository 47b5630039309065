/**
 * Helpers of the data-update tests: the datasets and fixtures, the failures the updater throws, a
 * local HTTP server, a throw-away copy of the project's content, fingerprints of content/data/, and
 * the updater run as a child process (real exit codes and output).
 */
import { afterEach, expect } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TableKind } from '../../../src/datasets/definition.ts';
import { datasetById, type DatasetId, type DatasetOfKind } from '../../../src/datasets/registry.ts';
import { UpdateFailure } from '../../../tools/data-update/failure.ts';

export const PROJECT = resolve(import.meta.dirname, '../../..');
export const SCRIPT = join(PROJECT, 'tools/data-update/cli.ts');
export const FIXTURES = join(PROJECT, 'tests/fixtures/data-update');

/** The registry entry of `id`, which must be a table of `kind` (so the type checker knows its rows). */
function dataset<K extends TableKind>(id: DatasetId, kind: K): DatasetOfKind<K> {
  const entry = datasetById(id);
  if (entry.kind !== kind) throw new Error(`${id} is a ${entry.kind} table, not a ${kind} one`);
  return entry as DatasetOfKind<K>;
}

/**
 * The datasets the tests refresh from the fixtures, as the registry declares them: the UNHCR series of
 * Venezuelans in Peru and UN DESA's 2020 edition. The registry's other updatable datasets are
 * UNHCR's Peru table, which the test server answers with its current rows (no change), and UN DESA's
 * 2024 edition, which has no URL and is skipped.
 */
export const UNHCR = dataset('unhcr-venezuela-to-peru', 'refugee');
export const UNDESA = dataset('undesa-ims2020-peru', 'stock');
export const UNHCR_PERU = dataset('unhcr-peru', 'refugee');
export const UNDESA_2024 = dataset('undesa-ims2024-peru', 'stock-by-sex');
export const UNHCR_ID = UNHCR.id;
export const UNDESA_ID = UNDESA.id;
export const UNHCR_PATH = '/population/v1/population/';
/** A fixed clock for reproducible runs. */
export const NOW = '2026-11-28T06:00:00.000Z';

/** The UpdateFailure `run` throws; fails the test when it throws nothing or something else. */
export function failure(run: () => unknown): UpdateFailure {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UpdateFailure);
    return error as UpdateFailure;
  }
  throw new Error('expected an UpdateFailure');
}

/** The UpdateFailure `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<UpdateFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpdateFailure);
    return error as UpdateFailure;
  }
  throw new Error('expected an UpdateFailure');
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The two UNHCR fixture pages as objects, to be served as they are or altered by a test. */
export function unhcrPages(): {
  page: number;
  maxPages: number;
  total: number;
  items: Record<string, unknown>[];
}[] {
  return [JSON.parse(fixture('unhcr-page-1.json')), JSON.parse(fixture('unhcr-page-2.json'))];
}

export type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void;

export interface TestServer {
  origin: string;
  /** Paths and queries asked, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/** An HTTP server on 127.0.0.1 (random port) answering every request with `handler`. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    handler(request, response, url);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function sendJson(response: ServerResponse, body: unknown, status = 200): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(text);
}

export function sendCsv(response: ServerResponse, text: string): void {
  response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
  response.end(text);
}

/**
 * The rows of the current Peru table (`unhcr-peru`) a query of its own asks for — everyone in Peru
 * (`coa=PER`, every origin) or Peruvians abroad (`coo=PER`, every country of asylum) — as API items.
 */
export function unhcrPeruItems(query: {
  coo?: string | undefined;
  coa?: string | undefined;
}): Record<string, unknown>[] {
  const lines = readFileSync(join(PROJECT, UNHCR_PERU.file), 'utf8').trim().split(/\r?\n/).slice(1);
  return lines
    .map((line) => line.split(','))
    .filter(([, origin, asylum]) => (query.coo ?? origin) === origin && (query.coa ?? asylum) === asylum)
    .map(([year, origin, asylum, refugees, asylumSeekers, oip]) => ({
      year: Number(year),
      coo_iso: origin,
      coa_iso: asylum,
      refugees: Number(refugees),
      asylum_seekers: Number(asylumSeekers),
      oip: oip === '' ? '-' : Number(oip),
    }));
}

/**
 * Serves UNHCR `pages` (index 0 is page 1) for the Venezuela → Peru series at the API path, and the
 * Peru table's own queries with its current rows, on one page; 404 elsewhere.
 */
export function unhcrHandler(pages: readonly unknown[]): Handler {
  return (_request, response, url) => {
    const page = Number(url.searchParams.get('page') ?? '1');
    const coo = url.searchParams.get('coo') ?? undefined;
    const coa = url.searchParams.get('coa') ?? undefined;
    if (url.pathname === UNHCR_PATH && coo !== 'VEN' && (coo === 'PER' || coa === 'PER') && page === 1) {
      const items = unhcrPeruItems({ coo, coa });
      sendJson(response, { page: 1, maxPages: 1, total: items.length, items });
      return;
    }
    if (url.pathname !== UNHCR_PATH || !(page >= 1 && page <= pages.length)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    sendJson(response, pages[page - 1]);
  };
}

/** `--source` flags sending both UNHCR datasets to `origin`, the test server, never to the real API. */
export function unhcrSources(origin: string): string[] {
  return ['--source', `${UNHCR_PERU.id}=${origin}`, '--source', `${UNHCR_ID}=${origin}`];
}

/** The queries the Peru table asks, as the test server sees them (one page each), up to `yearTo`. */
export function unhcrPeruRequests(yearTo: number): string[] {
  return [
    `${UNHCR_PATH}?coo_all=true&coa=PER&yearFrom=1951&yearTo=${yearTo}&limit=100&page=1`,
    `${UNHCR_PATH}?coo=PER&coa_all=true&yearFrom=1951&yearTo=${yearTo}&limit=100&page=1`,
  ];
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * A throw-away project root: a copy of content/ under the OS temp folder (the datasets and how to
 * update them come from the registry, src/datasets/registry.ts, not from the root).
 */
export function makeRoot(): { root: string; dataDir: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'data-update-'));
  cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  return {
    root,
    dataDir: join(root, 'content/data'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** sha256 of every file (dot files included) directly under `dir`, by name. */
export function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    result[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  }
  return result;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a child run: ours without any DATA_SOURCE_* / DATA_UPDATE_* setting, plus `env`,
 * with Node's compile cache shared by the runs (each then spends far less time loading modules).
 */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^DATA_(SOURCE|UPDATE)_/.test(key)),
  );
  return { ...clean, NODE_COMPILE_CACHE: join(tmpdir(), 'peru-tests-node-compile-cache'), ...env };
}

/** Starts the updater (Node 24, this test's runtime) on `root` with `args`. */
export function startScript(
  root: string,
  args: readonly string[],
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(process.execPath, [SCRIPT, '--root', root, '--now', NOW, ...args], {
    cwd: PROJECT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Output and exit of a started run, once it ends. */
export function finished(child: ChildProcess): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/**
 * Runs the updater to its end. Asynchronous on purpose: the test's HTTP server lives in this
 * process, and spawnSync would block it from answering.
 */
export function runScript(
  root: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  return finished(startScript(root, args, env));
}

/** Resolves when `child` has printed `text` on stdout. */
export function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  return new Promise((done, fail) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) done();
    });
    child.on('close', () => fail(new Error(`the run ended without printing "${text}":\n${seen}`)));
  });
}

/** Makers of servers and project copies, each handed to `onCleanup` to be removed after the test. */
export function testResources(onCleanup: (cleanup: () => void | Promise<void>) => void): {
  server: (handler: Handler) => Promise<TestServer>;
  root: () => ReturnType<typeof makeRoot>;
} {
  return {
    server: async (handler) => {
      const started = await startServer(handler);
      onCleanup(started.close);
      return started;
    },
    root: () => {
      const made = makeRoot();
      onCleanup(made.remove);
      return made;
    },
  };
}

/**
 * Servers and project copies that are removed after each test: registers the `afterEach` hook and
 * returns the makers a test file uses. (Tests that run concurrently use `testResources` with their
 * own context's `onTestFinished` instead: one hook for the file cannot tell their resources apart.)
 */
export function useTestResources(): ReturnType<typeof testResources> & {
  /** Registers anything else to undo after the test (a child process to kill). */
  onCleanup: (cleanup: () => unknown) => void;
} {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const onCleanup = (cleanup: () => unknown) => cleanups.push(cleanup);
  return { ...testResources(onCleanup), onCleanup };
}
