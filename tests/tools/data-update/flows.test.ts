/**
 * `npm run data:update` on the flow tables it refreshes, against stand-ins served on 127.0.0.1: the
 * World Bank Indicators API (wdi-remittances) and CBP's Nationwide Encounters file
 * (cbp-southwest-border-encounters). A good update through the command line, every fault the UNHCR
 * adapter is tested for (and those of these sources), each leaving content/data/ byte-identical with
 * exit code 1 and a message naming dataset, URL and cause; and interrupted updates of tables that live
 * in content/data/flows/.
 *
 * The faults run the updater in this process on the one dataset they hit (`runUpdate`, what the
 * command line calls), so that no other source shares their server or their timeout.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { describe, it, type ExpectStatic, type TestContext } from 'vitest';
import { checkAllContent } from '../../../src/check/content.ts';
import { PROVENANCE_PATH, readProvenance } from '../../../src/content/provenance.ts';
import { MAX_FILE_BYTES } from '../../../tools/data-update/cbp.ts';
import { runUpdate, type RunOptions } from '../../../tools/data-update/run.ts';
import type { UpdatableDataset } from '../../../tools/data-update/sources.ts';
import { MAX_PAGE_BYTES, worldBankUrl } from '../../../tools/data-update/worldbank.ts';
import {
  cbpFile,
  committedEncounters,
  revisedEncounters,
  revisedWorldBankRows,
  SERIES,
  smallWorldBankTable,
  worldBankAnswer,
  worldBankApi,
  worldBankRow,
  worldBankRows,
  type EncounterRow,
  type SeriesColumn,
  type WorldBankRow,
} from './flow-sources.ts';
import {
  addressOn,
  CBP,
  closedPort,
  finished,
  fingerprint,
  goodHandler,
  NOW,
  PROJECT,
  projectFile,
  runScript,
  sendCsv,
  sendJson,
  startScript,
  testResources,
  UNHCR_PERU,
  UNHCR_VEN,
  waitForOutput,
  WORLD_BANK,
  type Handler,
} from './support.ts';

/** The files of content/data/flows/ as the project has them. */
const FLOW_FILES = readdirSync(join(PROJECT, 'content/data/flows')).sort();
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const committedWorldBank = projectFile(WORLD_BANK.file);
/** The years the World Bank is asked for: from the table's first to the year of `NOW`. */
const YEARS = { yearFrom: 1990, yearTo: 2026 };
const pageUrl = (address: string, column: SeriesColumn, page: number) =>
  worldBankUrl(address, { series: SERIES[column], ...YEARS }, page);

/** The World Bank table as `revisedWorldBankRows` makes it: two amounts revised, a row for 2024. */
const revisedWorldBankTable = committedWorldBank
  .replace('\nPER,2023,4446181862,', '\nPER,2023,4447000000,')
  .replace('\nMEX,2023,66237847600,1075657232,', '\nMEX,2023,66237847600,1200000000,')
  .replace(/(\nPER,2023,[^\n]*\n)/, '$1PER,2024,4900000000,,289222000001\n');

/** The encounters table as `revisedEncounters` makes it: June 2025 added, Peru's May 2025 revised. */
function revisedCbpTable(): string {
  const rows = revisedEncounters();
  const kept = committedEncounters().filter((row) => row.fiscal_year < 2022);
  const line = (row: EncounterRow) => `${row.month},${row.fiscal_year},${row.citizenship},${row.encounters}`;
  const all = [...kept, ...rows].sort((a, b) =>
    a.month < b.month ? -1 : a.month > b.month ? 1 : a.citizenship < b.citizenship ? -1 : 1,
  );
  return `month,fiscal_year,citizenship,encounters\n${all.map(line).join('\n')}\n`;
}

/** The flags giving the two flow datasets their stand-ins on `origin`. */
const flowSources = (origin: string) => [
  '--source',
  `${WORLD_BANK.id}=${addressOn(origin, WORLD_BANK)}`,
  '--source',
  `${CBP.id}=${addressOn(origin, CBP)}`,
];

describe.concurrent('a good update of the flow tables', () => {
  it('writes both tables in content/data/flows/ in their current format, with new provenance entries; a second run changes nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin, requests } = await server(goodHandler());
    const { root: dir, dataDir } = root();
    const provenanceBefore = readProvenance(dir).entries.map((entry) => entry.data);
    // The committed entries say where the tables were carried over from.
    for (const dataset of [WORLD_BANK, CBP]) {
      expect(provenanceBefore.find((entry) => entry.id === dataset.id)).toMatchObject({
        note: expect.any(String),
        upstream: expect.any(Array),
      });
    }

    const run = await runScript(dir, flowSources(origin), { DATA_SOURCE_UNHCR_URL: origin });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${WORLD_BANK.id}: 1 row added, 0 removed, 2 changed`);
    expect(run.stdout).toContain(
      '+ PER 2024: received_usd 4900000000, paid_usd (blank), gdp_usd 289222000001',
    );
    expect(run.stdout).toContain('~ PER 2023: received_usd 4446181862 → 4447000000');
    expect(run.stdout).toContain('~ MEX 2023: paid_usd 1075657232 → 1200000000');
    expect(run.stdout).toContain(`${CBP.id}: 21 rows added, 0 removed, 1 changed`);
    expect(run.stdout).toContain('~ 2025-05 PER: encounters 37 → 49');
    expect(run.stdout).toContain(
      `Wrote ${UNHCR_PERU.file}, ${UNHCR_VEN.file}, ${WORLD_BANK.file}, ${CBP.file}, ${PROVENANCE_PATH}.`,
    );

    // Each series asked for every country, page by page, from 1990 to the current year.
    const address = addressOn(origin, WORLD_BANK);
    const asked = requests.filter((request) => request.includes('/v2/country/all/indicator/'));
    for (const column of ['received_usd', 'paid_usd', 'gdp_usd'] as const) {
      const [meta] = worldBankAnswer(revisedWorldBankRows(), {
        column,
        series: SERIES[column],
        ...YEARS,
        perPage: 1000,
        page: 1,
      });
      expect(meta.pages).toBeGreaterThan(1);
      const pages = Array.from({ length: meta.pages }, (_, index) =>
        pageUrl(address, column, index + 1).slice(origin.length),
      );
      expect(asked.filter((request) => request.includes(SERIES[column]))).toEqual(pages);
    }

    // The tables, in their current format (LF line ends, the same columns and order).
    const written = (dataset: UpdatableDataset) => readFileSync(join(dir, dataset.file), 'utf8');
    expect(written(WORLD_BANK)).toBe(revisedWorldBankTable);
    expect(written(CBP)).toBe(revisedCbpTable());
    expect(written(CBP)).toContain('\n2019-10,2020,BRA,1504\n'); // fiscal years the file no longer holds
    expect(checkAllContent(dir)).toEqual([]);

    // Their provenance entries are replaced: where and when they were downloaded, no carried-over note.
    const entries = readProvenance(dir).entries.map((entry) => entry.data);
    expect(entries.find((entry) => entry.id === WORLD_BANK.id)).toEqual({
      id: WORLD_BANK.id,
      file: WORLD_BANK.file,
      sourceUrl: `${address}/v2/country/all/indicator/`,
      retrievedAt: NOW,
      sha256: sha256(revisedWorldBankTable),
      edition: WORLD_BANK.edition,
    });
    expect(entries.find((entry) => entry.id === CBP.id)).toEqual({
      id: CBP.id,
      file: CBP.file,
      sourceUrl: addressOn(origin, CBP),
      retrievedAt: NOW,
      sha256: sha256(revisedCbpTable()),
      edition: CBP.edition,
    });
    // The other flow tables' entries are kept as they were.
    for (const id of ['wpp2024-net-migration', 'panama-darien-transit', 'ice-removals']) {
      expect(entries.find((entry) => entry.id === id)).toEqual(
        provenanceBefore.find((entry) => entry.id === id),
      );
    }
    // Nothing left behind: no temp file in content/data/flows/, no lock or journal.
    expect(readdirSync(join(dataDir, 'flows')).sort()).toEqual(FLOW_FILES);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.'))).toEqual([]);

    // The same answers again, by environment variables: no change, nothing written.
    const after = fingerprint(dataDir);
    const again = await runScript(dir, [], {
      DATA_SOURCE_UNHCR_URL: origin,
      DATA_SOURCE_WORLDBANK_URL: address,
      DATA_SOURCE_CBP_URL: addressOn(origin, CBP),
    });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${WORLD_BANK.id}: no change`);
    expect(again.stdout).toContain(`${CBP.id}: no change`);
    expect(again.stdout).toContain('(from DATA_SOURCE_CBP_URL)');
    expect(again.stdout).toContain('(from DATA_SOURCE_WORLDBANK_URL)');
    expect(again.stdout).toContain('No change: nothing written.');
    expect(fingerprint(dataDir)).toEqual(after);
  });

  it('skips CBP with a message when no URL is given, and leaves its table and entry as they are', async ({
    expect,
    onTestFinished,
  }) => {
    const { root: dir, dataDir } = testResources(onTestFinished).root();
    const before = fingerprint(dataDir);
    const run = await updateInProcess(dir, [CBP], []);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `${CBP.id}: skipped — no source URL (none in src/datasets/registry.ts; set DATA_SOURCE_CBP_URL ` +
        `or pass --source ${CBP.id}=<url>)`,
    );
    expect(run.stdout).toContain('No change: nothing written.');
    expect(fingerprint(dataDir)).toEqual(before);
  });
});

// ——— Faults ————————————————————————————————————————————————————————————————————————

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the updater in this process on `datasets` alone, with `--source` flags `sources`, at `NOW`. */
async function updateInProcess(
  dir: string,
  datasets: readonly UpdatableDataset[],
  sources: readonly string[],
  options: Partial<RunOptions> = {},
): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runUpdate({
    root: dir,
    datasets,
    sources,
    now: new Date(NOW),
    env: {},
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    ...options,
  });
  return { code, stdout: `${out.join('\n')}\n`, stderr: `${err.join('\n')}\n` };
}

/** Runs the updater in this process on `dataset` alone, from `source`. */
function updateOne(
  dir: string,
  dataset: UpdatableDataset,
  source: string,
  options: Partial<RunOptions> = {},
): Promise<Outcome> {
  return updateInProcess(dir, [dataset], [`${dataset.id}=${source}`], options);
}

interface Fault {
  name: string;
  dataset: UpdatableDataset;
  handler: Handler | 'closed-port';
  options?: Partial<RunOptions>;
  /** The URL the failure names, from the dataset's address. */
  url: (address: string) => string;
  cause: RegExp;
  /** Lines the details must hold. */
  details?: (string | RegExp)[];
  /**
   * The copy of the project gets a World Bank table of a few economies, which the stand-in serves:
   * the cases that build a whole table build a small one.
   */
  smallWorld?: boolean;
}

/**
 * The World Bank stand-in serving the small world (`smallWorldBankTable`, which the copy of the project
 * gets as its table: see `smallWorld`) with `change` made to its rows.
 */
function worldBankWith(change: (rows: Record<SeriesColumn, WorldBankRow[]>) => void): Handler {
  const rows = worldBankRows(smallWorldBankTable());
  change(rows);
  return worldBankApi(rows);
}

/** The row of `column` for `code` and `year` in `rows`. */
function rowOf(rows: Record<SeriesColumn, WorldBankRow[]>, column: SeriesColumn, code: string, year: number) {
  return rows[column].find((row) => row.countryiso3code === code && row.date === String(year))!;
}

/** The World Bank stand-in, with `alter` replacing its answer to the requests it picks. */
function worldBankAltered(alter: Parameters<typeof worldBankApi>[1] & {}): Handler {
  return worldBankApi(worldBankRows(), alter);
}

/** CBP's file as it is now (the committed table's fiscal years 2022–2025), with `change` made to its rows. */
function cbpWith(change: (rows: EncounterRow[]) => EncounterRow[], fytd = 2025): Handler {
  const rows = change(committedEncounters().filter((row) => row.fiscal_year >= 2022));
  const text = cbpFile(rows, fytd);
  return (_request, response) => sendCsv(response, text);
}

const firstPage =
  (column: SeriesColumn = 'received_usd') =>
  (address: string) =>
    pageUrl(address, column, 1);
const wholeApi = (address: string) => `${address}/v2/country/all/indicator/`;
const cbpAddress = (address: string) => address;

function sendHtml(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end('<!doctype html><title>Maintenance</title>');
}

function truncated(body: string, contentType: string): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': String(body.length) });
    response.write(body.slice(0, 200));
    setTimeout(() => response.socket?.destroy(), 50);
  };
}

/** A body of `bytes` bytes with the right content type, all of it sent. */
function oversize(bytes: number, contentType: string): Handler {
  const body = Buffer.alloc(bytes, ' ');
  return (_request, response) => {
    response.writeHead(200, { 'content-type': contentType });
    response.end(body);
  };
}

const WORLD_BANK_FAULTS: Fault[] = [
  {
    name: 'connection refused (a closed port)',
    dataset: WORLD_BANK,
    handler: 'closed-port',
    url: firstPage(),
    cause: /connection error: connection refused by 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
  },
  {
    // The server never answers: the timeout always elapses, however busy the machine.
    name: 'a server that never answers (timeout)',
    dataset: WORLD_BANK,
    handler: () => {},
    options: { timeoutSeconds: 1 },
    url: firstPage(),
    cause: /timed out: no complete answer within 1 s/,
  },
  {
    name: 'HTTP 500 on the second page of the second series',
    dataset: WORLD_BANK,
    handler: (request, response, url) =>
      url.searchParams.get('page') === '2' && url.pathname.endsWith(SERIES.paid_usd)
        ? sendJson(response, { error: 'boom' }, 500)
        : worldBankApi()(request, response, url),
    url: (address) => pageUrl(address, 'paid_usd', 2),
    cause: /HTTP error 500 Internal Server Error/,
  },
  {
    name: 'an HTML page instead of JSON',
    dataset: WORLD_BANK,
    handler: (_request, response) => sendHtml(response),
    url: firstPage(),
    cause: /wrong content type "text\/html; charset=utf-8": expected JSON \(application\/json\)/,
  },
  {
    name: 'malformed JSON',
    dataset: WORLD_BANK,
    handler: (_request, response) =>
      sendJson(response, '[{"page": 1, "pages": 7, "total": 6500}, [{"indicator":'),
    url: firstPage(),
    cause: /malformed JSON \(\d+ characters\): /,
  },
  {
    name: 'a truncated body (Content-Length larger than what is sent)',
    dataset: WORLD_BANK,
    handler: truncated(
      JSON.stringify(
        worldBankAnswer(worldBankRows(), {
          column: 'received_usd',
          series: SERIES.received_usd,
          ...YEARS,
          perPage: 1000,
          page: 1,
        }),
      ),
      'application/json',
    ),
    url: firstPage(),
    cause: /truncated body: the connection closed after 200 bytes of the \d+ announced by Content-Length/,
  },
  {
    name: 'a page larger than any page of the series can be',
    dataset: WORLD_BANK,
    handler: oversize(MAX_PAGE_BYTES + 1, 'application/json'),
    url: firstPage(),
    cause: new RegExp(`the body is larger than ${MAX_PAGE_BYTES} bytes: refusing it`),
  },
  {
    name: 'the API refusing the query (HTTP 200 with a message)',
    dataset: WORLD_BANK,
    handler: (_request, response) =>
      sendJson(response, [
        {
          message: [
            {
              id: '175',
              key: 'Invalid format',
              value: 'The indicator was not found. It may have been deleted or archived.',
            },
          ],
        },
      ]),
    url: firstPage(),
    cause: /the World Bank API refused the query: 175 Invalid format The indicator was not found/,
  },
  {
    name: 'a page count that never ends',
    dataset: WORLD_BANK,
    handler: worldBankAltered(([meta, rows]) => [{ ...meta, pages: 1e9 }, rows]),
    url: firstPage(),
    cause: /unexpected answer: pages is 1000000000, more than the 50 pages this series can have/,
  },
  {
    name: 'a page count that changes between pages',
    dataset: WORLD_BANK,
    handler: worldBankAltered(([meta, rows], request) => [
      { ...meta, pages: request.page === 3 ? meta.pages + 1 : meta.pages },
      rows,
    ]),
    url: (address) => pageUrl(address, 'received_usd', 3),
    cause: /unexpected answer: pages changed from \d+ to \d+ on page 3/,
  },
  {
    name: 'an API that answers another page than the one asked',
    dataset: WORLD_BANK,
    handler: worldBankAltered(([meta, rows]) => [{ ...meta, page: 1 }, rows]),
    url: (address) => pageUrl(address, 'received_usd', 2),
    cause: /unexpected answer: page 2 was asked, the answer is page 1/,
  },
  {
    name: 'pages that hold fewer rows than they announce',
    dataset: WORLD_BANK,
    handler: worldBankAltered(([meta, rows]) => [{ ...meta, total: meta.total + 5 }, rows]),
    url: (address) => {
      const [meta] = worldBankAnswer(worldBankRows(), {
        column: 'received_usd',
        series: SERIES.received_usd,
        ...YEARS,
        perPage: 1000,
        page: 1,
      });
      return pageUrl(address, 'received_usd', meta.pages);
    },
    cause: /unexpected answer: it announces \d+ rows, its \d+ pages held \d+/,
  },
  {
    name: 'a row of another series than the one asked',
    dataset: WORLD_BANK,
    handler: worldBankAltered(([meta, rows], request) => [
      meta,
      request.column === 'paid_usd' && request.page === 1
        ? rows.map((row, index) =>
            index === 4 ? { ...row, indicator: { id: SERIES.received_usd, value: '' } } : row,
          )
        : rows,
    ]),
    // The rows of every series make one table: the failure names the address they all went to.
    url: wholeApi,
    cause:
      /BM\.TRF\.PWKR\.CD\.DT \(paid_usd\): unexpected answer: row 5 is of indicator "BX\.TRF\.PWKR\.CD\.DT", the query asked for BM\.TRF\.PWKR\.CD\.DT/,
  },
  {
    name: 'a value that is not a number or null',
    dataset: WORLD_BANK,
    smallWorld: true,
    handler: worldBankWith((rows) => {
      rowOf(rows, 'received_usd', 'PER', 2016).value = '..' as unknown as number;
    }),
    url: wholeApi,
    cause:
      /BX\.TRF\.PWKR\.CD\.DT \(received_usd\): unexpected answer: row \d+ \(PER 2016\) has value "\.\.", not a number or null/,
  },
  {
    name: 'a row failing validation (a negative amount)',
    dataset: WORLD_BANK,
    smallWorld: true,
    handler: worldBankWith((rows) => {
      rowOf(rows, 'paid_usd', 'PER', 2019).value = -325545723;
    }),
    url: wholeApi,
    cause: /1 row problem: the new table fails validation/,
    details: [
      /^content\/data\/flows\/wdi-remittances\.csv \(as it would be written\):\d+: paid_usd: must not be negative \(got "-325545723"\)$/,
    ],
  },
  {
    name: 'an implausible jump (amounts in thousands of dollars)',
    dataset: WORLD_BANK,
    smallWorld: true,
    handler: worldBankWith((rows) => {
      rowOf(rows, 'received_usd', 'PER', 2023).value = 4446181862 * 1000;
    }),
    url: wholeApi,
    cause: /implausible change, refused \(threshold 300 %, floor 50000000\)/,
    details: [
      'PER 2023: received_usd jumps from 4446181862 to 4446181862000 (+99900 %), more than the 300 % allowed',
    ],
  },
  {
    name: 'a dropped row (an economy and year no longer given)',
    dataset: WORLD_BANK,
    smallWorld: true,
    handler: worldBankWith((rows) => {
      for (const column of ['received_usd', 'paid_usd'] as const) {
        rows[column] = rows[column].filter((row) => !(row.countryiso3code === 'PER' && row.date === '2023'));
      }
    }),
    url: wholeApi,
    cause: /implausible change, refused/,
    details: ['drops 1 row present now: PER 2023'],
  },
  {
    name: 'an amount no longer reported',
    dataset: WORLD_BANK,
    smallWorld: true,
    handler: worldBankWith((rows) => {
      rowOf(rows, 'gdp_usd', 'PER', 2023).value = null;
    }),
    url: wholeApi,
    cause: /implausible change, refused/,
    details: ['PER 2023: gdp_usd was 267603248655, the new data does not report it'],
  },
  {
    name: 'a year decades ahead (an API that ignores the years asked)',
    dataset: WORLD_BANK,
    smallWorld: true,
    handler: (() => {
      const rows = worldBankRows(smallWorldBankTable());
      rows.received_usd.push(worldBankRow('received_usd', 'PER', 2090, 5_000_000_000));
      return worldBankApi(rows, (_answer, request) =>
        worldBankAnswer(rows, { ...request, yearTo: Infinity }),
      );
    })(),
    url: wholeApi,
    cause: /1 row problem: the new table fails validation/,
    details: [
      /:\d+: year: must be \d{4} or earlier \(a year that has ended or is under way\) \(got "2090"\)$/,
    ],
  },
  {
    name: 'a new year whose amount jumps',
    dataset: WORLD_BANK,
    smallWorld: true,
    handler: worldBankWith((rows) => {
      rows.received_usd.push(worldBankRow('received_usd', 'PER', 2024, 50_000_000_000));
    }),
    url: wholeApi,
    cause: /implausible change, refused/,
    details: [
      'PER 2024: received_usd is 50000000000, against 4446181862 in 2023 (+1024.6 %), more than the 300 % allowed',
    ],
  },
  {
    name: 'a year the table already covers (a back-fill)',
    dataset: WORLD_BANK,
    smallWorld: true,
    handler: worldBankWith((rows) => {
      rows.received_usd.push(worldBankRow('received_usd', 'XKX', 2003, 600_000_000));
    }),
    url: wholeApi,
    cause: /implausible change, refused/,
    details: [
      'XKX 2003: a new row for 2003, a year the table already covers (to 2023): back-fills are refused unless --allow-backfill is given',
    ],
  },
];

const CBP_FAULTS: Fault[] = [
  {
    name: 'connection refused (a closed port)',
    dataset: CBP,
    handler: 'closed-port',
    url: cbpAddress,
    cause: /connection error: connection refused by 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
  },
  {
    name: 'a server that never answers (timeout)',
    dataset: CBP,
    handler: () => {},
    options: { timeoutSeconds: 1 },
    url: cbpAddress,
    cause: /timed out: no complete answer within 1 s/,
  },
  {
    name: 'HTTP 404 (last month’s address, taken down)',
    dataset: CBP,
    handler: (_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Page Not Found</title>');
    },
    url: cbpAddress,
    cause: /HTTP error 404 Not Found/,
  },
  {
    name: 'HTTP 500',
    dataset: CBP,
    handler: (_request, response) => sendJson(response, { error: 'boom' }, 500),
    url: cbpAddress,
    cause: /HTTP error 500 Internal Server Error/,
  },
  {
    name: 'an HTML page instead of CSV (the page that links to the file)',
    dataset: CBP,
    handler: (_request, response) => sendHtml(response),
    url: cbpAddress,
    cause: /wrong content type "text\/html; charset=utf-8": expected CSV \(text\/csv\)/,
  },
  {
    name: 'a truncated body (Content-Length larger than what is sent)',
    dataset: CBP,
    handler: truncated(cbpFile(committedEncounters()), 'text/csv'),
    url: cbpAddress,
    cause: /truncated body: the connection closed after 200 bytes of the \d+ announced by Content-Length/,
  },
  {
    name: 'a file larger than CBP’s can be',
    dataset: CBP,
    handler: oversize(MAX_FILE_BYTES + 1, 'text/csv'),
    url: cbpAddress,
    cause: new RegExp(`the body is larger than ${MAX_FILE_BYTES} bytes: refusing it`),
  },
  {
    name: 'a file that is not UTF-8 text (a spreadsheet saved in another encoding)',
    dataset: CBP,
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.end(
        Buffer.concat([Buffer.from(cbpFile(committedEncounters().slice(0, 3))), Buffer.from([0xd1, 0x0a])]),
      );
    },
    url: cbpAddress,
    cause: /the body is not valid UTF-8 text/,
  },
  {
    name: 'a file without the columns it reads',
    dataset: CBP,
    handler: (_request, response) =>
      sendCsv(response, 'Fiscal Year,Month,Citizenship,Encounters\n2025,JUN,PERU,40\n'),
    url: cbpAddress,
    cause:
      /unexpected CSV header "Fiscal Year,Month,Citizenship,Encounters": .*missing Month \(abbv\), Land Border Region, Encounter Count/,
  },
  {
    name: 'a citizenship CBP had not named',
    dataset: CBP,
    handler: cbpWith((rows) => [
      ...rows,
      { month: '2025-05', fiscal_year: 2025, citizenship: 'AFGHANISTAN', encounters: 12 },
    ]),
    url: cbpAddress,
    cause: /1 problem in CBP's file: "AFGHANISTAN" is a citizenship CBP had not named/,
    details: [
      /^line \d+: unknown citizenship "AFGHANISTAN": add it with its ISO 3166-1 alpha-3 code to CBP_CITIZENSHIPS in tools\/data-update\/cbp\.ts/,
    ],
  },
  {
    name: 'a count that is not a whole number',
    dataset: CBP,
    handler: (() => {
      const text = cbpFile(committedEncounters().filter((row) => row.fiscal_year >= 2022));
      const lines = text.split('\r\n');
      lines[2] = lines[2]!.replace(/,\d+$/, ',n/a');
      return (_request, response) => sendCsv(response, lines.join('\r\n'));
    })(),
    url: cbpAddress,
    cause: /1 problem in CBP's file/,
    details: ['line 3: Encounter Count must be a whole number (got "n/a")'],
  },
  {
    name: 'a row failing validation (a fiscal year before the table’s first)',
    dataset: CBP,
    handler: cbpWith((rows) => [
      ...rows,
      { month: '2019-09', fiscal_year: 2019, citizenship: 'PER', encounters: 40 },
    ]),
    url: cbpAddress,
    cause: /1 row problem: the new table fails validation/,
    details: [
      /^content\/data\/flows\/cbp-southwest-border-encounters\.csv \(as it would be written\):\d+: fiscal_year: must be 2020 or later \(got "2019"\)$/,
    ],
  },
  {
    name: 'a fiscal year decades ahead',
    dataset: CBP,
    handler: cbpWith((rows) => [
      ...rows,
      { month: '2089-10', fiscal_year: 2090, citizenship: 'PER', encounters: 40 },
    ]),
    url: cbpAddress,
    cause: /1 row problem: the new table fails validation/,
    details: [
      /:\d+: fiscal_year: must be \d{4} or earlier \(a fiscal year that has ended or is under way\) \(got "2090"\)$/,
    ],
  },
  {
    name: 'an implausible jump',
    dataset: CBP,
    handler: cbpWith((rows) => [
      ...rows,
      { month: '2025-06', fiscal_year: 2025, citizenship: 'MEX', encounters: 96_950 },
    ]),
    url: cbpAddress,
    cause: /implausible change, refused \(threshold 200 %, floor 5000\)/,
    details: [
      '2025-06 MEX: encounters is 96950, against 9695 in 2025-05 (+900 %), more than the 200 % allowed',
    ],
  },
  {
    name: 'a dropped row (a month of a fiscal year the file covers)',
    dataset: CBP,
    handler: cbpWith((rows) => rows.filter((row) => !(row.month === '2024-03' && row.citizenship === 'PER'))),
    url: cbpAddress,
    cause: /implausible change, refused/,
    details: ['drops 1 row present now: 2024-03 PER'],
  },
  {
    name: 'a month the table already covers (a back-fill)',
    dataset: CBP,
    handler: cbpWith((rows) => [
      ...rows,
      { month: '2024-03', fiscal_year: 2024, citizenship: 'MMR', encounters: 1 },
    ]),
    url: cbpAddress,
    cause: /implausible change, refused/,
    details: [
      '2024-03 MMR: a new row for 2024-03, a month the table already covers (to 2025-05): back-fills are refused unless --allow-backfill is given',
    ],
  },
  {
    name: 'a complete fiscal year 2025, still declared partial',
    dataset: CBP,
    handler: cbpWith((rows) => [
      ...rows,
      ...['2025-06', '2025-07', '2025-08', '2025-09'].map((month) => ({
        month,
        fiscal_year: 2025,
        citizenship: 'PER',
        encounters: 40,
      })),
    ]),
    url: cbpAddress,
    cause:
      /the partial fiscal years change: update periods\.partial of cbp-southwest-border-encounters in src\/datasets\/registry\.ts as said below, then run the update again/,
    details: [
      `${CBP.file} (as it would be written): fiscal_year: Fiscal year 2025 has all 12 months but is declared partial in src/datasets/registry.ts: remove it from periods.partial (got 2025)`,
    ],
  },
  {
    name: 'a fiscal year begun (2026), not yet declared partial',
    dataset: CBP,
    handler: cbpWith(
      (rows) => [
        ...rows.filter((row) => row.fiscal_year < 2025),
        ...committedEncounters().filter((row) => row.fiscal_year === 2025),
        { month: '2025-10', fiscal_year: 2026, citizenship: 'PER', encounters: 40 },
      ],
      2026,
    ),
    url: cbpAddress,
    cause: /the partial fiscal years change: update periods\.partial/,
    details: [
      /Fiscal year 2026 has 1 of 12 months: declare it in periods\.partial of src\/datasets\/registry\.ts/,
    ],
  },
];

function expectRefused(
  expect: ExpectStatic,
  run: Outcome,
  dataset: UpdatableDataset,
  url: string,
  cause: RegExp,
) {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.stderr).toMatch(new RegExp(`✗ ${dataset.id}: ${cause.source}`));
  expect(run.stderr).toContain(`\n    url: ${url}\n`);
  expect(run.stderr).toContain(`Nothing written: 1 dataset failed (${dataset.id})`);
  expect(run.stdout).not.toContain('Wrote');
}

async function refusesFault(fault: Fault, { expect, onTestFinished }: TestContext): Promise<void> {
  const { dataset, handler, options = {}, url, cause, details = [] } = fault;
  const { server, root } = testResources(onTestFinished);
  const origin =
    handler === 'closed-port' ? `http://127.0.0.1:${await closedPort()}` : (await server(handler)).origin;
  const address = addressOn(origin, dataset);
  const { root: dir, dataDir } = root();
  if (fault.smallWorld) writeFileSync(join(dir, WORLD_BANK.file), smallWorldBankTable());
  const before = fingerprint(dataDir);
  const run = await updateOne(dir, dataset, address, options);
  expectRefused(expect, run, dataset, url(address), cause);
  for (const line of details) {
    if (typeof line === 'string') expect(run.stderr).toContain(`\n    ${line}\n`);
    else
      expect(run.stderr.split('\n').map((entry) => entry.replace(/^ {4}/, ''))).toContainEqual(
        expect.stringMatching(line),
      );
  }
  expect(fingerprint(dataDir)).toEqual(before);
}

const FAULTS = [...WORLD_BANK_FAULTS, ...CBP_FAULTS];

// A port released for the closed-port case could be taken by a server of a case running beside it.
describe('faults of the flow sources: a closed port', () => {
  it.for(FAULTS.filter((fault) => fault.handler === 'closed-port'))('$dataset.id: $name', refusesFault);
});

describe.concurrent(
  'faults of the flow sources: nothing is written, the message names dataset, URL and cause',
  () => {
    it.for(FAULTS.filter((fault) => fault.handler !== 'closed-port'))('$dataset.id: $name', refusesFault);

    it.for([
      {
        dataset: WORLD_BANK,
        handler: worldBankWith((rows) => {
          rows.received_usd.push(worldBankRow('received_usd', 'XKX', 2003, 600_000_000));
        }),
        // The copy of the project gets the small world the stand-in serves.
        table: smallWorldBankTable() as string | undefined,
        row: 'XKX,2003,600000000,,',
      },
      {
        dataset: CBP,
        handler: cbpWith((rows) => [
          ...rows,
          { month: '2024-03', fiscal_year: 2024, citizenship: 'MMR', encounters: 1 },
        ]),
        table: undefined,
        row: '2024-03,2024,MMR,1',
      },
    ])(
      '$dataset.id: accepts a plausible back-fill when asked for with --allow-backfill',
      async ({ dataset, handler, table, row }, { expect, onTestFinished }) => {
        const { server, root } = testResources(onTestFinished);
        const { origin } = await server(handler);
        const { root: dir } = root();
        if (table !== undefined) writeFileSync(join(dir, dataset.file), table);
        const run = await updateOne(dir, dataset, addressOn(origin, dataset), { allowBackfill: true });
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain(`${dataset.id}: 1 row added, 0 removed, 0 changed`);
        expect(readFileSync(join(dir, dataset.file), 'utf8')).toContain(`\n${row}\n`);
      },
    );

    it('the command line exits 1 on a fault of a flow source, and writes nothing', async ({
      expect,
      onTestFinished,
    }) => {
      const { server, root } = testResources(onTestFinished);
      const good = goodHandler();
      const { origin } = await server((request, response, url) =>
        url.pathname.startsWith(`/${CBP.id}`) ? sendHtml(response) : good(request, response, url),
      );
      const { root: dir, dataDir } = root();
      const before = fingerprint(dataDir);
      const run = await runScript(dir, flowSources(origin), { DATA_SOURCE_UNHCR_URL: origin });
      expect(run.stdout).toContain(`${WORLD_BANK.id}: 1 row added, 0 removed, 2 changed`);
      expectRefused(
        expect,
        { ...run, code: run.code ?? -1 },
        CBP,
        addressOn(origin, CBP),
        /wrong content type "text\/html; charset=utf-8"/,
      );
      expect(fingerprint(dataDir)).toEqual(before);
    });

    it('credentials in a source URL are never written to provenance.json nor printed', async ({
      expect,
      onTestFinished,
    }) => {
      const { server, root } = testResources(onTestFinished);
      const worldBank = worldBankWith((rows) => {
        rowOf(rows, 'received_usd', 'PER', 2023).value = 4_447_000_000;
      });
      const good = goodHandler();
      const { origin } = await server((request, response, url) =>
        (url.pathname.includes('/v2/country/') ? worldBank : good)(request, response, url),
      );
      const { root: dir } = root();
      writeFileSync(join(dir, WORLD_BANK.file), smallWorldBankTable());
      const withSecrets = origin.replace('http://', 'http://editor:hunter2@');
      const run = await updateInProcess(
        dir,
        [WORLD_BANK, CBP],
        [
          `${WORLD_BANK.id}=${addressOn(withSecrets, WORLD_BANK)}`,
          `${CBP.id}=${addressOn(withSecrets, CBP)}?token=s3cret&edition=fy22-fy25`,
        ],
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`Wrote ${WORLD_BANK.file}, ${CBP.file}, ${PROVENANCE_PATH}.`);
      const provenance = readFileSync(join(dir, PROVENANCE_PATH), 'utf8');
      for (const secret of ['s3cret', 'hunter2', 'editor:']) {
        expect(provenance).not.toContain(secret);
        expect(run.stdout + run.stderr).not.toContain(secret);
      }
      expect(provenance).toContain(`${addressOn(origin, CBP)}?token=REDACTED&edition=fy22-fy25`);
      expect(provenance).toContain(`${addressOn(origin, WORLD_BANK)}/v2/country/all/indicator/`);
    });
  },
);

// ——— Interruptions ————————————————————————————————————————————————————————————————————

describe.concurrent('an update of the flow tables killed midway', () => {
  it('after its temp files are written: they lie in content/data/flows/, the build ignores them, the next run deletes them', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(goodHandler());
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);
    const env = { DATA_SOURCE_UNHCR_URL: origin, DATA_UPDATE_PAUSE_BEFORE_COMMIT_MS: '30000' };
    const child = startScript(dir, flowSources(origin), env);
    const result = finished(child);
    onTestFinished(() => void child.kill('SIGKILL'));
    await waitForOutput(child, 'pausing 30000 ms before the commit');
    const temps = [WORLD_BANK, CBP].map((dataset) => `flows/.${dataset.id}.csv.tmp-${child.pid}`);
    for (const temp of temps) expect(existsSync(join(dataDir, temp))).toBe(true);
    expect(readFileSync(join(dataDir, temps[0]!), 'utf8')).toBe(revisedWorldBankTable);
    child.kill('SIGKILL');
    expect((await result).signal).toBe('SIGKILL');

    const after = fingerprint(dataDir);
    expect(Object.keys(before).filter((name) => after[name] !== before[name])).toEqual([]);
    expect(Object.keys(after).filter((name) => !(name in before))).toEqual(
      expect.arrayContaining([...temps, '.data-update.lock']),
    );
    expect(checkAllContent(dir)).toEqual([]);

    const next = await runScript(dir, flowSources(origin), { DATA_SOURCE_UNHCR_URL: origin });
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(
      /removed 5 stale temp files: .*flows\/\.cbp-southwest-border-encounters\.csv\.tmp-\d+, flows\/\.wdi-remittances\.csv\.tmp-\d+/,
    );
    expect(readFileSync(join(dir, WORLD_BANK.file), 'utf8')).toBe(revisedWorldBankTable);
    expect(Object.keys(fingerprint(dataDir)).sort()).toEqual(Object.keys(before).sort());
  });

  it('by SIGTERM: the run removes its own temp files in content/data/flows/ and its lock', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(goodHandler());
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);
    const child = startScript(dir, flowSources(origin), {
      DATA_SOURCE_UNHCR_URL: origin,
      DATA_UPDATE_PAUSE_BEFORE_COMMIT_MS: '30000',
    });
    const result = finished(child);
    onTestFinished(() => void child.kill('SIGKILL'));
    await waitForOutput(child, 'before the commit');
    expect(existsSync(join(dataDir, `flows/.${CBP.id}.csv.tmp-${child.pid}`))).toBe(true);
    child.kill('SIGTERM');
    const run = await result;
    expect(run.code).toBe(143);
    expect(fingerprint(dataDir)).toEqual(before);
  });

  it('between its renames: the next run finishes them, checking the flow table it renames', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(goodHandler());
    const { root: dir, dataDir } = root();
    // What a commit leaves when cut off before renaming its flow table: the journal, the temp file.
    writeFileSync(join(dataDir, `flows/.${WORLD_BANK.id}.csv.tmp-777`), revisedWorldBankTable);
    writeFileSync(
      join(dataDir, '.data-update-journal.json'),
      JSON.stringify({
        renames: [{ from: `flows/.${WORLD_BANK.id}.csv.tmp-777`, to: `flows/${WORLD_BANK.id}.csv` }],
      }),
    );
    expect(checkAllContent(dir)).toEqual([
      expect.objectContaining({ message: 'an interrupted update: run npm run data:update to finish it' }),
    ]);
    const run = await runScript(dir, flowSources(origin), { DATA_SOURCE_UNHCR_URL: origin });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `content/data: finished an interrupted update: renamed flows/${WORLD_BANK.id}.csv`,
    );
    // The renamed table is what the source serves: nothing more to change in it.
    expect(run.stdout).toContain(`${WORLD_BANK.id}: no change`);
    expect(readFileSync(join(dir, WORLD_BANK.file), 'utf8')).toBe(revisedWorldBankTable);
    expect(existsSync(join(dataDir, '.data-update-journal.json'))).toBe(false);
  });

  it('a journal whose flow temp file is not a valid table is refused, and nothing is moved', async ({
    expect,
    onTestFinished,
  }) => {
    const { root } = testResources(onTestFinished);
    const { root: dir, dataDir } = root();
    writeFileSync(
      join(dataDir, `flows/.${CBP.id}.csv.tmp-42`),
      'month,fiscal_year,citizenship,encounters\n2025-06,2026,PER,40\n',
    );
    writeFileSync(
      join(dataDir, '.data-update-journal.json'),
      JSON.stringify({ renames: [{ from: `flows/.${CBP.id}.csv.tmp-42`, to: `flows/${CBP.id}.csv` }] }),
    );
    const before = fingerprint(dataDir);
    const run = await runScript(dir, []);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`flows/.${CBP.id}.csv.tmp-42 is not a valid flows/${CBP.id}.csv`);
    expect(run.stderr).toContain('fiscal_year: must be 2025');
    expect(fingerprint(dataDir)).toEqual(before);
  });
});
