/**
 * `npm run data:update` against data and files made to slip something past it: rows it would add,
 * journals it did not write, runs racing for its lock, credentials in a source URL. Each case must
 * leave content/data/ as it was (or write only what is sound) and say why.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'vitest';
import { PROVENANCE_PATH } from '../../../src/content/provenance.ts';
import { readDataset } from '../../../src/content/read.ts';
import {
  addressOn,
  fingerprint,
  fixture,
  sendCsv,
  sourceFlags,
  goodHandler,
  PROJECT,
  runScript,
  testResources,
  UNDESA_2020,
  UNHCR_PERU,
  UNHCR_VEN,
  unhcrAnswer,
  unhcrApi,
  unhcrItem,
  unhcrItems,
} from './support.ts';

/** The stand-in API's items with one more Venezuela → Peru item, with `counts`. */
function itemsWith(year: number, counts: Parameters<typeof unhcrItem>[3]) {
  return [...unhcrItems(), unhcrItem(year, 'VEN', 'PER', counts)];
}

/** The UNHCR datasets: both hold the Venezuela → Peru series, so a row added to it reaches both. */
const UNHCR = [UNHCR_PERU, UNHCR_VEN];

describe.concurrent('rows an update adds', () => {
  it.for([
    {
      name: 'a year decades ahead',
      year: 2090,
      counts: { refugees: '5000', asylum_seekers: '530000', oip: '1100000' },
      named: '2090',
    },
    {
      name: 'a new year whose count jumps',
      year: 2026,
      counts: { refugees: '50000000', asylum_seekers: '538328', oip: '1098014' },
      named: 'refugees is 50000000',
    },
    {
      name: 'a year before the table begins (a back-fill)',
      year: 1960,
      counts: { refugees: '120', asylum_seekers: '0' },
      named: '1960',
    },
  ])('refuses $name in both UNHCR tables, and writes nothing', async (added, { expect, onTestFinished }) => {
    const { server, root } = testResources(onTestFinished);
    const items = itemsWith(added.year, added.counts);
    // The API answers up to the yearTo asked: a year decades ahead comes only from one that ignores it.
    const { origin } = await server(
      unhcrApi(items, (_answer, request) => unhcrAnswer(items, { ...request, yearTo: Infinity })),
    );
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);
    const run = await runScript(dir, [], { DATA_SOURCE_UNHCR_URL: origin });
    expect(run.code, run.stdout).toBe(1);
    // Each failure, from its ✗ line to the next: both name the row.
    const failures = run.stderr.split(/^(?=✗ )/m);
    expect(failures.map((failure) => /^✗ ([a-z0-9-]+):/.exec(failure)?.[1])).toEqual(
      UNHCR.map((dataset) => dataset.id),
    );
    for (const failure of failures) expect(failure).toContain(added.named);
    expect(run.stderr).toContain(`Nothing written: 2 datasets failed (${UNHCR_PERU.id}, ${UNHCR_VEN.id})`);
    expect(fingerprint(dataDir)).toEqual(before);
  });

  it('accepts a plausible back-fill when it is asked for with --allow-backfill', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(unhcrApi(itemsWith(1992, { refugees: '120', asylum_seekers: '0' })));
    const { root: dir } = root();
    const run = await runScript(dir, ['--allow-backfill'], { DATA_SOURCE_UNHCR_URL: origin });
    expect(run.code, run.stderr).toBe(0);
    for (const dataset of UNHCR) {
      const row = readDataset(dir, dataset).entries.find(
        ({ data }) => data.year === 1992 && data.origin_iso3 === 'VEN' && data.asylum_country_iso3 === 'PER',
      );
      expect(row?.data).toMatchObject({ refugees: 120, asylum_seekers: 0 });
    }
  });
});

describe.concurrent('journals', () => {
  it('refuses to replay a journal that names files the updater does not write, and moves nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const { root } = testResources(onTestFinished);
    const { root: dir, dataDir } = root();
    writeFileSync(
      join(dataDir, '.data-update-journal.json'),
      JSON.stringify({ renames: [{ from: 'notes.yaml', to: 'provenance.json' }] }),
    );
    const before = fingerprint(dataDir);
    const run = await runScript(dir, []);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot be replayed');
    expect(run.stderr).toContain('"notes.yaml", not a temp file of provenance.json written by the updater');
    expect(run.stdout).not.toContain('No change');
    expect(fingerprint(dataDir)).toEqual(before);
  });

  it('refuses to replay a temp file that is not a valid table', async ({ expect, onTestFinished }) => {
    const { root } = testResources(onTestFinished);
    const { root: dir, dataDir } = root();
    const target = basename(UNHCR_VEN.file);
    writeFileSync(join(dataDir, `.${target}.tmp-42`), 'year,refugees\n2025,oops\n');
    writeFileSync(
      join(dataDir, '.data-update-journal.json'),
      JSON.stringify({ renames: [{ from: `.${target}.tmp-42`, to: target }] }),
    );
    const before = fingerprint(dataDir);
    const run = await runScript(dir, []);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`is not a valid ${target}`);
    expect(fingerprint(dataDir)).toEqual(before);
  });

  it('--dry-run does not pass over a pending journal: it says to finish it, and changes nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const { root } = testResources(onTestFinished);
    const { root: dir, dataDir } = root();
    writeFileSync(join(dataDir, '.data-update-journal.json'), JSON.stringify({ renames: [] }));
    const before = fingerprint(dataDir);
    const run = await runScript(dir, ['--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('an interrupted update is pending');
    expect(run.stderr).toContain('without --dry-run');
    expect(fingerprint(dataDir)).toEqual(before);
  });
});

describe('the lock', () => {
  /**
   * Starts a process that tries to take the lock of `dir` and says whether it got it. A holder keeps
   * the lock until `release` is called, so that a slow contender (the machine may be busy) cannot
   * find it already released and take it in turn.
   */
  function contender(dir: string): { outcome: Promise<string>; release: () => Promise<void> } {
    const script = `
      import { acquireLock } from ${JSON.stringify(join(PROJECT, 'tools/data-update/commit.ts'))};
      try {
        const lock = acquireLock(${JSON.stringify(dir)});
        console.log('held');
        process.stdin.on('end', () => lock.release()).resume();
      } catch (error) {
        console.log('refused: ' + error.message);
      }`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((done, fail) => {
      child.on('error', fail);
      child.on('close', () => done());
    });
    const outcome = new Promise<string>((done, fail) => {
      let out = '';
      child.on('error', fail);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) done(out.trim());
      });
      child.on('close', () => done(out.trim()));
    });
    return {
      outcome,
      release: async () => {
        child.stdin.end();
        await exited;
      },
    };
  }

  it('is held by one run only when several take over a stale lock at the same moment', async ({
    expect,
    onTestFinished,
  }) => {
    const { root } = testResources(onTestFinished);
    for (let round = 0; round < 2; round++) {
      const { dataDir } = root();
      // A lock left by a process that no longer runs (pid 2^22 + 1 is above Linux's pid limit). Its
      // padding makes it slow to read, which widens the moment between judging it stale and taking
      // it over: every run reads it before the first has replaced it, so a takeover that is not
      // atomic lets several of them hold the lock, every time.
      const stale = { pid: 4194305, startedAt: 'earlier', padding: ' '.repeat(48_000_000) };
      writeFileSync(join(dataDir, '.data-update.lock'), JSON.stringify(stale));
      const contenders = Array.from({ length: 6 }, () => contender(dataDir));
      const outcomes = await Promise.all(contenders.map((each) => each.outcome));
      await Promise.all(contenders.map((each) => each.release()));
      expect(
        outcomes.filter((outcome) => outcome === 'held'),
        outcomes.join('\n'),
      ).toHaveLength(1);
    }
  }, 60_000);
});

describe.concurrent('a downloaded table whose country names hold a line ending or markup', () => {
  it.for([
    ['a carriage return', '"United\rStates"'],
    ['a line break', '"United\nStates"'],
    ['HTML', '<b>United States</b>'],
  ] as const)(
    'is refused with %s named, printed escaped, and nothing is written',
    async ([, name], { expect, onTestFinished }) => {
      const { server, root } = testResources(onTestFinished);
      const good = goodHandler();
      const table = fixture('undesa-good.csv').replaceAll(',United States,', `,${name},`);
      const { origin } = await server((request, response, url) =>
        url.pathname === `/${UNDESA_2020.id}.csv` ? sendCsv(response, table) : good(request, response, url),
      );
      const { root: dir } = root();
      const before = fingerprint(dir);
      // Every dataset from the test server, so that only the table with the bad name fails.
      const run = await runScript(dir, sourceFlags(origin));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Nothing written: 1 dataset failed (${UNDESA_2020.id})`);
      expect(run.stderr).toMatch(/country: must (be one line of text|not contain < or >)/);
      // A carriage return printed raw would send the terminal back to overwrite the line.
      expect(run.stdout + run.stderr).not.toMatch(/\r/);
      expect(fingerprint(dir)).toEqual(before);
    },
  );
});

describe.concurrent('credentials in a source URL', () => {
  it.for([
    ['a --source flag', (url: string) => ({ args: ['--source', `${UNDESA_2020.id}=${url}`], env: {} })],
    [
      'a --source flag naming no dataset',
      (url: string) => ({ args: ['--source', `nothing=${url}`], env: {} }),
    ],
    ['a DATA_SOURCE_* variable', (url: string) => ({ args: [], env: { [UNDESA_2020.update!.urlEnv]: url } })],
  ] as const)(
    'are not printed from a malformed address given by %s',
    async ([, given], { expect, onTestFinished }) => {
      const { root } = testResources(onTestFinished);
      const { root: dir } = root();
      const before = fingerprint(dir);
      for (const url of [
        'https://u:pw@127.0.0.1:99999/x.csv',
        'HTTPS://u:pw@127.0.0.1:99999/x.csv?token=tok3n',
      ]) {
        const { args, env } = given(url);
        const run = await runScript(dir, args, env);
        const output = run.stdout + run.stderr;
        expect(run.code, output).not.toBe(0);
        for (const secret of ['u:pw', ':pw@', 'tok3n']) expect(output).not.toContain(secret);
        // An https address is not called "not an http:// or https:// URL".
        expect(output).not.toContain('not an http:// or https:// URL');
        if (!args.some((arg) => arg.startsWith('nothing=')))
          expect(output).toContain('its port 99999 is over 65535');
      }
      expect(fingerprint(dir)).toEqual(before);
    },
  );

  it('are never written to provenance.json nor printed', async ({ expect, onTestFinished }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(goodHandler());
    const { root: dir } = root();
    const withSecrets = origin.replace('http://', 'http://editor:hunter2@');
    const run = await runScript(
      dir,
      [
        '--source',
        `${UNDESA_2020.id}=${addressOn(withSecrets, UNDESA_2020)}?token=s3cret&api_key=k3y&edition=2020`,
      ],
      // Both UNHCR datasets too: one records a query, the other the address its two queries went to.
      { DATA_SOURCE_UNHCR_URL: origin.replace('http://', 'http://reader:letmein@') },
    );
    expect(run.code, run.stderr).toBe(0);
    const provenance = readFileSync(join(dir, PROVENANCE_PATH), 'utf8');
    for (const secret of ['s3cret', 'k3y', 'hunter2', 'editor:', 'letmein', 'reader:']) {
      expect(provenance).not.toContain(secret);
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
    // The address stays useful: where it came from, which edition, with the secrets marked.
    expect(provenance).toContain(
      `${origin}/${UNDESA_2020.id}.csv?token=REDACTED&api_key=REDACTED&edition=2020`,
    );
  });
});
