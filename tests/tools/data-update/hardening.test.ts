/**
 * `npm run data:update` against data and files made to slip something past it: rows it would add,
 * journals it did not write, runs racing for its lock, credentials in a source URL. Each case must
 * leave content/data/ as it was (or write only what is sound) and say why.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { readDataset } from '../../../src/content/read.ts';
import {
  fingerprint,
  fixture,
  PROJECT,
  runScript,
  sendCsv,
  testResources,
  UNDESA_ID,
  UNHCR,
  UNHCR_ID,
  unhcrHandler,
  unhcrSources,
  unhcrPages,
} from './support.ts';

/** The UNHCR fixture pages with one more item (a VEN → PER row) on the last page. */
function pagesWith(item: Record<string, unknown>) {
  const pages = unhcrPages();
  const last = pages.at(-1)!;
  last.items.push({ ...last.items.at(-1)!, ...item });
  for (const page of pages) page.total += 1;
  return pages;
}

describe.concurrent('rows an update adds', () => {
  it.for([
    [
      'a year decades ahead',
      { year: 2090, refugees: '5000', asylum_seekers: '530000', oip: '1100000' },
      '2090',
    ],
    [
      'a new year whose count jumps',
      { year: 2026, refugees: '50000000', asylum_seekers: '538328', oip: '1098014' },
      'refugees is 50000000',
    ],
    [
      'a year before the table begins (a back-fill)',
      { year: 1960, refugees: '120', asylum_seekers: '0', oip: '-' },
      '1960',
    ],
  ] as const)('refuses %s, and writes nothing', async ([, item, named], { expect, onTestFinished }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(unhcrHandler(pagesWith(item)));
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);
    const run = await runScript(dir, [], { DATA_SOURCE_UNHCR_URL: origin });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toContain(`✗ ${UNHCR_ID}:`);
    expect(run.stderr).toContain(named);
    expect(fingerprint(dataDir)).toEqual(before);
  });

  it('accepts a plausible back-fill when it is asked for with --allow-backfill', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(
      unhcrHandler(pagesWith({ year: 1992, refugees: '120', asylum_seekers: '0', oip: '-' })),
    );
    const { root: dir } = root();
    const run = await runScript(dir, ['--allow-backfill'], { DATA_SOURCE_UNHCR_URL: origin });
    expect(run.code, run.stderr).toBe(0);
    const years = readDataset(dir, UNHCR).entries.map((entry) => entry.data.year);
    expect(years).toContain(1992);
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
    const target = 'unhcr-venezuela-to-peru.csv';
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

describe.concurrent('credentials in a source URL', () => {
  it('are never written to provenance.json nor printed', async ({ expect, onTestFinished }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server((request, response, url) => {
      if (url.pathname === '/undesa.csv') sendCsv(response, fixture('undesa-good.csv'));
      else unhcrHandler(unhcrPages())(request, response, url);
    });
    const { root: dir, dataDir } = root();
    const withSecrets = origin.replace('http://', 'http://editor:hunter2@');
    const run = await runScript(dir, [
      '--source',
      `${UNDESA_ID}=${withSecrets}/undesa.csv?token=s3cret&api_key=k3y&edition=2020`,
      ...unhcrSources(origin),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const provenance = readFileSync(join(dataDir, 'provenance.json'), 'utf8');
    for (const secret of ['s3cret', 'k3y', 'hunter2', 'editor:']) {
      expect(provenance).not.toContain(secret);
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
    // The address stays useful: where it came from, which edition, with the secrets marked.
    expect(provenance).toContain(`${origin}/undesa.csv?token=REDACTED&api_key=REDACTED&edition=2020`);
  });
});
