import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isScalar, parseDocument } from 'yaml';
import type { ContentProblem } from '../../src/lib/content-problem.ts';
import { stockView } from '../../src/profile/stocks.ts';
import { checkAllContent } from '../../src/check/content.ts';
import { CONTENT_PATHS, readDataset } from '../../src/content/read.ts';
import { DATASETS, datasetFor } from '../../src/datasets/registry.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { OTHERS, WORLD } from '../../src/schemas/stock.ts';
import { editCsvRow, fixtureTag } from '../support/content-fixtures.ts';

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

/*
 * Mistakes are planted by structure, never by finding a committed passage: an editor who rewords a
 * title, retires a tag or updates a table (all of which the check accepts) must not break these tests.
 * A news item or a figure with a mistake is one of the tests' own; a file that cannot take one of
 * ours (a table, a dataset's texts) has the mistake written at a place found by parsing it.
 */

/** The 1-based line of `text` that is exactly `line`; fails when there is none. */
function lineOf(text: string, line: string): number {
  const index = text.split('\n').indexOf(line);
  if (index === -1) throw new Error(`no line ${JSON.stringify(line)}`);
  return index + 1;
}

/** Writes `text` as `file` under `root`; returns it. */
function write(root: string, file: string, text: string): string {
  writeFileSync(join(root, file), text);
  return text;
}

/** A valid news item of the tests' own in `lang`, with `fields` of its frontmatter replaced or added. */
function newsItem(lang: string, body: string, fields: Record<string, string> = {}): string {
  const frontmatter = {
    title: 'A test item',
    date: '2020-11-27',
    summary: 'One sentence.',
    tags: `[${fixtureTag()}]`,
    countries: '[PER]',
    lang,
    ...fields,
  };
  return [
    '---',
    ...Object.entries(frontmatter).map(([key, value]) => `${key}: ${value}`),
    'sources:',
    '  - name: A source',
    '---',
    '',
    body,
  ].join('\n');
}

/**
 * A headline figure of the tests' own, citing `source` (none when undefined), written after the
 * committed figures of `content/profile/facts.yaml` under `root`; returns the line of its id.
 */
function addFact(root: string, id: string, source: string | undefined): number {
  const path = join(root, CONTENT_PATHS.facts);
  const before = readFileSync(path, 'utf8').trimEnd();
  const entry = [
    `${id}:`,
    '  role: context',
    '  order: 99',
    '  kind: statement',
    '  year: 2020',
    ...(source === undefined ? [] : [`  source: ${source}`]),
    '  label:',
    '    en: A figure of the tests',
    '    es: Una cifra de las pruebas',
    '    pt: Um número dos testes',
  ];
  writeFileSync(path, `${before}\n\n${entry.join('\n')}\n`);
  return before.split('\n').length + 2;
}

/**
 * Replaces the scalar at `path` (keys from the top) of the YAML file `file` under `root` with `to`,
 * found by parsing, whatever it says; returns its line.
 */
function plantYaml(root: string, file: string, path: string[], to: string): number {
  const full = join(root, file);
  const text = readFileSync(full, 'utf8');
  const node = parseDocument(text).getIn(path, true);
  if (!isScalar(node) || !node.range) throw new Error(`${file} has no text at ${path.join('.')}`);
  const [start, end] = node.range;
  // A block scalar (>-) ends with its line break: keep it, so the next key stays on its own line.
  const written = text.slice(start, end).replace(/\n+$/, '');
  writeFileSync(full, text.slice(0, start) + to + text.slice(start + written.length));
  return text.slice(0, start).split('\n').length;
}

/**
 * Changes the first row of the table `file` under `root` that `fits` (see `editCsvRow`); returns its
 * line and its cells as they were.
 */
function plantRow(
  root: string,
  file: string,
  fits: (cells: Record<string, string>) => boolean,
  change: (cells: Record<string, string>) => Record<string, string>,
) {
  const path = join(root, file);
  const edited = editCsvRow(readFileSync(path, 'utf8'), fits, change);
  writeFileSync(path, edited.text);
  return edited;
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
      expect(view.total).toBe(countOf('emigrants', WORLD, 2020));
      // Every country the table gives a count, whichever they are once it is updated.
      const countries = written.filter(
        (row) =>
          row.direction === 'emigrants' &&
          Number(row.year) === 2020 &&
          row.iso3 !== WORLD &&
          row.iso3 !== OTHERS &&
          Number(row.count) > 0,
      );
      expect(countries.length).toBeGreaterThan(0);
      const byCode = new Map(view.countries.map((country) => [country.iso3, country.count]));
      expect(byCode.size).toBe(countries.length);
      for (const row of countries) expect(byCode.get(row.iso3!)).toBe(Number(row.count));
      const largest = Math.max(...view.countries.map((country) => country.count));
      expect(view.countries[0]!.count).toBe(largest);
      expect(view.countries[0]!.share).toBeCloseTo(largest / view.total, 10);
    });

    it('gives immigrants in Peru in 2020 with a remainder of other or unknown origin', () => {
      const view = stockView(rows, 'immigrants', 2020);
      expect(view.total).toBe(countOf('immigrants', WORLD, 2020));
      const listed = view.countries.reduce((sum, country) => sum + country.count, 0);
      expect(view.otherOrUnknown.count).toBeGreaterThan(0);
      expect(view.otherOrUnknown.count).toBe(view.total - listed);
    });
  });

  describe('UNHCR series', () => {
    it('reads without problems', () => {
      expect(readDataset(ROOT, REFUGEES).problems).toEqual([]);
    });

    it('reads a blank "other in need" cell as not reported and a figure as that figure', () => {
      // A copy with a blank cell and a figure, whichever cells an update of the table leaves blank.
      const root = copyContent();
      const column = 'other_in_need_of_international_protection';
      const blanked = plantRow(root, REFUGEES.file, () => true, () => ({ [column]: '' }));
      const year = blanked.cells.year;
      plantRow(root, REFUGEES.file, (row) => row.year !== year, (row) => ({ [column]: row[column] || '7' }));
      const refugees = readDataset(root, REFUGEES);
      expect(refugees.problems).toEqual([]);
      const byYear = new Map(refugees.entries.map((entry) => [entry.data.year, entry.data]));
      const written = parseCsv(readFileSync(join(root, REFUGEES.file), 'utf8')).map((record) => record.cells);
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
    blankTitle: 'content/news/en/mistake-blank-title.md',
    impossibleDate: 'content/news/en/mistake-impossible-date.md',
    unknownKey: 'content/news/es/mistake-unknown-key.md',
    mdx: 'content/news/en/mistake-expression.mdx',
    facts: CONTENT_PATHS.facts,
    notes: CONTENT_PATHS.dataNotes,
    datasetTexts: CONTENT_PATHS.datasetTexts,
    stocks: STOCKS.file,
    refugees: REFUGEES.file,
  };
  let root: string;
  let lines: Record<'title' | 'date' | 'titel' | 'foo' | 'fact' | 'stock' | 'refugee' | 'datasetTitle', number>;
  /** The count planted negative in the stock table, as written there. */
  let negative: string;
  let problems: ContentProblem[];

  beforeAll(() => {
    root = copyContent();
    const title = write(root, files.blankTitle, newsItem('en', 'Text.', { title: '"   "' }));
    const date = write(root, files.impossibleDate, newsItem('en', 'Text.', { date: '2020-02-30' }));
    const titel = write(root, files.unknownKey, newsItem('es', 'Texto.', { titel: 'Coyote' }));
    // The expression deep in the body: its line is the file's, not the body's.
    const paragraphs = Array.from({ length: 12 }, (_, index) => `Paragraph ${index + 1}.`).join('\n\n');
    const mdx = write(root, files.mdx, newsItem('en', `${paragraphs}\n\nThe figure is {foo}.\n`));
    const stock = plantRow(
      root,
      files.stocks,
      (row) => Number(row.count) > 0,
      (row) => ({ count: `-${row.count}` }),
    );
    negative = `-${stock.cells.count}`;
    lines = {
      title: lineOf(title, 'title: "   "'),
      date: lineOf(date, 'date: 2020-02-30'),
      titel: lineOf(titel, 'titel: Coyote'),
      foo: lineOf(mdx, 'The figure is {foo}.'),
      fact: addFact(root, 'mistake-unknown-source', 'no-such-source'),
      stock: stock.line,
      refugee: plantRow(
        root,
        files.refugees,
        () => true,
        () => ({ other_in_need_of_international_protection: 'abc' }),
      ).line,
      datasetTitle: plantYaml(root, files.datasetTexts, [REFUGEES.id, 'title', 'en'], '"  "'),
    };
    appendFileSync(
      join(root, files.notes),
      '\nmistake-unknown-country:\n  dataset: ' +
        `${STOCKS.id}\n  iso3: QQQ\n  text:\n    en: A note.\n    es: Una nota.\n    pt: Uma nota.\n`,
    );
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
    expect(lines.titel).toBeGreaterThan(1);
    const problem = problemsIn(problems, files.unknownKey).find((p) => p.field === 'titel');
    expect(problem).toMatchObject({ line: lines.titel, message: expect.stringContaining('titel') });
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
        field: 'mistake-unknown-source.source',
        value: 'no-such-source',
        line: lines.fact + 5,
      }),
    ]);
  });

  it('reports the unknown country of a data note', () => {
    expect(problemsIn(problems, files.notes)).toEqual([
      expect.objectContaining({ field: 'mistake-unknown-country.iso3', value: 'QQQ' }),
    ]);
  });

  it('reports the blank title of a dataset under its id, on the line of the field', () => {
    expect(problemsIn(problems, files.datasetTexts)).toEqual([
      expect.objectContaining({
        field: `${REFUGEES.id}.title.en`,
        line: lines.datasetTitle,
        message: 'must not be blank',
      }),
    ]);
  });

  it('reports a field missing from an entry on the line of the entry', () => {
    const root = copyContent();
    const entry = addFact(root, 'mistake-no-source', undefined);
    const facts = problemsIn(checkAllContent(root), files.facts);
    expect(facts).toEqual([
      expect.objectContaining({ message: 'is required', field: 'mistake-no-source.source', line: entry }),
    ]);
    expect(readFileSync(join(root, files.facts), 'utf8').split('\n')[entry - 1]).toBe('mistake-no-source:');
  });

  it('reports the negative count of the stock table on its CSV line', () => {
    expect(problemsIn(problems, files.stocks)).toEqual([
      expect.objectContaining({
        field: 'count',
        line: lines.stock,
        value: negative,
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
    expect(new Set(problems.map((problem) => problem.file))).toEqual(new Set(Object.values(files)));
  });

  it('makes the content checker exit with status 1 and name every file on stderr', () => {
    const result = runChecker(root);
    expect(result.status).toBe(1);
    for (const file of Object.values(files)) expect(result.stderr).toContain(file);
    expect(result.stderr).toContain(`${files.stocks}:${lines.stock}: count: must not be negative (got "${negative}")`);
    expect(result.stderr).toMatch(new RegExp(`✗ ${problems.length} content problems:`));
  });
});

describe('content with a YAML syntax error in sources.yaml', () => {
  let root: string;
  let line: number;
  let problems: ContentProblem[];

  beforeAll(() => {
    root = copyContent();
    // A line of its own after the committed sources: a value holding ": ", which YAML cannot read.
    const path = join(root, CONTENT_PATHS.sources);
    const text = `${readFileSync(path, 'utf8').trimEnd()}\nmistake: POP/DB: MIG\n`;
    writeFileSync(path, text);
    line = lineOf(text, 'mistake: POP/DB: MIG');
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
