/**
 * `npm run data:update` run as a child process against a local HTTP server: the UN DESA tables as
 * CSV files and a stand-in for the UNHCR population API (see support.ts). A good update of the four
 * datasets, then every fault, each of which must leave content/data/ byte-identical, exit non-zero
 * and say which dataset failed, at which URL, and why.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type ExpectStatic, type TestContext } from 'vitest';
import { checkProvenanceHashes, PROVENANCE_PATH, readProvenance } from '../../../src/content/provenance.ts';
import { checkAllContent } from '../../../src/check/content.ts';
import type { UpdatableDataset } from '../../../tools/data-update/sources.ts';
import {
  addressOn,
  closedPort,
  fingerprint,
  fixture,
  goodHandler,
  NOW,
  OWN_COUNTRY_ITEM,
  revisedUndesa2024Line,
  runScript,
  sendCsv,
  sendJson,
  sourceFlags,
  testResources,
  undesa2024Csv,
  UNDESA_2020,
  UNDESA_2024,
  UNHCR_PATH,
  UNHCR_PERU,
  UNHCR_VEN,
  unhcrAnswer,
  unhcrApi,
  unhcrItems,
  unhcrRequest,
  UPDATABLE,
  type Handler,
  type RunResult,
  type UnhcrItem,
} from './support.ts';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The queries the UNHCR datasets ask, up to this year (from --now). */
const YEARS = 'yearFrom=1951&yearTo=2026&limit=100';
const VEN_QUERY = `${UNHCR_PATH}?coo=VEN&coa=PER&${YEARS}`;
/** unhcr-peru: everyone in Peru, then Peruvians everywhere, country by country. */
const IN_PERU_QUERY = `${UNHCR_PATH}?coo_all=true&coa=PER&${YEARS}`;
const FROM_PERU_QUERY = `${UNHCR_PATH}?coo=PER&coa_all=true&${YEARS}`;

/** The datasets of UN DESA and UNHCR (the flow tables' own runs are in flows.test.ts). */
const STOCKS_AND_REFUGEES = UPDATABLE.filter((dataset) =>
  ['csv-stock', 'unhcr-population'].includes(dataset.update.adapter),
);

/** A committed UNHCR table with the 2024 and 2025 Venezuela → Peru revisions of the fixture pages. */
function withRevisions(current: string): string {
  return current
    .replace('2024,VEN,PER,4942,522732,1135215', '2024,VEN,PER,4951,522907,1135215')
    .replace('2025,VEN,PER,4963,538328,1098014', '2025,VEN,PER,5021,529804,1121630');
}

/** The table row an API item gives, as the updater writes it ("-" oip as a blank cell). */
function rowOf(item: UnhcrItem): string {
  const count = (value: unknown) => (value === '-' ? '' : String(Number(value)));
  return [
    item.year,
    item.coo_iso,
    item.coa_iso,
    count(item['refugees']),
    count(item['asylum_seekers']),
    count(item['oip']),
  ].join(',');
}

/** The rows of a table as text, without the header, in one order. */
const rowsOf = (table: string) => table.split('\r\n').slice(1, -1).sort();

// Each case has its own server and copy of the project: they run side by side.
describe.concurrent('a good update', () => {
  it('writes the four tables and provenance.json; a second identical run reports no change and writes nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const items = unhcrItems();
    const { origin, requests } = await server(goodHandler(items));
    const { root: dir, dataDir } = root();
    const read = (dataset: UpdatableDataset) => readFileSync(join(dir, dataset.file), 'utf8');
    const committed = new Map(STOCKS_AND_REFUGEES.map((dataset) => [dataset, read(dataset)]));
    const names = readdirSync(dataDir).sort();

    // UN DESA by --source; the two UNHCR datasets by the one environment variable they share.
    const run = await runScript(dir, sourceFlags(origin, [UNDESA_2024, UNDESA_2020]), {
      DATA_SOURCE_UNHCR_URL: origin,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // One report per dataset, in registry order.
    expect(run.stdout.match(/^[a-z0-9-]+(?=: )/gm)).toEqual(UPDATABLE.map((dataset) => dataset.id));
    for (const dataset of STOCKS_AND_REFUGEES) {
      expect(run.stdout).toContain(`${dataset.id}: 0 rows added, 0 removed, 2 changed`);
    }
    expect(run.stdout).toContain(
      '~ emigrants USA 2024: count 512316 → 512550; male 236719 → 236819; female 275597 → 275731',
    );
    expect(run.stdout).toContain('~ emigrants USA 2020: count 435868 → 436102');
    // The same Venezuela → Peru revision, once in each UNHCR table.
    const revision =
      '~ 2025 VEN→PER: refugees 4963 → 5021; asylum_seekers 538328 → 529804; ' +
      'other_in_need_of_international_protection 1098014 → 1121630';
    expect(run.stdout.split(revision)).toHaveLength(3);
    expect(run.stdout).toContain(
      `Wrote ${STOCKS_AND_REFUGEES.map((dataset) => dataset.file).join(', ')}, ${PROVENANCE_PATH}.`,
    );

    // Every page of every query was asked: unhcr-peru's two, each side it leaves out asked for
    // country by country, then the Venezuela → Peru query.
    const pages = (query: string) => {
      const { maxPages } = unhcrAnswer(items, unhcrRequest(new URL(query, origin)));
      return Array.from({ length: maxPages }, (_, index) => `${query}&page=${index + 1}`);
    };
    expect(pages(IN_PERU_QUERY).length).toBeGreaterThan(1);
    expect(pages(FROM_PERU_QUERY).length).toBeGreaterThan(1);
    expect(requests).toEqual([
      `/${UNDESA_2024.id}.csv`,
      `/${UNDESA_2020.id}.csv`,
      ...pages(IN_PERU_QUERY),
      ...pages(FROM_PERU_QUERY),
      `${VEN_QUERY}&page=1`,
    ]);

    // The tables: the exact format of the current files, with the revisions served.
    expect(read(UNDESA_2024)).toBe(
      committed.get(UNDESA_2024)!.split('\r\n').map(revisedUndesa2024Line).join('\r\n'),
    );
    const stocks = read(UNDESA_2020);
    expect(stocks.split('\r\n').slice(0, 3)).toEqual([
      'direction,iso3,country,year,count',
      'emigrants,WLD,World (total),1990,313209',
      'emigrants,USA,United States,1990,144199',
    ]);
    expect(stocks).toContain('\r\nemigrants,USA,United States,2020,436102\r\n');
    expect(stocks.match(/\r\n/g)).toHaveLength(committed.get(UNDESA_2020)!.match(/\r\n/g)!.length);
    expect(read(UNHCR_PERU)).toBe(withRevisions(committed.get(UNHCR_PERU)!));
    expect(read(UNHCR_VEN)).toBe(withRevisions(committed.get(UNHCR_VEN)!));
    // unhcr-peru holds what the server served with Peru on one side, but the item of people in
    // their own country; its Venezuela → Peru rows are the other UNHCR table's.
    const served = items.filter(
      (item) => (item.coa_iso === 'PER' || item.coo_iso === 'PER') && item.coo_iso !== item.coa_iso,
    );
    expect(items).toContainEqual(OWN_COUNTRY_ITEM);
    expect(rowsOf(read(UNHCR_PERU))).toEqual(served.map(rowOf).sort());
    expect(rowsOf(read(UNHCR_PERU)).filter((row) => row.includes(',VEN,PER,'))).toEqual(
      rowsOf(read(UNHCR_VEN)),
    );
    expect(checkAllContent(dir)).toEqual([]);

    // Provenance: one entry per dataset, in registry order, with URL, fixed time, hash of the file
    // written, and the edition the registry declares. unhcr-peru asked two queries: its URL is the
    // address both went to.
    const sourceUrls = new Map<UpdatableDataset, string>([
      [UNDESA_2024, addressOn(origin, UNDESA_2024)],
      [UNDESA_2020, addressOn(origin, UNDESA_2020)],
      [UNHCR_PERU, `${origin}${UNHCR_PATH}`],
      [UNHCR_VEN, `${origin}${VEN_QUERY}`],
    ]);
    const provenance = readProvenance(dir);
    expect(provenance.problems).toEqual([]);
    // The world tables' entries, which the updater does not refresh, are kept as they were.
    expect(
      provenance.entries
        .map((entry) => entry.data)
        .filter((entry) => STOCKS_AND_REFUGEES.some((dataset) => dataset.id === entry.id)),
    ).toEqual(
      STOCKS_AND_REFUGEES.map((dataset) => ({
        id: dataset.id,
        file: dataset.file,
        sourceUrl: sourceUrls.get(dataset),
        retrievedAt: NOW,
        sha256: sha256(join(dir, dataset.file)),
        edition: dataset.edition,
      })),
    );
    expect(checkProvenanceHashes(dir, provenance.entries)).toEqual([]);
    // Nothing else left behind: no temp file, no lock, no journal.
    expect(readdirSync(dataDir).sort()).toEqual(names);

    // Same answers again (environment variables this time, another clock): no change, no write.
    const after = fingerprint(dataDir);
    const again = await runScript(dir, ['--now', '2026-12-01T00:00:00Z'], {
      DATA_SOURCE_UNDESA_2024_URL: addressOn(origin, UNDESA_2024),
      DATA_SOURCE_UNDESA_URL: addressOn(origin, UNDESA_2020),
      DATA_SOURCE_UNHCR_URL: origin,
    });
    expect(again.code).toBe(0);
    for (const dataset of STOCKS_AND_REFUGEES) expect(again.stdout).toContain(`${dataset.id}: no change`);
    for (const variable of ['DATA_SOURCE_UNDESA_2024_URL', 'DATA_SOURCE_UNDESA_URL']) {
      expect(again.stdout).toContain(`(from ${variable})`);
    }
    expect(again.stdout.split('(from DATA_SOURCE_UNHCR_URL)')).toHaveLength(3);
    expect(again.stdout).toContain('No change: nothing written.');
    expect(fingerprint(dataDir)).toEqual(after);
  });

  it('skips both UN DESA tables with a message when they have no URL, and updates the UNHCR tables with their provenance entries only', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(goodHandler());
    const { root: dir } = root();
    const undesa = [
      [UNDESA_2024, 'DATA_SOURCE_UNDESA_2024_URL'],
      [UNDESA_2020, 'DATA_SOURCE_UNDESA_URL'],
    ] as const;
    const hashes = undesa.map(([dataset]) => sha256(join(dir, dataset.file)));
    const entriesBefore = readProvenance(dir).entries.map((entry) => entry.data);

    const run = await runScript(dir, [], { DATA_SOURCE_UNHCR_URL: origin });
    expect(run.code, run.stderr).toBe(0);
    for (const [dataset, variable] of undesa) {
      expect(run.stdout).toContain(
        `${dataset.id}: skipped — no source URL (none in src/datasets/registry.ts; set ${variable} ` +
          `or pass --source ${dataset.id}=<url>)`,
      );
    }
    expect(run.stdout).toContain(`Wrote ${UNHCR_PERU.file}, ${UNHCR_VEN.file}, ${PROVENANCE_PATH}.`);
    expect(undesa.map(([dataset]) => sha256(join(dir, dataset.file)))).toEqual(hashes);
    const entries = readProvenance(dir).entries.map((entry) => entry.data);
    expect(entries.map((entry) => entry.id).sort()).toEqual(entriesBefore.map((entry) => entry.id).sort());
    for (const [dataset] of undesa) {
      // Carried over as they were.
      expect(entries.find((entry) => entry.id === dataset.id)).toEqual(
        entriesBefore.find((entry) => entry.id === dataset.id),
      );
    }
    for (const dataset of [UNHCR_PERU, UNHCR_VEN]) {
      expect(entries.find((entry) => entry.id === dataset.id)?.retrievedAt).toBe(NOW);
    }
  });

  it('--dry-run reports the change and writes nothing', async ({ expect, onTestFinished }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(goodHandler());
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);
    const run = await runScript(dir, ['--dry-run'], { DATA_SOURCE_UNHCR_URL: origin });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${UNHCR_PERU.id}: 0 rows added, 0 removed, 2 changed`);
    expect(run.stdout).toContain(`${UNHCR_VEN.id}: 0 rows added, 0 removed, 2 changed`);
    expect(run.stdout).toContain(
      `Dry run: would write ${UNHCR_PERU.file}, ${UNHCR_VEN.file}, ${PROVENANCE_PATH}; nothing written.`,
    );
    expect(fingerprint(dataDir)).toEqual(before);
  });
});

/** The stand-in API's items with `change` applied to the Venezuela → Peru item of `year`. */
function venezuelaWith(year: number, change: (item: UnhcrItem) => UnhcrItem | null): UnhcrItem[] {
  return unhcrItems().flatMap((item) => {
    if (item.year !== year || item.coo_iso !== 'VEN' || item.coa_iso !== 'PER') return [item];
    const changed = change(item);
    return changed === null ? [] : [changed];
  });
}

/** The served UN DESA 2024 table, with the men of one row no longer adding up to its count. */
function undesa2024WithBadSexes(): { text: string; line: number } {
  const lines = undesa2024Csv().split('\n');
  const at = lines.findIndex((line) => /^emigrants,USA,.*,2024,512550,236819,275731$/.test(line));
  lines[at] = lines[at]!.replace(',236819,', ',236818,');
  return { text: lines.join('\n'), line: at + 1 };
}
const badSexes = undesa2024WithBadSexes();

interface Fault {
  name: string;
  /** The dataset the fault hits: its requests get `handler`, every other dataset's are served well. */
  dataset: UpdatableDataset;
  handler: Handler | 'closed-port';
  args?: string[];
  /** Where the failure says it happened: what follows the dataset's address (a query, a page of it). */
  at: string;
  cause: RegExp;
  /** Lines the details must hold. */
  details?: string[];
}

const FAULTS: Fault[] = [
  {
    name: 'connection refused (a closed port)',
    dataset: UNHCR_VEN,
    handler: 'closed-port',
    at: `${VEN_QUERY}&page=1`,
    cause: /connection error: connection refused by 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
  },
  {
    name: 'a server that never answers (timeout)',
    dataset: UNHCR_VEN,
    handler: () => {},
    // The timeout applies to every request of the run, the other UNHCR dataset's too: 5 s leaves
    // its pages (served locally in milliseconds) ample room on a busy machine, where 1 s did not.
    args: ['--timeout', '5'],
    at: `${VEN_QUERY}&page=1`,
    cause: /timed out: no complete answer within 5 s/,
  },
  {
    name: 'HTTP 500',
    dataset: UNHCR_VEN,
    handler: (_request, response) => sendJson(response, { error: 'boom' }, 500),
    at: `${VEN_QUERY}&page=1`,
    cause: /HTTP error 500 Internal Server Error/,
  },
  {
    name: 'an HTML page instead of JSON',
    dataset: UNHCR_VEN,
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Maintenance</title>');
    },
    at: `${VEN_QUERY}&page=1`,
    cause: /wrong content type "text\/html; charset=utf-8": expected JSON \(application\/json\)/,
  },
  {
    name: 'an HTML page instead of CSV',
    dataset: UNDESA_2020,
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Not here</title>');
    },
    at: '',
    cause: /wrong content type "text\/html": expected CSV \(text\/csv\)/,
  },
  {
    name: 'malformed JSON',
    dataset: UNHCR_VEN,
    handler: (_request, response) =>
      sendJson(response, '{"page": 1, "maxPages": 2, "items": [{"year": 1993,'),
    at: `${VEN_QUERY}&page=1`,
    cause: /malformed JSON \(\d+ characters\): /,
  },
  {
    name: 'a truncated body (Content-Length larger than what is sent)',
    dataset: UNHCR_VEN,
    handler: (_request, response) => {
      const body = fixture('unhcr-page-1.json');
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
      response.write(body.slice(0, 200));
      setTimeout(() => response.socket?.destroy(), 50);
    },
    at: `${VEN_QUERY}&page=1`,
    cause: /truncated body: the connection closed after 200 bytes of the \d+ announced by Content-Length/,
  },
  {
    name: 'a row failing validation (negative count)',
    dataset: UNHCR_VEN,
    handler: unhcrApi(venezuelaWith(2016, (item) => ({ ...item, refugees: -147 }))),
    at: VEN_QUERY,
    cause: /1 row problem: the new table fails validation/,
    details: [`${UNHCR_VEN.file} (as it would be written):14: refugees: must not be negative (got "-147")`],
  },
  {
    name: 'refugees reported as "-"',
    dataset: UNHCR_VEN,
    handler: unhcrApi(venezuelaWith(2012, (item) => ({ ...item, refugees: '-' }))),
    at: VEN_QUERY,
    cause: /item 9 \(year 2012\): refugees is "-" \(not reported\)/,
  },
  {
    name: 'an implausible jump',
    dataset: UNHCR_VEN,
    handler: unhcrApi(venezuelaWith(2023, (item) => ({ ...item, asylum_seekers: '2000000' }))),
    at: VEN_QUERY,
    cause: /implausible change, refused \(threshold 50 %, floor 50\)/,
    details: [
      '2023 VEN→PER: asylum_seekers jumps from 493476 to 2000000 (+305.3 %), more than the 50 % allowed',
    ],
  },
  {
    name: 'a dropped year',
    dataset: UNHCR_VEN,
    handler: unhcrApi(venezuelaWith(2003, () => null)),
    at: VEN_QUERY,
    cause: /implausible change, refused/,
    details: ['drops 1 row present now: 2003 VEN→PER'],
  },
  {
    name: 'a dropped country (UN DESA)',
    dataset: UNDESA_2020,
    handler: (_request, response) =>
      sendCsv(
        response,
        fixture('undesa-good.csv')
          .split('\n')
          .filter((line) => !line.startsWith('emigrants,PRK,'))
          .join('\n'),
      ),
    at: '',
    cause: /implausible change, refused \(threshold 50 %, floor 100\)/,
    details: [
      'drops 7 rows present now: emigrants PRK 1990, emigrants PRK 1995, emigrants PRK 2000, emigrants PRK 2005, ' +
        'emigrants PRK 2010, emigrants PRK 2015, emigrants PRK 2020',
    ],
  },
  {
    name: 'a page count that never ends',
    dataset: UNHCR_VEN,
    handler: unhcrApi(undefined, (answer) => ({ ...answer, maxPages: 1e9 })),
    at: `${VEN_QUERY}&page=1`,
    cause: /unexpected answer: maxPages is 1000000000, more than the 20 pages this series can have/,
  },
  {
    // A query of every origin may have ten times the pages of one pair of countries, no more.
    name: 'a page count that never ends, for a query of every origin',
    dataset: UNHCR_PERU,
    handler: unhcrApi(undefined, (answer) => ({ ...answer, maxPages: 201 })),
    at: `${IN_PERU_QUERY}&page=1`,
    cause: /unexpected answer: maxPages is 201, more than the 200 pages this series can have/,
  },
  {
    name: 'an item for another country of asylum than the query names',
    dataset: UNHCR_PERU,
    handler: unhcrApi(undefined, (answer, request) =>
      request.coa === 'PER' && request.page === 1
        ? {
            ...answer,
            items: answer.items.map((item, index) => (index === 4 ? { ...item, coa_iso: 'ECU' } : item)),
          }
        : answer,
    ),
    // The items of several queries fail as one table: the failure names the address they went to.
    at: UNHCR_PATH,
    cause:
      /unexpected answer: item 5 \(year \d+\) is for "\w+" → "ECU", the query asked for every origin → PER/,
  },
  {
    name: 'a UN DESA 2024 row whose men and women do not add up to its count',
    dataset: UNDESA_2024,
    handler: (_request, response) => sendCsv(response, badSexes.text),
    at: '',
    cause: /1 row problem: the new table fails validation/,
    details: [
      `${UNDESA_2024.file} (as downloaded):${badSexes.line}: count: must equal male + female ` +
        '(236818 + 275731 = 512549) (got 512550)',
    ],
  },
];

/** The server of a fault: `fault` answers the requests for `dataset`'s address, `goodHandler` the others'. */
function faultServer(dataset: UpdatableDataset, fault: Handler): Handler {
  const good = goodHandler();
  const own = new URL(addressOn('http://127.0.0.1', dataset)).pathname;
  return (request, response, url) =>
    (url.pathname === own || url.pathname.startsWith(`${own}/`) ? fault : good)(request, response, url);
}

function expectRefused(
  expect: ExpectStatic,
  run: RunResult,
  dataset: UpdatableDataset,
  url: string,
  cause: RegExp,
): void {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.stderr).toMatch(new RegExp(`✗ ${dataset.id}: ${cause.source}`));
  expect(run.stderr).toContain(`\n    url: ${url}\n`);
  // Only the dataset the fault hits failed, and nothing was written.
  expect(run.stderr).toContain(`Nothing written: 1 dataset failed (${dataset.id})`);
  expect(run.stdout).not.toContain('Wrote');
}

/**
 * Runs the updater against one fault, on its own server and copy of the project. The UNHCR datasets
 * are always served (their registry URL is the real API); a UN DESA table only when it is the one hit.
 */
async function refusesFault(fault: Fault, { expect, onTestFinished }: TestContext): Promise<void> {
  const { dataset, handler, args = [], at, cause, details = [] } = fault;
  const { server, root } = testResources(onTestFinished);
  // The server first: the closed port is then one it cannot have.
  const { origin } = await server(faultServer(dataset, handler === 'closed-port' ? () => {} : handler));
  const faultOrigin = handler === 'closed-port' ? `http://127.0.0.1:${await closedPort()}` : origin;
  const others = UPDATABLE.filter(
    (other) => other !== dataset && other.update.adapter === 'unhcr-population',
  );
  const { root: dir, dataDir } = root();
  const before = fingerprint(dataDir);
  const run = await runScript(dir, [
    ...sourceFlags(origin, others),
    ...sourceFlags(faultOrigin, [dataset]),
    ...args,
  ]);

  expectRefused(expect, run, dataset, `${addressOn(faultOrigin, dataset)}${at}`, cause);
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

    it('one failing dataset stops the other, good ones from being written', async ({
      expect,
      onTestFinished,
    }) => {
      const { server, root } = testResources(onTestFinished);
      const { origin } = await server(
        faultServer(UNDESA_2020, (_request, response) => sendJson(response, { error: 'down' }, 503)),
      );
      const { root: dir, dataDir } = root();
      const before = fingerprint(dataDir);
      const run = await runScript(dir, sourceFlags(origin));
      for (const dataset of [UNDESA_2024, UNHCR_PERU, UNHCR_VEN]) {
        expect(run.stdout).toContain(`${dataset.id}: 0 rows added, 0 removed, 2 changed`);
      }
      expectRefused(
        expect,
        run,
        UNDESA_2020,
        addressOn(origin, UNDESA_2020),
        /HTTP error 503 Service Unavailable/,
      );
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
