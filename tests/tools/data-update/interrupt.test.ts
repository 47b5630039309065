/**
 * Interrupted updates: a run killed while downloading or just before its commit leaves every table
 * as it was and nothing the build reads; the next run cleans up. Also the lock between two runs and
 * the journal that finishes a commit cut off between its renames.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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
import { PROVENANCE_PATH } from '../../../src/content/provenance.ts';
import { checkAllContent } from '../../../src/check/content.ts';
import { readDataset } from '../../../src/content/read.ts';
import {
  finished,
  fingerprint,
  PROJECT,
  runScript,
  startScript,
  testResources,
  UNDESA_2020,
  UNHCR_PERU,
  UNHCR_VEN,
  unhcrApi,
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
/** What the updater writes of the UNHCR datasets, and provenance.json, by file name. */
const PERU_TABLE = basename(UNHCR_PERU.file);
const VEN_TABLE = basename(UNHCR_VEN.file);
const PROVENANCE = basename(PROVENANCE_PATH);
/** The runs below update both UNHCR datasets (the UN DESA ones have no URL, and are skipped). */
const unhcrFrom = (origin: string) => ({ DATA_SOURCE_UNHCR_URL: origin });

// Each run has its own server and copy of the project: the cases run side by side.
describe.concurrent('an update killed midway', () => {
  it('while the body streams in: the tables are untouched, and the next run takes over the lock', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    let streaming: () => void = () => {};
    const started = new Promise<void>((done) => (streaming = done));
    const good = unhcrApi();
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
    const tablesBefore = [UNHCR_PERU, UNHCR_VEN].map((dataset) =>
      readDataset(dir, dataset).entries.map((entry) => entry.data),
    );

    const child = startScript(dir, [], unhcrFrom(origin));
    const result = finished(child);
    await started;
    await new Promise((done) => setTimeout(done, 200));
    child.kill('SIGKILL');
    expect((await result).signal).toBe('SIGKILL');

    // Every data file is byte-identical; the only new file is the dead run's lock (a dot file).
    const after = fingerprint(dataDir);
    expect(compare(before, after)).toEqual({ changed: [], added: [LOCK_FILE] });
    expect(checkAllContent(dir)).toEqual([]);
    expect(
      [UNHCR_PERU, UNHCR_VEN].map((dataset) => readDataset(dir, dataset).entries.map((entry) => entry.data)),
    ).toEqual(tablesBefore);

    // The next run sees that the lock's process is gone, takes it over, and updates.
    slow = false;
    const next = await runScript(dir, [], unhcrFrom(origin));
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/took over the lock left by an interrupted run \(pid \d+\)/);
    expect(next.stdout).toContain(`Wrote ${UNHCR_PERU.file}, ${UNHCR_VEN.file}, ${PROVENANCE_PATH}.`);
    expect(readdirSync(dataDir).sort()).toEqual(DATA_FILES);
  });

  it('after its temp files are written: the tables are untouched, the build ignores the temp files, the next run deletes them', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(unhcrApi());
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);

    const child = startScript(dir, [], { ...unhcrFrom(origin), DATA_UPDATE_PAUSE_BEFORE_COMMIT_MS: '30000' });
    const result = finished(child);
    await waitForOutput(child, 'pausing 30000 ms before the commit');
    const pid = child.pid!;
    const temps = [PERU_TABLE, VEN_TABLE, PROVENANCE].map((name) => tempName(name, pid));
    for (const temp of temps) expect(existsSync(join(dataDir, temp))).toBe(true);
    child.kill('SIGKILL');
    expect((await result).signal).toBe('SIGKILL');

    const after = fingerprint(dataDir);
    expect(compare(before, after)).toEqual({ changed: [], added: [...temps, LOCK_FILE].sort() });
    // Complete new tables sit in the temp files, but under names the build never reads.
    for (const temp of temps.slice(0, 2)) {
      expect(readFileSync(join(dataDir, temp), 'utf8')).toContain('\r\n2025,VEN,PER,5021,529804,1121630\r\n');
    }
    expect(checkAllContent(dir)).toEqual([]);
    for (const dataset of [UNHCR_PERU, UNHCR_VEN]) {
      const row = readDataset(dir, dataset).entries.find(
        ({ data }) => data.year === 2025 && data.origin_iso3 === 'VEN' && data.asylum_country_iso3 === 'PER',
      );
      expect(row?.data.refugees).toBe(4963);
    }

    const next = await runScript(dir, [], unhcrFrom(origin));
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain(`removed 3 stale temp files: ${[...temps].sort().join(', ')}`);
    expect(next.stdout).toContain(`Wrote ${UNHCR_PERU.file}, ${UNHCR_VEN.file}, ${PROVENANCE_PATH}.`);
    expect(readdirSync(dataDir).sort()).toEqual(DATA_FILES);
  });

  it('by SIGTERM: the run removes its own temp files and lock and exits 143', async ({
    expect,
    onTestFinished,
  }) => {
    const { server, root } = testResources(onTestFinished);
    const { origin } = await server(unhcrApi());
    const { root: dir, dataDir } = root();
    const before = fingerprint(dataDir);
    const child = startScript(dir, [], { ...unhcrFrom(origin), DATA_UPDATE_PAUSE_BEFORE_COMMIT_MS: '30000' });
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
    const { origin } = await server(unhcrApi());
    const { root: dir, dataDir } = root();
    const first = startScript(dir, [], { ...unhcrFrom(origin), DATA_UPDATE_PAUSE_BEFORE_COMMIT_MS: '30000' });
    const firstResult = finished(first);
    onTestFinished(() => void first.kill('SIGKILL'));
    await waitForOutput(first, 'before the commit');
    const during = fingerprint(dataDir);

    const second = await runScript(dir, [], unhcrFrom(origin));
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
      { name: VEN_TABLE, data: 'new table\r\n' },
      { name: PROVENANCE, data: '{"datasets": []}\n' },
    ];
    const temps = writeTemps(dataDir, files, 4242);
    // What commitTemps does, stopped after its first rename.
    writeFileSync(
      join(dataDir, JOURNAL_FILE),
      JSON.stringify({ renames: files.map((file, index) => ({ from: temps[index], to: file.name })) }),
    );
    renameSync(join(dataDir, temps[0]!), join(dataDir, files[0]!.name));

    expect(recoverAny(dataDir)).toEqual([`finished an interrupted update: renamed ${PROVENANCE}`]);
    expect(readFileSync(join(dataDir, VEN_TABLE), 'utf8')).toBe('new table\r\n');
    expect(readFileSync(join(dataDir, PROVENANCE), 'utf8')).toBe('{"datasets": []}\n');
    expect(readdirSync(dataDir).sort()).toEqual(DATA_FILES);
  });

  it('a whole commit leaves the new files and nothing else; a read-only table stays read-only', () => {
    const { dataDir } = root();
    const table = join(dataDir, basename(UNDESA_2020.file));
    const mode = statSync(table).mode & 0o777;
    const files = [{ name: basename(UNDESA_2020.file), data: 'x\r\n' }];
    commitTemps(dataDir, files, writeTemps(dataDir, files));
    expect(readFileSync(table, 'utf8')).toBe('x\r\n');
    expect(statSync(table).mode & 0o777).toBe(mode);
    expect(readdirSync(dataDir).sort()).toEqual(DATA_FILES);
    expect(recoverAny(dataDir)).toEqual([]);
  });

  it('a commit that fails after its journal says so and keeps the journal for the next run', () => {
    const { dataDir } = root();
    const files = [
      { name: VEN_TABLE, data: 'new table\r\n' },
      { name: PROVENANCE, data: '{"datasets": []}\n' },
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
