/**
 * `npm run data:update` run as a child process against a local HTTP server serving the fixtures:
 * a good update, then every fault, each of which must leave content/data/ byte-identical, exit
 * non-zero and say which dataset failed, at which URL, and why.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type ExpectStatic, type TestContext } from 'vitest';
import { checkProvenanceHashes, readProvenance } from '../../../src/content/provenance.ts';
import { checkAllContent, readDataset } from '../../../src/content/read.ts';
import {
  closedPort,
  fingerprint,
  fixture,
  NOW,
  runScript,
  sendCsv,
  testResources,
  sendJson,
  UNDESA,
  UNDESA_ID,
  UNHCR,
  UNHCR_ID,
  UNHCR_PATH,
  UNHCR_PERU,
  unhcrHandler,
  unhcrPages,
  unhcrPeruRequests,
  unhcrSources,
  type Handler,
  type RunResult,
} from './support.ts';

/** The UNHCR fixture pages, plus the good UN DESA CSV at /undesa.csv. */
function goodHandler(pages: readonly unknown[] = unhcrPages()): Handler {
  const unhcr = unhcrHandler(pages);
  return (request, response, url) => {
    if (url.pathname === '/undesa.csv') sendCsv(response, fixture('undesa-good.csv'));
    else unhcr(request, response, url);
  };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The current UNHCR table with the 2024 and 2025 revisions of the fixture pages. */
function expectedRefugeeTable(current: string): string {
  return current
    .replace('2024,VEN,PER,4942,522732,1135215', '2024,VEN,PER,4951,522907,1135215')
    .replace('2025,VEN,PER,4963,538328,1098014', '2025,VEN,PER,5021,529804,1121630');
}

// Each case has its own server and copy of the project: they run side by side.
describe.concurrent('a good update', () => {
  it('writes both tables and provenance.json; a second identical run reports no change and writes nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin, requests } = await server(goodHandler());
    const { root: dir, dataDir } = root();
    const currentRefugees = readFileSync(join(dir, UNHCR.file), 'utf8');
    const names = readdirSync(dataDir).sort();
    const carried = readProvenance(dir).entries.map((entry) => entry.data);
    const sources = [...unhcrSources(origin), '--source', `${UNDESA_ID}=${origin}/undesa.csv`];

    const run = await runScript(dir, sources);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${UNHCR_ID}: 0 rows added, 0 removed, 2 changed`);
    expect(run.stdout).toContain(
      '~ 2025 VEN→PER: refugees 4963 → 5021; asylum_seekers 538328 → 529804; ' +
        'other_in_need_of_international_protection 1098014 → 1121630',
    );
    expect(run.stdout).toContain(`${UNDESA_ID}: 0 rows added, 0 removed, 2 changed`);
    expect(run.stdout).toContain('~ emigrants USA 2020: count 435868 → 436102');
    // The Peru table, asked for its two queries, came back as it is; UN DESA 2024 has no URL.
    expect(run.stdout).toContain(`${UNHCR_PERU.id}: no change`);
    // Changed datasets in registry order: UN DESA, then UNHCR.
    expect(run.stdout).toContain(`Wrote ${UNDESA.file}, ${UNHCR.file}, content/data/provenance.json.`);
    // Both pages were asked, up to this year (from --now).
    const query = `${UNHCR_PATH}?coo=VEN&coa=PER&yearFrom=1951&yearTo=2026&limit=100`;
    expect(requests).toEqual([
      '/undesa.csv',
      ...unhcrPeruRequests(2026),
      `${query}&page=1`,
      `${query}&page=2`,
    ]);

    // The tables: the exact format of the current files, valid for the build's own checker.
    expect(readFileSync(join(dir, UNHCR.file), 'utf8')).toBe(expectedRefugeeTable(currentRefugees));
    const stocks = readFileSync(join(dir, UNDESA.file), 'utf8');
    expect(stocks.split('\r\n').slice(0, 3)).toEqual([
      'direction,iso3,country,year,count',
      'emigrants,WLD,World (total),1990,313209',
      'emigrants,USA,United States,1990,144199',
    ]);
    expect(stocks).toContain('\r\nemigrants,USA,United States,2020,436102\r\n');
    expect(stocks.match(/\r\n/g)).toHaveLength(1025);
    expect(checkAllContent(dir)).toEqual([]);
    expect(readDataset(dir, UNDESA).entries).toHaveLength(1024);
    expect(readDataset(dir, UNHCR).entries).toHaveLength(22);

    // Provenance: one entry per dataset, in registry order, with URL, fixed time, hash of the file
    // written, and the edition the registry declares; the unchanged datasets' entries carried over.
    const provenance = readProvenance(dir);
    expect(provenance.problems).toEqual([]);
    const carriedOf = (id: string) => carried.find((entry) => entry.id === id);
    expect(provenance.entries.map((entry) => entry.data)).toEqual([
      carriedOf('undesa-ims2024-peru'),
      {
        id: UNDESA_ID,
        file: UNDESA.file,
        sourceUrl: `${origin}/undesa.csv`,
        retrievedAt: NOW,
        sha256: sha256(join(dir, UNDESA.file)),
        edition: 'POP/DB/MIG/Stock/Rev.2020',
      },
      carriedOf(UNHCR_PERU.id),
      {
        id: UNHCR_ID,
        file: UNHCR.file,
        sourceUrl: `${origin}${query}`,
        retrievedAt: NOW,
        sha256: sha256(join(dir, UNHCR.file)),
        edition:
          'Refugee Population Statistics Database, population table (API population/v1), end-year stocks',
      },
    ]);
    expect(checkProvenanceHashes(dir, provenance.entries)).toEqual([]);
    // Nothing else left behind: no temp file, no lock, no journal.
    expect(readdirSync(dataDir).sort()).toEqual(names);

    // Same answers again (environment variables this time, another clock): no change, no write.
    const after = fingerprint(dataDir);
    const again = await runScript(dir, ['--now', '2026-12-01T00:00:00Z'], {
      DATA_SOURCE_UNHCR_URL: origin,
      DATA_SOURCE_UNDESA_URL: `${origin}/undesa.csv`,
    });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${UNHCR_ID}: no change`);
    expect(again.stdout).toContain(`(from DATA_SOURCE_UNHCR_URL)`);
    expect(again.stdout).toContain(`${UNDESA_ID}: no change`);
    expect(again.stdout).toContain('No change: nothing written.');
    expect(fingerprint(dataDir)).toEqual(after);
  });

  it('skips UN DESA with a message when it has no URL, and updates UNHCR with its provenance entry only', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(goodHandler());
    const { root: dir } = root();
    const stocksBefore = sha256(join(dir, UNDESA.file));
    const undesaEntry = readProvenance(dir).entries.find((entry) => entry.id === UNDESA_ID)?.data;

    const run = await runScript(dir, [], { DATA_SOURCE_UNHCR_URL: origin });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `${UNDESA_ID}: skipped — no source URL (none in src/datasets/registry.ts; set DATA_SOURCE_UNDESA_URL ` +
        `or pass --source ${UNDESA_ID}=<url>)`,
    );
    expect(run.stdout).toContain(`Wrote ${UNHCR.file}, content/data/provenance.json.`);
    expect(sha256(join(dir, UNDESA.file))).toBe(stocksBefore);
    const entries = readProvenance(dir).entries.map((entry) => entry.data);
    expect(entries.find((entry) => entry.id === UNDESA_ID)).toEqual(undesaEntry); // carried over as it was
    expect(entries.find((entry) => entry.id === UNHCR_ID)?.retrievedAt).toBe(NOW);
  });

  it('--dry-run reports the change and writes nothing', async ({ expect, onTestFinished }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(goodHandler());
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);
    const run = await runScript(dir, ['--dry-run', ...unhcrSources(origin)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${UNHCR_ID}: 0 rows added, 0 removed, 2 changed`);
    expect(run.stdout).toContain(
      `Dry run: would write ${UNHCR.file}, content/data/provenance.json; nothing written.`,
    );
    expect(fingerprint(dataDir)).toEqual(before);
  });
});

/** Pages of the UNHCR fixture with `change` applied to the item of `year`. */
function pagesWith(year: number, change: (item: Record<string, unknown>) => Record<string, unknown> | null) {
  return unhcrPages().map((page) => ({
    ...page,
    items: page.items.flatMap((item) => {
      if (item['year'] !== year) return [item];
      const changed = change(item);
      return changed === null ? [] : [changed];
    }),
  }));
}

interface Fault {
  name: string;
  handler: Handler | 'closed-port';
  /** The dataset the fault is served for (the other one is skipped or served well). */
  dataset?: typeof UNHCR_ID | typeof UNDESA_ID;
  args?: string[];
  cause: RegExp;
  /** Lines the details must hold. */
  details?: string[];
}

const FAULTS: Fault[] = [
  {
    name: 'connection refused (a closed port)',
    handler: 'closed-port',
    cause: /connection error: connection refused by 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
  },
  {
    name: 'a server that never answers (timeout)',
    handler: () => {},
    args: ['--timeout', '0.5'],
    cause: /timed out: no complete answer within 0\.5 s/,
  },
  {
    name: 'HTTP 500',
    handler: (_request, response) => sendJson(response, { error: 'boom' }, 500),
    cause: /HTTP error 500 Internal Server Error/,
  },
  {
    name: 'an HTML page instead of JSON',
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Maintenance</title>');
    },
    cause: /wrong content type "text\/html; charset=utf-8": expected JSON \(application\/json\)/,
  },
  {
    name: 'an HTML page instead of CSV',
    dataset: UNDESA_ID,
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Not here</title>');
    },
    cause: /wrong content type "text\/html": expected CSV \(text\/csv\)/,
  },
  {
    name: 'malformed JSON',
    handler: (_request, response) =>
      sendJson(response, '{"page": 1, "maxPages": 2, "items": [{"year": 1993,'),
    cause: /malformed JSON \(\d+ characters\): /,
  },
  {
    name: 'a truncated body (Content-Length larger than what is sent)',
    handler: (_request, response) => {
      const body = fixture('unhcr-page-1.json');
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
      response.write(body.slice(0, 200));
      setTimeout(() => response.socket?.destroy(), 50);
    },
    cause: /truncated body: the connection closed after 200 bytes of the \d+ announced by Content-Length/,
  },
  {
    name: 'a row failing validation (negative count)',
    handler: unhcrHandler(pagesWith(2016, (item) => ({ ...item, refugees: -147 }))),
    cause: /1 row problem: the new table fails validation/,
    details: [`${UNHCR.file} (as it would be written):14: refugees: must not be negative (got "-147")`],
  },
  {
    name: 'refugees reported as "-"',
    handler: unhcrHandler(pagesWith(2012, (item) => ({ ...item, refugees: '-' }))),
    cause: /item 9 \(year 2012\): refugees is "-" \(not reported\)/,
  },
  {
    name: 'an implausible jump',
    handler: unhcrHandler(pagesWith(2023, (item) => ({ ...item, asylum_seekers: '2000000' }))),
    cause: /implausible change, refused \(threshold 50 %, floor 50\)/,
    details: [
      '2023 VEN→PER: asylum_seekers jumps from 493476 to 2000000 (+305.3 %), more than the 50 % allowed',
    ],
  },
  {
    name: 'a dropped year',
    handler: unhcrHandler(pagesWith(2003, () => null)),
    cause: /implausible change, refused/,
    details: ['drops 1 row present now: 2003 VEN→PER'],
  },
  {
    name: 'a dropped country (UN DESA)',
    dataset: UNDESA_ID,
    handler: (_request, response) =>
      sendCsv(
        response,
        fixture('undesa-good.csv')
          .split('\n')
          .filter((line) => !line.startsWith('emigrants,PRK,'))
          .join('\n'),
      ),
    cause: /implausible change, refused \(threshold 50 %, floor 100\)/,
    details: [
      'drops 7 rows present now: emigrants PRK 1990, emigrants PRK 1995, emigrants PRK 2000, emigrants PRK 2005, ' +
        'emigrants PRK 2010, emigrants PRK 2015, emigrants PRK 2020',
    ],
  },
  {
    name: 'a page count that never ends',
    handler: (_request, response, url) =>
      sendJson(response, { page: Number(url.searchParams.get('page')), maxPages: 1e9, total: 0, items: [] }),
    cause: /unexpected answer: maxPages is 1000000000, more than the 20 pages this series can have/,
  },
];

function expectRefused(
  expect: ExpectStatic,
  run: RunResult,
  dataset: string,
  url: string,
  cause: RegExp,
): void {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.stderr).toMatch(new RegExp(`✗ ${dataset}: ${cause.source}`));
  // The query URL, or the page of it that failed.
  const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(run.stderr).toMatch(new RegExp(`\\n    url: ${escaped}(&page=\\d+)?\\n`));
  expect(run.stderr).toContain('Nothing written');
  expect(run.stdout).not.toContain('Wrote');
}

/** Runs the updater against one fault, on its own server and copy of the project. */
async function refusesFault(fault: Fault, { expect, onTestFinished }: TestContext): Promise<void> {
  const { handler, dataset = UNHCR_ID, args = [], cause, details = [] } = fault;
  const { server, root } = testResources(onTestFinished);
  const origin =
    handler === 'closed-port' ? `http://127.0.0.1:${await closedPort()}` : (await server(handler)).origin;
  const { root: dir, dataDir } = root();
  const before = fingerprint(dataDir);
  const url = dataset === UNHCR_ID ? origin : `${origin}/data.csv`;
  // Both UNHCR tables go to the same server (a later --source wins): no test reaches the real API.
  const run = await runScript(dir, [...unhcrSources(origin), '--source', `${dataset}=${url}`, ...args]);

  const expectedUrl =
    dataset === UNHCR_ID
      ? `${origin}${UNHCR_PATH}?coo=VEN&coa=PER&yearFrom=1951&yearTo=2026&limit=100`
      : `${origin}/data.csv`;
  expectRefused(expect, run, dataset, expectedUrl, cause);
  for (const line of details) expect(run.stderr).toContain(`    ${line}`);
  expect(fingerprint(dataDir)).toEqual(before);
}

// A port released for the closed-port case could be taken by a server of a case running beside it.
describe('faults: a closed port', () => {
  it.for(FAULTS.filter((fault) => fault.handler === 'closed-port'))('$name', refusesFault);
});

// Every other fault has its own server and copy of the project, so the runs go side by side.
describe.concurrent(
  'faults: nothing is written, the exit code is 1, the message names dataset, URL and cause',
  () => {
    it.for(FAULTS.filter((fault) => fault.handler !== 'closed-port'))('$name', refusesFault);

    it('one failing dataset stops the other, good one from being written', async ({
      expect,
      onTestFinished,
    }) => {
      const { server, root } = testResources(onTestFinished);
      const good = goodHandler();
      const { origin } = await server((request, response, url) => {
        if (url.pathname === '/broken.csv') sendJson(response, { error: 'down' }, 503);
        else good(request, response, url);
      });
      const { root: dir, dataDir } = root();
      const before = fingerprint(dataDir);
      const run = await runScript(dir, [
        ...unhcrSources(origin),
        '--source',
        `${UNDESA_ID}=${origin}/broken.csv`,
      ]);
      expect(run.stdout).toContain(`${UNHCR_ID}: 0 rows added, 0 removed, 2 changed`);
      expectRefused(expect, run, UNDESA_ID, `${origin}/broken.csv`, /HTTP error 503 Service Unavailable/);
      expect(run.stderr).toContain(`Nothing written: 1 dataset failed (${UNDESA_ID})`);
      expect(fingerprint(dataDir)).toEqual(before);
    });

    it('bad usage exits 2 and writes nothing', async ({ expect, onTestFinished }) => {
      const { root: dir, dataDir } = testResources(onTestFinished).root();
      const before = fingerprint(dataDir);
      const [source, now, timeout, config] = await Promise.all([
        runScript(dir, ['--source', 'nope=http://127.0.0.1:9/']),
        runScript(dir, ['--now', 'yesterday']),
        runScript(dir, ['--timeout', '0']),
        runScript(dir, ['--config', 'data-sources.json']),
      ]);
      expect(source.code).toBe(2);
      expect(source.stderr).toContain('--source nope=http://127.0.0.1:9/: write it as id=url');
      expect(now.code).toBe(2);
      expect(now.stderr).toContain('--now yesterday: give an ISO timestamp');
      expect(timeout.code).toBe(2);
      expect(timeout.stderr).toContain('--timeout 0: give a number of seconds above 0');
      // The datasets and their sources come from the registry: no option names a config file.
      expect(config.code).toBe(2);
      expect(config.stderr).toContain('--config');
      expect(fingerprint(dataDir)).toEqual(before);
    });
  },
);
