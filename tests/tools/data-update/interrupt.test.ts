/**
 * Interrupted updates: a run killed while downloading or just before its commit leaves every table
 * as it was and nothing the build reads; the next run cleans up. Also the lock between two runs and
 * the journal that finishes a commit cut off between its renames.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CommitInterrupted,
  commitTemps,
  JOURNAL_FILE,
  LOCK_FILE,
  recover,
  tempName,
  writeTemps,
} from '../../../tools/data-update/commit.ts';
import { checkAllContent, readDataset } from '../../../src/content/read.ts';
import {
  finished,
  fingerprint,
  PROJECT,
  runScript,
  startScript,
  testResources,
  UNHCR,
  unhcrHandler,
  unhcrSources,
  unhcrPages,
  useTestResources,
  waitForOutput,
} from './support.ts';

/**
 * `recover` with every file of the data folder as a possible target and every content accepted: these
 * cases are about the renames; what a journal may name and hold is tested in hardening.test.ts.
 */
const recoverAny = (dataDir: string) => recover(dataDir, new Set(readdirSync(dataDir)), () => undefined);

const { root } = useTestResources();

/** Files of `before` that are unchanged in `after`, and the names `after` adds. */
function compare(before: Record<string, string>, after: Record<string, string>) {
  return {
    changed: Object.keys(before).filter((name) => after[name] !== before[name]),
    added: Object.keys(after).filter((name) => !(name in before)),
  };
}

/** The files of content/data/ as the project has them: a run must leave exactly these behind. */
const DATA_FILES = readdirSync(join(PROJECT, 'content/data')).sort();

// Each run has its own server and copy of the project: the cases run side by side.
describe.concurrent('an update killed midway', () => {
  it('while the body streams in: the tables are untouched, and the next run takes over the lock', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    let streaming: () => void = () => {};
    const started = new Promise<void>((done) => (streaming = done));
    const good = unhcrHandler(unhcrPages());
    let slow = true;
    const { origin } = await server((request, response, url) => {
      if (!slow) return good(request, response, url);
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      response.write('{"page": 1, "maxPages": 2, "items": [');
      const timer = setInterval(() => response.write(' '), 20);
      response.on('close', () => clearInterval(timer));
      streaming();
    });
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);
    const refugeesBefore = readDataset(dir, UNHCR).entries.map((entry) => entry.data);

    const child = startScript(dir, unhcrSources(origin));
    const result = finished(child);
    await started;
    await new Promise((done) => setTimeout(done, 200));
    child.kill('SIGKILL');
    expect((await result).signal).toBe('SIGKILL');

    // Every data file is byte-identical; the only new file is the dead run's lock (a dot file).
    const after = fingerprint(dataDir);
    expect(compare(before, after)).toEqual({ changed: [], added: [LOCK_FILE] });
    expect(checkAllContent(dir)).toEqual([]);
    expect(readDataset(dir, UNHCR).entries.map((entry) => entry.data)).toEqual(refugeesBefore);

    // The next run sees that the lock's process is gone, takes it over, and updates.
    slow = false;
    const next = await runScript(dir, unhcrSources(origin));
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/took over the lock left by an interrupted run \(pid \d+\)/);
    expect(readdirSync(dataDir).sort()).toEqual(DATA_FILES);
  });

  it('after its temp files are written: the tables are untouched, the build ignores the temp files, the next run deletes them', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(unhcrHandler(unhcrPages()));
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);

    const child = startScript(dir, unhcrSources(origin), {
      DATA_UPDATE_PAUSE_BEFORE_COMMIT_MS: '30000',
    });
    const result = finished(child);
    await waitForOutput(child, 'pausing 30000 ms before the commit');
    const pid = child.pid!;
    const temps = [tempName('unhcr-venezuela-to-peru.csv', pid), tempName('provenance.json', pid)];
    for (const temp of temps) expect(existsSync(join(dataDir, temp))).toBe(true);
    child.kill('SIGKILL');
    expect((await result).signal).toBe('SIGKILL');

    const after = fingerprint(dataDir);
    expect(compare(before, after)).toEqual({ changed: [], added: [...temps, LOCK_FILE].sort() });
    // Complete new tables sit in the temp files, but under names the build never reads.
    expect(readFileSync(join(dataDir, temps[0]!), 'utf8')).toContain('2025,VEN,PER,5021,529804,1121630');
    expect(checkAllContent(dir)).toEqual([]);
    expect(readDataset(dir, UNHCR).entries.find((entry) => entry.data.year === 2025)?.data.refugees).toBe(
      4963,
    );

    const next = await runScript(dir, unhcrSources(origin));
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain(`removed 2 stale temp files: ${[...temps].sort().join(', ')}`);
    expect(next.stdout).toContain(`Wrote ${UNHCR.file}, content/data/provenance.json.`);
    expect(readdirSync(dataDir).sort()).toEqual(DATA_FILES);
  });

  it('by SIGTERM: the run removes its own temp files and lock and exits 143', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(unhcrHandler(unhcrPages()));
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);
    const child = startScript(dir, unhcrSources(origin), {
      DATA_UPDATE_PAUSE_BEFORE_COMMIT_MS: '30000',
    });
    const result = finished(child);
    await waitForOutput(child, 'before the commit');
    child.kill('SIGTERM');
    const run = await result;
    expect(run.code).toBe(143);
    expect(run.stderr).toContain('interrupted by SIGTERM: nothing written.');
    expect(fingerprint(dataDir)).toEqual(before);
  });
});

describe.concurrent('the lock', () => {
  it('refuses a second run while one is running, and writes nothing', async ({ expect, onTestFinished }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(unhcrHandler(unhcrPages()));
    const { root: dir, dataDir } = root();
    const first = startScript(dir, unhcrSources(origin), {
      DATA_UPDATE_PAUSE_BEFORE_COMMIT_MS: '30000',
    });
    const firstResult = finished(first);
    onTestFinished(() => void first.kill('SIGKILL'));
    await waitForOutput(first, 'before the commit');
    const during = fingerprint(dataDir);

    const second = await runScript(dir, unhcrSources(origin));
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`another data update (pid ${first.pid}`);
    expect(second.stderr).toContain('Nothing written');
    // The second run touched nothing, not even the first run's temp files.
    expect(fingerprint(dataDir)).toEqual(during);

    first.kill('SIGTERM');
    expect((await firstResult).code).toBe(143);
  });
});

describe('the commit journal', () => {
  it('finishes the renames of a commit cut off between two of them', () => {
    const { dataDir } = root();
    const files = [
      { name: 'unhcr-venezuela-to-peru.csv', data: 'new table\r\n' },
      { name: 'provenance.json', data: '{"datasets": []}\n' },
    ];
    const temps = writeTemps(dataDir, files, 4242);
    // What commitTemps does, stopped after its first rename.
    writeFileSync(
      join(dataDir, JOURNAL_FILE),
      JSON.stringify({ renames: files.map((file, index) => ({ from: temps[index], to: file.name })) }),
    );
    renameSync(join(dataDir, temps[0]!), join(dataDir, files[0]!.name));

    expect(recoverAny(dataDir)).toEqual(['finished an interrupted update: renamed provenance.json']);
    expect(readFileSync(join(dataDir, 'unhcr-venezuela-to-peru.csv'), 'utf8')).toBe('new table\r\n');
    expect(readFileSync(join(dataDir, 'provenance.json'), 'utf8')).toBe('{"datasets": []}\n');
    expect(readdirSync(dataDir).sort()).toEqual(DATA_FILES);
  });

  it('a whole commit leaves the new files and nothing else; a read-only table stays read-only', () => {
    const { dataDir } = root();
    const mode = statSync(join(dataDir, 'undesa-ims2020-peru.csv')).mode & 0o777;
    const files = [{ name: 'undesa-ims2020-peru.csv', data: 'x\r\n' }];
    commitTemps(dataDir, files, writeTemps(dataDir, files));
    expect(readFileSync(join(dataDir, 'undesa-ims2020-peru.csv'), 'utf8')).toBe('x\r\n');
    expect(statSync(join(dataDir, 'undesa-ims2020-peru.csv')).mode & 0o777).toBe(mode);
    expect(readdirSync(dataDir).sort()).toEqual(DATA_FILES);
    expect(recoverAny(dataDir)).toEqual([]);
  });

  it('a commit that fails after its journal says so and keeps the journal for the next run', () => {
    const { dataDir } = root();
    const files = [
      { name: 'unhcr-venezuela-to-peru.csv', data: 'new table\r\n' },
      { name: 'provenance.json', data: '{"datasets": []}\n' },
    ];
    const temps = writeTemps(dataDir, files, 4343);
    // The second rename fails: its temp file is gone.
    rmSync(join(dataDir, temps[1]!));
    expect(() => commitTemps(dataDir, files, temps, 4343)).toThrow(CommitInterrupted);
    expect(existsSync(join(dataDir, JOURNAL_FILE))).toBe(true);
    expect(recoverAny(dataDir)).toEqual(['finished an interrupted update: its renames were already done']);
    expect(readdirSync(dataDir).sort()).toEqual(DATA_FILES);
  });
});
