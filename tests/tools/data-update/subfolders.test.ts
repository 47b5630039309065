/**
 * Tables in a folder of content/data/ (the flow tables, `content/data/flows/`): the commit writes each
 * one's temp file beside it and renames it there, the journal names them by their path under
 * content/data/, and a later run finishes or cleans up what an interrupted one left in that folder.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkJournal,
  commitTemps,
  JOURNAL_FILE,
  recover,
  tempName,
  writeTemps,
} from '../../../tools/data-update/commit.ts';
import { runUpdate } from '../../../tools/data-update/run.ts';
import { addressOn, fingerprint, fixture, NOW, sendCsv, UNDESA_2020, useTestResources } from './support.ts';

const { root, server } = useTestResources();

/** The flow table the tests write, by its path under content/data/. */
const TABLE = 'flows/wdi-remittances.csv';
const TARGETS = new Set([TABLE, 'provenance.json']);
const acceptAny = () => undefined;

/** Every file under `dir` (its folders too), by path under it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('tempName', () => {
  it('puts the temp file of a table in a folder beside it, as a dot file of that folder', () => {
    expect(tempName('provenance.json', 42)).toBe('.provenance.json.tmp-42');
    expect(tempName(TABLE, 42)).toBe('flows/.wdi-remittances.csv.tmp-42');
  });
});

describe('a commit of a table under content/data/flows/', () => {
  it('replaces the table in its folder and leaves nothing else behind', () => {
    const { dataDir } = root();
    const before = filesUnder(dataDir);
    const files = [
      { name: TABLE, data: 'new table\n' },
      { name: 'provenance.json', data: '{"datasets": []}\n' },
    ];
    const temps = writeTemps(dataDir, files, 4242);
    expect(temps).toEqual(['flows/.wdi-remittances.csv.tmp-4242', '.provenance.json.tmp-4242']);
    expect(existsSync(join(dataDir, 'flows/.wdi-remittances.csv.tmp-4242'))).toBe(true);
    commitTemps(dataDir, files, temps, 4242);
    expect(readFileSync(join(dataDir, TABLE), 'utf8')).toBe('new table\n');
    expect(filesUnder(dataDir)).toEqual(before);
  });

  it('is finished by the next run when it was cut off between its renames', () => {
    const { dataDir } = root();
    const before = filesUnder(dataDir);
    const files = [
      { name: 'provenance.json', data: '{"datasets": []}\n' },
      { name: TABLE, data: 'new table\n' },
    ];
    const temps = writeTemps(dataDir, files, 4343);
    writeFileSync(
      join(dataDir, JOURNAL_FILE),
      JSON.stringify({ renames: files.map((file, index) => ({ from: temps[index], to: file.name })) }),
    );
    renameSync(join(dataDir, temps[0]!), join(dataDir, files[0]!.name));

    expect(recover(dataDir, TARGETS, acceptAny)).toEqual([
      `finished an interrupted update: renamed ${TABLE}`,
    ]);
    expect(readFileSync(join(dataDir, TABLE), 'utf8')).toBe('new table\n');
    expect(filesUnder(dataDir)).toEqual(before);
  });

  it('leaves temp files in the folder when killed before its journal: the next run deletes them', () => {
    const { dataDir } = root();
    const before = fingerprint(dataDir);
    writeTemps(dataDir, [{ name: TABLE, data: 'new table\n' }], 4444);
    expect(recover(dataDir, TARGETS, acceptAny)).toEqual([
      'removed 1 stale temp file: flows/.wdi-remittances.csv.tmp-4444',
    ]);
    expect(fingerprint(dataDir)).toEqual(before);
  });
});

describe('a journal naming files in folders', () => {
  it('is replayed only for temp files beside their own table', () => {
    const { dataDir } = root();
    const check = (from: string, to: string) => () =>
      checkJournal(dataDir, { renames: [{ from, to }] }, TARGETS, acceptAny);
    expect(check('flows/.wdi-remittances.csv.tmp-7', TABLE)()).toEqual([
      { from: 'flows/.wdi-remittances.csv.tmp-7', to: TABLE },
    ]);
    // A temp file of the same name in another folder, or outside the data folder, is not the table's.
    expect(check('.wdi-remittances.csv.tmp-7', TABLE)).toThrow(
      'moves ".wdi-remittances.csv.tmp-7", not a temp file of flows/wdi-remittances.csv written by the updater',
    );
    expect(check('world/.wdi-remittances.csv.tmp-7', TABLE)).toThrow('not a temp file of');
    expect(check('flows/../.wdi-remittances.csv.tmp-7', TABLE)).toThrow('not a temp file of');
    // A target is named exactly as the updater names it: no other spelling of the same path.
    expect(check('flows/.x.csv.tmp-7', 'flows/../flows/x.csv')).toThrow('not a file the updater writes');
  });

  it('whose temp file in a folder is not a valid table moves nothing', () => {
    const { dataDir } = root();
    mkdirSync(join(dataDir, 'flows'), { recursive: true });
    writeFileSync(join(dataDir, 'flows/.wdi-remittances.csv.tmp-9'), 'broken');
    writeFileSync(
      join(dataDir, JOURNAL_FILE),
      JSON.stringify({ renames: [{ from: 'flows/.wdi-remittances.csv.tmp-9', to: TABLE }] }),
    );
    const before = fingerprint(dataDir);
    expect(() => recover(dataDir, TARGETS, () => 'no header')).toThrow(
      `flows/.wdi-remittances.csv.tmp-9 is not a valid ${TABLE}: no header`,
    );
    expect(fingerprint(dataDir)).toEqual(before);
  });
});

describe('an update of a table under content/data/flows/', () => {
  it('writes the table in its folder, and nothing at the top of content/data/', async () => {
    const { root: dir, dataDir } = root();
    // The 2020 stock table as if it lived in flows/: the path is the registry's, whatever the table.
    const moved = { ...UNDESA_2020, file: 'content/data/flows/undesa-ims2020-peru.csv' } as const;
    copyFileSync(join(dir, UNDESA_2020.file), join(dir, moved.file));
    const before = fingerprint(dataDir);
    const { origin } = await server((_request, response) => sendCsv(response, fixture('undesa-good.csv')));
    const out: string[] = [];
    const code = await runUpdate({
      root: dir,
      datasets: [moved],
      sources: [`${moved.id}=${addressOn(origin, moved)}`],
      now: new Date(NOW),
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    });
    expect(code, out.join('\n')).toBe(0);
    expect(out).toContain(`Wrote ${moved.file}, content/data/provenance.json.`);
    const after = fingerprint(dataDir);
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed.sort()).toEqual(['flows/undesa-ims2020-peru.csv', 'provenance.json']);
    expect(readFileSync(join(dataDir, 'flows/undesa-ims2020-peru.csv'), 'utf8')).toContain(
      '\r\nemigrants,USA,United States,2020,436102\r\n',
    );
  });
});
