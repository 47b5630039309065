/**
 * Helpers of the data-update tests: the datasets and fixtures, the failures the updater throws, a
 * local HTTP server (with a stand-in for the UNHCR population API), a throw-away copy of the
 * project's content, fingerprints of content/data/, and the updater run as a child process (real exit
 * codes and output).
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
import { parseCsv } from '../../../src/lib/csv.ts';
import { UpdateFailure } from '../../../tools/data-update/failure.ts';
import { updatableDatasets, type UpdatableDataset } from '../../../tools/data-update/sources.ts';
import { cbpFile, CBP, revisedEncounters, revisedWorldBankRows, worldBankApi } from './flow-sources.ts';

export { CBP, WORLD_BANK } from './flow-sources.ts';

export const PROJECT = resolve(import.meta.dirname, '../../..');
export const SCRIPT = join(PROJECT, 'tools/data-update/cli.ts');
export const FIXTURES = join(PROJECT, 'tests/fixtures/data-update');

/** The registry entry of `id`, which must be a table of `kind` (so the type checker knows its rows). */
function dataset<K extends TableKind>(id: DatasetId, kind: K): DatasetOfKind<K> {
  const entry = datasetById(id);
  if (entry.kind !== kind) throw new Error(`${id} is a ${entry.kind} table, not a ${kind} one`);
  return entry as DatasetOfKind<K>;
}

/** The datasets the updater refreshes, as the registry declares them. */
export const UNDESA_2024 = dataset('undesa-ims2024-peru', 'stock-by-sex');
export const UNDESA_2020 = dataset('undesa-ims2020-peru', 'stock');
export const UNHCR_PERU = dataset('unhcr-peru', 'refugee');
export const UNHCR_VEN = dataset('unhcr-venezuela-to-peru', 'refugee');
/** Every dataset the updater refreshes, in registry order: the order of its output and provenance.json. */
export const UPDATABLE = updatableDatasets();
export const UNHCR_PATH = '/population/v1/population/';
/** A fixed clock for reproducible runs. */
export const NOW = '2026-11-28T06:00:00.000Z';

/** A committed file of the project, as text. */
export function projectFile(path: string): string {
  return readFileSync(join(PROJECT, path), 'utf8');
}

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

/** One item of a UNHCR population API answer, as the fixture pages show it. */
export type UnhcrItem = Record<string, unknown> & { year: number; coo_iso: string; coa_iso: string };

/** An answer of the API: one page of the items a query selects. */
export interface UnhcrAnswer {
  page: number;
  maxPages: number;
  total: number;
  items: UnhcrItem[];
}

/** The two UNHCR fixture pages as objects, to be served as they are or altered by a test. */
export function unhcrPages(): UnhcrAnswer[] {
  return [JSON.parse(fixture('unhcr-page-1.json')), JSON.parse(fixture('unhcr-page-2.json'))];
}

/** Every category an item counts, the three the tables keep among them. */
const CATEGORIES = [
  'refugees',
  'asylum_seekers',
  'returned_refugees',
  'idps',
  'returned_idps',
  'stateless',
  'ooc',
  'oip',
  'hst',
] as const;

let countryNames: Map<string, string> | undefined;

/**
 * A country's name as UN DESA spells it, Peru's own as the fixture pages do (the stand-in needs some
 * name; the updater reads codes only).
 */
function countryName(code: string): string {
  countryNames ??= new Map([
    ['PER', 'Peru'],
    ...parseCsv(projectFile(UNDESA_2024.file)).map(
      ({ cells }) => [cells['iso3']!, cells['country']!] as const,
    ),
  ]);
  return countryNames.get(code) ?? code;
}

/** An item of `year` from `origin` to `asylum` with the counts given; every other category "-". */
export function unhcrItem(
  year: number,
  origin: string,
  asylum: string,
  counts: Partial<Record<(typeof CATEGORIES)[number], string | number>>,
): UnhcrItem {
  return {
    year,
    coo_name: countryName(origin),
    coo: origin,
    coo_iso: origin,
    coa_name: countryName(asylum),
    coa: asylum,
    coa_iso: asylum,
    ...Object.fromEntries(CATEGORIES.map((category) => [category, counts[category] ?? '-'])),
  };
}

const itemKey = (item: UnhcrItem) => `${item.year}|${item.coo_iso}|${item.coa_iso}`;

/**
 * An item with Peru on both sides: people back in their own country (returned refugees). The updater
 * leaves such items out (its tables are of people abroad), so no table has this row.
 */
export const OWN_COUNTRY_ITEM = unhcrItem(2024, 'PER', 'PER', {
  refugees: '0',
  asylum_seekers: '0',
  returned_refugees: '12',
});

let knownItems: UnhcrItem[] | undefined;

/**
 * What the stand-in API knows: every row of the committed UNHCR tables as an item (counts as numeric
 * strings, a blank cell as "-"), then the fixture pages' Venezuela → Peru items over those of the
 * same year (they revise 2024 and 2025, and give some counts as numbers), and one own-country item.
 * So a good update revises the Venezuela → Peru rows of both UNHCR tables alike, and nothing else.
 * A fresh copy each call: a test may alter it.
 */
export function unhcrItems(): UnhcrItem[] {
  if (!knownItems) {
    const items = new Map<string, UnhcrItem>();
    for (const file of [UNHCR_PERU.file, UNHCR_VEN.file]) {
      for (const { cells } of parseCsv(projectFile(file))) {
        const item = unhcrItem(Number(cells['year']), cells['origin_iso3']!, cells['asylum_country_iso3']!, {
          refugees: cells['refugees']!,
          asylum_seekers: cells['asylum_seekers']!,
          oip: cells['other_in_need_of_international_protection'] || '-',
        });
        items.set(itemKey(item), item);
      }
    }
    for (const item of unhcrPages().flatMap((page) => page.items)) items.set(itemKey(item), item);
    items.set(itemKey(OWN_COUNTRY_ITEM), OWN_COUNTRY_ITEM);
    knownItems = [...items.values()];
  }
  return structuredClone(knownItems);
}

/** What a request to the API asks for: its query parameters. */
export interface UnhcrRequest {
  coo: string | undefined;
  coa: string | undefined;
  /** `coo_all=true`: every origin, country by country (otherwise, with no `coo`, their sum). */
  cooAll: boolean;
  coaAll: boolean;
  yearFrom: number;
  yearTo: number;
  limit: number;
  page: number;
}

export function unhcrRequest(url: URL): UnhcrRequest {
  const text = (name: string) => url.searchParams.get(name) ?? undefined;
  const number = (name: string, otherwise: number) => Number(text(name) ?? otherwise);
  return {
    coo: text('coo'),
    coa: text('coa'),
    cooAll: text('coo_all') === 'true',
    coaAll: text('coa_all') === 'true',
    yearFrom: number('yearFrom', -Infinity),
    yearTo: number('yearTo', Infinity),
    // The updater always gives both.
    limit: number('limit', 100),
    page: number('page', 1),
  };
}

/** Two counts added, "-" counting as nothing; "-" when neither is reported. */
function addCounts(a: unknown, b: unknown): unknown {
  if (a === '-' && b === '-') return '-';
  return Number(a === '-' ? 0 : a) + Number(b === '-' ? 0 : b);
}

/**
 * Items summed over every country of one side, which becomes "-": how the API answers a query
 * that neither names that side nor asks for it country by country.
 */
function summedOver(items: readonly UnhcrItem[], side: 'coo' | 'coa'): UnhcrItem[] {
  const sums = new Map<string, UnhcrItem>();
  for (const item of items) {
    const key = `${item.year}|${side === 'coo' ? item.coa_iso : item.coo_iso}`;
    const sum = sums.get(key);
    if (!sum) sums.set(key, { ...item, [`${side}_name`]: '-', [side]: '-', [`${side}_iso`]: '-' });
    else for (const category of CATEGORIES) sum[category] = addCounts(sum[category], item[category]);
  }
  return [...sums.values()];
}

/** The API's answer to `request` from the items it knows: selected, in year order, one page of them. */
export function unhcrAnswer(items: readonly UnhcrItem[], request: UnhcrRequest): UnhcrAnswer {
  const { coo, coa, yearFrom, yearTo, limit, page } = request;
  let selected = items.filter(
    (item) =>
      (coo === undefined || item.coo_iso === coo) &&
      (coa === undefined || item.coa_iso === coa) &&
      Number(item.year) >= yearFrom &&
      Number(item.year) <= yearTo,
  );
  if (coo === undefined && !request.cooAll) selected = summedOver(selected, 'coo');
  if (coa === undefined && !request.coaAll) selected = summedOver(selected, 'coa');
  selected.sort(
    (a, b) =>
      Number(a.year) - Number(b.year) ||
      (a.coo_iso < b.coo_iso ? -1 : a.coo_iso > b.coo_iso ? 1 : 0) ||
      (a.coa_iso < b.coa_iso ? -1 : a.coa_iso > b.coa_iso ? 1 : 0),
  );
  return {
    page,
    maxPages: Math.ceil(selected.length / limit),
    total: selected.length,
    items: selected.slice((page - 1) * limit, page * limit),
  };
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
  // An idle kept-alive connection stays open longer than the updater's client keeps it: on a busy
  // machine, a server closing it first (Node's default, 5 s) races the client's next request on it,
  // which then fails with ECONNRESET.
  server.keepAliveTimeout = 60_000;
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

/** A 404 for a path no server of the tests knows. */
function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}

/**
 * A stand-in for the UNHCR population API, at any address that ends with its path: it answers each
 * request from `items` by its query parameters, as the API does. `alter` may replace the answer to
 * a request (to break the answer of one query).
 */
export function unhcrApi(
  items: readonly UnhcrItem[] = unhcrItems(),
  alter?: (answer: UnhcrAnswer, request: UnhcrRequest) => unknown,
): Handler {
  return (_request, response, url) => {
    if (!url.pathname.endsWith(UNHCR_PATH)) return notFound(response);
    const request = unhcrRequest(url);
    const answer = unhcrAnswer(items, request);
    sendJson(response, alter ? alter(answer, request) : answer);
  };
}

/**
 * A UN DESA 2024 line as the served table revises it: 234 more emigrants in the United States in
 * 2024 (100 men, 134 women, so that count stays male + female), and as many in that year's world total.
 */
export function revisedUndesa2024Line(line: string): string {
  const match = /^(emigrants,(?:WLD|USA),.*,2024),(\d+),(\d+),(\d+)$/.exec(line);
  if (!match) return line;
  const [, row, count, male, female] = match;
  return `${row},${Number(count) + 234},${Number(male) + 100},${Number(female) + 134}`;
}

/** The committed UN DESA 2024 table as another server might serve it: LF line ends, rows reversed, revised. */
export function undesa2024Csv(): string {
  const [header, ...rows] = projectFile(UNDESA_2024.file).trimEnd().split('\r\n');
  return [header, ...rows.reverse().map(revisedUndesa2024Line)].join('\n') + '\n';
}

/** Where each dataset is served by `goodHandler` on `origin`: a CSV file, or the base of an API. */
export function addressOn(origin: string, dataset: UpdatableDataset): string {
  const csv = dataset.update.adapter === 'csv-stock' || dataset.update.adapter === 'cbp-encounters';
  return csv ? `${origin}/${dataset.id}.csv` : `${origin}/${dataset.id}`;
}

/** `--source` flags giving each of `datasets` its own address on `origin` (see `addressOn`). */
export function sourceFlags(origin: string, datasets: readonly UpdatableDataset[] = UPDATABLE): string[] {
  return datasets.flatMap((dataset) => ['--source', `${dataset.id}=${addressOn(origin, dataset)}`]);
}

/**
 * Every dataset served well: the UNHCR stand-in API from `items`, the UN DESA tables (2024:
 * `undesa2024Csv`; 2020: the fixture `undesa-good.csv`) and CBP's file (`revisedEncounters`) at
 * `/<id>.csv`, and the World Bank stand-in API with a newer vintage (`revisedWorldBankRows`).
 */
export function goodHandler(items?: readonly UnhcrItem[]): Handler {
  const unhcr = unhcrApi(items);
  const worldBank = worldBankApi(revisedWorldBankRows());
  const tables = new Map([
    [`/${UNDESA_2024.id}.csv`, undesa2024Csv()],
    [`/${UNDESA_2020.id}.csv`, fixture('undesa-good.csv')],
    [`/${CBP.id}.csv`, cbpFile(revisedEncounters())],
  ]);
  return (request, response, url) => {
    const table = tables.get(url.pathname);
    if (table !== undefined) sendCsv(response, table);
    else if (url.pathname.includes('/v2/country/all/indicator/')) worldBank(request, response, url);
    else unhcr(request, response, url);
  };
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
export function fingerprint(dir: string, prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    // The world tables' folder (content/data/world/), which the updater never writes, is fingerprinted too.
    if (entry.isDirectory())
      Object.assign(result, fingerprint(join(dir, entry.name), `${prefix}${entry.name}/`));
    else
      result[`${prefix}${entry.name}`] = createHash('sha256')
        .update(readFileSync(join(dir, entry.name)))
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
  return {
    ...clean,
    NODE_COMPILE_CACHE: join(tmpdir(), 'peru-tests-node-compile-cache'),
    ...env,
  };
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
    let errors = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) done();
    });
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('close', (code, signal) =>
      fail(new Error(`the run ended (${code ?? signal}) without printing "${text}":\n${seen}\n${errors}`)),
    );
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
