import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/content-problem.ts';
import { stockView } from '../../src/profile/stocks.ts';
import { checkAllContent } from '../../src/check/content.ts';
import { CONTENT_PATHS, readDataset } from '../../src/content/read.ts';
import { DATASETS, datasetFor } from '../../src/datasets/registry.ts';
import { parseCsv } from '../../src/lib/csv.ts';

const ROOT = process.cwd();
const STOCKS = datasetFor('previous-edition', 'stock');
const REFUGEES = datasetFor('refugee-series', 'refugee');
const made: string[] = [];

/** A copy of the project's content/ folder in a fresh temporary directory, usable as a root. */
function copyContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'peru-content-'));
  made.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/**
 * Replaces the first `from` with `to` in `file` under `root` and returns the 1-based line where `to`
 * starts. Fails when `from` is not there, so a change to the real content cannot silently make the
 * mistake disappear.
 */
function plant(root: string, file: string, from: string, to: string): number {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const index = text.indexOf(from);
  if (index === -1) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
  writeFileSync(path, text.slice(0, index) + to + text.slice(index + from.length));
  return text.slice(0, index).split('\n').length;
}

/** Runs the content checker as `npm run check:content` does (with this Node, the project's). */
function runChecker(root: string) {
  return spawnSync(process.execPath, ['tools/check-content.ts', root], {
    cwd: ROOT,
    // Node's compile cache, shared by the runs: each one then spends far less time loading modules.
    env: { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), 'peru-tests-node-compile-cache') },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function problemsIn(problems: readonly ContentProblem[], file: string): ContentProblem[] {
  return problems.filter((problem) => problem.file === file);
}

afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

describe('the real content', () => {
  it('has no problems', () => {
    expect(checkAllContent(ROOT)).toEqual([]);
  });

  it('passes the content checker (exit status 0)', () => {
    const result = runChecker(ROOT);
    expect(result.stderr).not.toMatch(/content problem/);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content is valid');
  });

  // What the tables say, read by the site's code, compared with the CSV files as written: an editor who
  // corrects a cell changes both sides (the figures UN DESA and UNHCR publish are the editors' to
  // check, with the sources; the content check judges what a table may hold).
  const cells = (file: string) => parseCsv(readFileSync(join(ROOT, file), 'utf8')).map((record) => record.cells);

  describe('UN DESA stocks, as the site reads them', () => {
    const stocks = readDataset(ROOT, STOCKS);
    const rows = stocks.entries.map((entry) => entry.data);
    const written = cells(STOCKS.file);
    const countOf = (direction: string, iso3: string, year: number) =>
      Number(written.find((row) => row.direction === direction && row.iso3 === iso3 && Number(row.year) === year)!.count);

    it('reads without problems', () => {
      expect(stocks.problems).toEqual([]);
      expect(rows.length).toBe(written.length);
    });

    it('gives the world total and each country’s count and share of Peruvians abroad in 2020, the largest first', () => {
      const view = stockView(rows, 'emigrants', 2020);
      expect(view.total).toBe(countOf('emigrants', 'WLD', 2020));
      const byCode = new Map(view.countries.map((country) => [country.iso3, country.count]));
      for (const code of ['USA', 'CHL', 'ARG', 'ESP']) expect(byCode.get(code)).toBe(countOf('emigrants', code, 2020));
      const largest = Math.max(...view.countries.map((country) => country.count));
      expect(view.countries[0]!.count).toBe(largest);
      expect(view.countries[0]!.share).toBeCloseTo(largest / view.total, 10);
    });

    it('gives immigrants in Peru in 2020 with a remainder of other or unknown origin', () => {
      const view = stockView(rows, 'immigrants', 2020);
      expect(view.total).toBe(countOf('immigrants', 'WLD', 2020));
      const listed = view.countries.reduce((sum, country) => sum + country.count, 0);
      expect(view.otherOrUnknown.count).toBeGreaterThan(0);
      expect(view.otherOrUnknown.count).toBe(view.total - listed);
    });
  });

  describe('UNHCR series', () => {
    const refugees = readDataset(ROOT, REFUGEES);
    const byYear = new Map(refugees.entries.map((entry) => [entry.data.year, entry.data]));

    it('reads a blank "other in need" cell as not reported and a figure as that figure', () => {
      expect(refugees.problems).toEqual([]);
      const written = cells(REFUGEES.file);
      const blank = written.filter((row) => row.other_in_need_of_international_protection === '');
      const counted = written.filter((row) => row.other_in_need_of_international_protection !== '');
      expect(blank.length).toBeGreaterThan(0);
      expect(counted.length).toBeGreaterThan(0);
      for (const row of blank) expect(byYear.get(Number(row.year))?.other_in_need_of_international_protection).toBeNull();
      for (const row of counted) {
        expect(byYear.get(Number(row.year))).toMatchObject({
          refugees: Number(row.refugees),
          asylum_seekers: Number(row.asylum_seekers),
          other_in_need_of_international_protection: Number(row.other_in_need_of_international_protection),
        });
      }
    });
  });
});

describe('content with mistakes in several files', () => {
  const files = {
    blankTitle: 'content/news/en/quito-process-presidency-2020.md',
    impossibleDate: 'content/news/en/venezuelan-students-2020.md',
    unknownKey: 'content/news/es/operacion-coyote-2020.md',
    mdx: 'content/news/en/regularization-decree-2020.mdx',
    facts: 'content/profile/facts.yaml',
    notes: CONTENT_PATHS.dataNotes,
    datasetTexts: CONTENT_PATHS.datasetTexts,
    stocks: STOCKS.file,
    refugees: REFUGEES.file,
  };
  let root: string;
  let lines: Record<'title' | 'date' | 'foo' | 'fact' | 'stock' | 'refugee' | 'datasetTitle', number>;
  let problems: ContentProblem[];

  beforeAll(() => {
    root = copyContent();
    lines = {
      title: plant(
        root,
        files.blankTitle,
        'title: Peru assumes the pro tempore presidency of the Quito Process',
        'title: "   "',
      ),
      date: plant(root, files.impossibleDate, 'date: 2020-11-30', 'date: 2020-02-30'),
      foo: 0,
      fact: plant(root, files.facts, 'source: inmovilidad-peru-2020', 'source: no-such-source'),
      stock: plant(
        root,
        files.stocks,
        'emigrants,USA,United States,2020,435868',
        'emigrants,USA,United States,2020,-435868',
      ),
      refugee: plant(root, files.refugees, '2018,VEN,PER,735,227325,428214', '2018,VEN,PER,735,227325,abc'),
      datasetTitle: plant(
        root,
        files.datasetTexts,
        '    en: People from Venezuela in need of international protection in Peru',
        '    en: "  "',
      ),
    };
    plant(root, files.unknownKey, 'lang: es\n', 'lang: es\ntitel: Coyote\n');
    plant(root, files.notes, 'iso3: PRK', 'iso3: QQQ');
    const mdxPath = join(root, files.mdx);
    const mdx = readFileSync(mdxPath, 'utf8').replace(/\n*$/, '\n\nThe figure is {foo}.\n');
    writeFileSync(mdxPath, mdx);
    lines.foo = mdx.split('\n').indexOf('The figure is {foo}.') + 1;
    problems = checkAllContent(root);
  });

  it('finds a mistake in every file at once', () => {
    const named = new Set(problems.map((problem) => problem.file));
    for (const file of Object.values(files)) expect(named, `no problem reported for ${file}`).toContain(file);
  });

  it('reports the blank news title on its line', () => {
    expect(problemsIn(problems, files.blankTitle)).toContainEqual(
      expect.objectContaining({ field: 'title', line: lines.title, message: 'must not be blank' }),
    );
  });

  it('reports the unquoted impossible date 2020-02-30 (not rolled over to 1 March)', () => {
    expect(problemsIn(problems, files.impossibleDate)).toContainEqual(
      expect.objectContaining({
        field: 'date',
        line: lines.date,
        value: '2020-02-30',
        message: 'is not a real calendar date',
      }),
    );
  });

  it('reports the unknown key by name, on its own line, without dumping the entry', () => {
    const text = readFileSync(join(root, files.unknownKey), 'utf8');
    const titelLine = text.split('\n').findIndex((line) => line.startsWith('titel:')) + 1;
    expect(titelLine).toBeGreaterThan(1);
    const problem = problemsIn(problems, files.unknownKey).find((p) => p.field === 'titel');
    expect(problem).toMatchObject({ line: titelLine, message: expect.stringContaining('titel') });
    expect(problem).not.toHaveProperty('value');
  });

  it('reports the expression of the MDX body on its file line', () => {
    expect(lines.foo).toBeGreaterThan(20);
    expect(problemsIn(problems, files.mdx)).toEqual([
      expect.objectContaining({ field: 'body', value: expect.stringContaining('foo'), line: lines.foo }),
    ]);
  });

  it('reports the unknown source id of a fact, under the fact id', () => {
    expect(problemsIn(problems, files.facts)).toEqual([
      expect.objectContaining({
        field: 'seed-peruvians-abroad.source',
        value: 'no-such-source',
        line: expect.any(Number),
      }),
    ]);
  });

  it('reports the unknown country of a data note', () => {
    expect(problemsIn(problems, files.notes)).toEqual([
      expect.objectContaining({ field: 'undesa-2024-prk-korea.iso3', value: 'QQQ' }),
    ]);
  });

  it('reports the blank title of a dataset under its id, on the line of the field', () => {
    expect(problemsIn(problems, files.datasetTexts)).toEqual([
      expect.objectContaining({
        field: 'unhcr-venezuela-to-peru.title.en',
        line: lines.datasetTitle,
        message: 'must not be blank',
      }),
    ]);
  });

  it('reports a field missing from an entry on the line of the entry', () => {
    const root = copyContent();
    const entry = plant(root, files.facts, '  source: inmovilidad-peru-2020\n', '');
    const facts = problemsIn(checkAllContent(root), files.facts);
    expect(facts).toEqual([expect.objectContaining({ message: 'is required', field: expect.stringMatching(/\.source$/) })]);
    const text = readFileSync(join(root, files.facts), 'utf8').split('\n');
    const id = facts[0]!.field.replace(/\.source$/, '');
    expect(facts[0]!.line).toBe(text.indexOf(`${id}:`) + 1);
    expect(facts[0]!.line).toBeLessThan(entry);
  });

  it('reports the negative count of the stock table on its CSV line', () => {
    expect(problemsIn(problems, files.stocks)).toEqual([
      expect.objectContaining({
        field: 'count',
        line: lines.stock,
        value: '-435868',
        message: 'must not be negative',
      }),
    ]);
  });

  it('reports the non-numeric cell of the refugee table on its CSV line', () => {
    expect(problemsIn(problems, files.refugees)).toEqual([
      expect.objectContaining({
        field: 'other_in_need_of_international_protection',
        line: lines.refugee,
        value: 'abc',
      }),
    ]);
  });

  it('leaves the files without mistakes alone', () => {
    expect(problemsIn(problems, 'content/sources.yaml')).toEqual([]);
    expect(problemsIn(problems, 'content/news/en/coyote-2020-operation.md')).toEqual([]);
    expect(problemsIn(problems, 'src/datasets/registry.ts')).toEqual([]);
  });

  it('makes the content checker exit with status 1 and name every file on stderr', () => {
    const result = runChecker(root);
    expect(result.status).toBe(1);
    for (const file of Object.values(files)) expect(result.stderr).toContain(file);
    expect(result.stderr).toContain(
      `${files.stocks}:${lines.stock}: count: must not be negative (got "-435868")`,
    );
    expect(result.stderr).toMatch(new RegExp(`✗ ${problems.length} content problems:`));
  });
});

describe('content with a YAML syntax error in sources.yaml', () => {
  let root: string;
  let line: number;
  let problems: ContentProblem[];

  beforeAll(() => {
    root = copyContent();
    line = plant(root, 'content/sources.yaml', 'edition: POP/DB/MIG/Stock/Rev.2020', 'edition: POP/DB: MIG');
    problems = checkAllContent(root);
  });

  it('reports the syntax error on its line', () => {
    expect(line).toBeGreaterThan(1);
    expect(problemsIn(problems, 'content/sources.yaml')).toEqual([
      expect.objectContaining({ line, field: '', message: expect.stringMatching(/^YAML syntax error: /) }),
    ]);
  });

  it('then refuses every source id, since no source could be read', () => {
    expect(
      problemsIn(problems, 'src/datasets/registry.ts')
        .map((problem) => problem.value)
        .sort(),
    ).toEqual(
      DATASETS.map((dataset) => dataset.source as string).sort(),
    );
    const facts = problemsIn(problems, 'content/profile/facts.yaml');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((problem) => problem.field.endsWith('.source'))).toBe(true);
  });

  it('makes the content checker exit with status 1 and name sources.yaml', () => {
    const result = runChecker(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`content/sources.yaml:${line}: YAML syntax error`);
  });
});
