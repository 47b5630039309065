/**
 * Content written by someone with commit access who means harm, or by mistake: every case must be
 * refused by the content checker with a message that names the file, the line where there is one,
 * and what is wrong. (tests/site/build/hostile-content.test.ts checks that the build refuses the same
 * cases with the same messages.)
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAllContent } from '../../src/check/content.ts';
import { checkNewsFile, readNewsContext } from '../../src/news/files.ts';
import { describeProblem, type ContentProblem } from '../../src/lib/content-problem.ts';
import { OTHERS, WORLD } from '../../src/schemas/stock.ts';
import { editCsvRow, fixtureFactId, fixtureTag } from '../support/content-fixtures.ts';

const made: string[] = [];
/** The tags and headline figures of the committed content, which news files are checked against. */
const context = readNewsContext(process.cwd());
/**
 * A tag and a headline figure of the committed content, whichever they are: the test items are valid
 * but for the one mistake each case makes, whatever tags and figures editors add or retire.
 */
const TAG = fixtureTag();
const FACT = fixtureFactId();
afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

/** A copy of content/ with `files` written into it (paths from the project root). */
function contentWith(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'peru-hostile-'));
  made.push(root);
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A valid news item of `lang` with `body`, and optional fields replaced. */
function item(lang: 'es' | 'en', body: string, fields: Record<string, string> = {}): string {
  const frontmatter = {
    title: 'A test item',
    date: '2020-11-27',
    summary: 'One sentence.',
    tags: `[${TAG}]`,
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

/** The line of the body's first line in a file written by `item` with no extra fields. */
const BODY_LINE = 12;

const lines = (problems: readonly ContentProblem[]) => problems.map(describeProblem);

describe('MDX cannot run code at build time', () => {
  it.each([
    ['an import of the file system', "import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd', 'utf8')}", ['import', '{fs.readFileSync']],
    ['an export read back', 'export const x = process.env.HOME\n\n{x}', ['export', '{x}']],
    ['a constructor reaching process', "{''.constructor.constructor('return process')().env.HOME}", ["{''.constructor"]],
    ['a child process', "import {execSync} from 'node:child_process'\n\n{execSync('id')}", ['import', '{execSync']],
    ['an attribute computed by JavaScript', '## Part\n\n<ProfileFact id={process.env.HOME} />', ['id={…}']],
    ['a spread attribute', '## Part\n\n<ProfileFact {...globalThis} />', ['{...globalThis}']],
    ['a component the site does not provide', '<Script src="x" />', ['<Script>']],
  ])('refuses %s, naming the construct and its line', (_, body, constructs) => {
    const file = 'content/news/en/hostile.mdx';
    const { problems } = checkNewsFile(file, item('en', body), context);
    expect(problems.map((problem) => problem.value)).toEqual(
      constructs.map((construct) => expect.stringContaining(construct)),
    );
    for (const problem of problems) {
      expect(problem.file).toBe(file);
      expect(problem.field).toBe('body');
      expect(problem.line).toBeGreaterThanOrEqual(BODY_LINE);
    }
  });

  it('still accepts the provided component with literal attributes', () => {
    const { problems } = checkNewsFile('content/news/en/fine.mdx', item('en', `## Part\n\n<ProfileFact id="${FACT}" />`), context);
    expect(problems).toEqual([]);
  });
});

describe('raw HTML in a body cannot run code, redirect readers or restyle the site', () => {
  it.each([
    ['a refresh to another site', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', '<meta>'],
    ['a script', '<script>alert(1)</script>', '<script>'],
    ['a frame', '<iframe src="https://evil.example/"></iframe>', '<iframe>'],
    ['an event handler', '<b onclick="alert(1)">x</b>', 'onclick on <b>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'href="javascript:alert(1)"'],
    ['a data: link', '[x](data:text/html,<script>alert(1)</script>)', 'href="data:text/html'],
    ['a Markdown javascript: link', '[x](javascript:alert(1))', 'href="javascript:alert(1)"'],
    ['a form', '<form action="https://evil.example/"><button>Go</button></form>', '<form>'],
    ['a style sheet', '<style>body { display: none }</style>', '<style>'],
    ['a style attribute', '<p style="display:none">x</p>', 'style on <p>'],
    ['a link that opens a window', '<a href="https://example.org/" target="_blank">x</a>', 'target on <a>'],
    ['an object', '<object data="x.swf"></object>', '<object>'],
    ['an embed', '<embed src="x.swf">', '<embed>'],
    ['a base address', '<base href="https://evil.example/">', '<base>'],
    ['a linked style sheet', '<link rel="stylesheet" href="https://evil.example/x.css">', '<link>'],
  ])('refuses %s in .md and in .mdx', (_, html, construct) => {
    for (const extension of ['md', 'mdx']) {
      const file = `content/news/en/hostile.${extension}`;
      const { problems } = checkNewsFile(file, item('en', `Some text.\n\n${html}\n`), context);
      expect(problems.length, `${extension}: ${lines(problems).join('\n')}`).toBeGreaterThan(0);
      expect(problems.every((problem) => problem.file === file && problem.line === BODY_LINE + 2)).toBe(true);
      // MDX reads an HTML tag as JSX: one it cannot parse (an unclosed <meta>) is refused as a syntax error.
      const named = problems.some((problem) => String(problem.value).includes(construct));
      const unparsable = extension === 'mdx' && problems.some((problem) => problem.message.startsWith('MDX syntax error'));
      expect(named || unparsable, lines(problems).join('\n')).toBe(true);
    }
  });

  it('keeps harmless HTML and plain links', () => {
    const body = 'A <abbr title="Temporary Residence Permit">PTP</abbr><sup>1</sup>, [a page](https://example.org/), [mail](mailto:a@example.org), [here](/en/news/).';
    for (const extension of ['md', 'mdx']) {
      expect(checkNewsFile(`content/news/en/fine.${extension}`, item('en', body), context).problems).toEqual([]);
    }
  });
});

describe('text fields', () => {
  it.each([
    ['a start-of-heading', '\u0001', 'U+0001'],
    ['a vertical tab', '\u000b', 'U+000B'],
    ['an escape', '\u001b[31m', 'U+001B'],
  ])('refuses a title with %s, naming the field', (_, character, code) => {
    const file = 'content/news/en/control.md';
    const { problems } = checkNewsFile(file, item('en', 'Text.', { title: `"A title${character} with it"` }), context);
    expect(lines(problems)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:2: title: must not contain control characters \\(${code.replace('+', '\\+')} `)),
    ]);
  });
});

describe('YAML', () => {
  it('refuses an alias bomb with the file and line, without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]'];
    const file = 'content/news/en/bomb.md';
    const text = item('en', 'x').replace('---\n', `---\n${bomb.join('\n')}\n`);
    const { problems } = checkNewsFile(file, text, context);
    expect(lines(problems)).toEqual([
      `${file}:3: YAML aliases (*name) are not allowed (got "*a"); fix: write the value out in full`,
      `${file}:4: YAML aliases (*name) are not allowed (got "*b"); fix: write the value out in full`,
    ]);
  });

  it('refuses an alias to no anchor with the file and line, not a stack trace', () => {
    const file = 'content/news/en/alias.md';
    const { problems } = checkNewsFile(file, item('en', 'x', { title: '*foo' }), context);
    expect(lines(problems)).toEqual([`${file}:2: YAML aliases (*name) are not allowed (got "*foo"); fix: write the value out in full`]);
  });

  it('refuses an alias in a data file with the file and line', () => {
    const root = contentWith();
    const facts = join(root, 'content/profile/facts.yaml');
    writeFileSync(facts, `extra: &e\n  role: context\nother: *e\n${readFileSync(facts, 'utf8')}`);
    expect(lines(checkAllContent(root))).toContain(
      'content/profile/facts.yaml:3: YAML aliases (*name) are not allowed (got "*e"); fix: write the value out in full',
    );
  });
});

describe('the news folder: what the checker reads is what the build publishes', () => {
  it('refuses a symbolic link, naming it', () => {
    const root = contentWith();
    const outside = join(root, 'outside.md');
    writeFileSync(outside, item('en', 'From outside the repository.'));
    symlinkSync(outside, join(root, 'content/news/en/linked.md'));
    expect(lines(checkAllContent(root))).toContain(
      'content/news/en/linked.md: is a symbolic link; fix: replace it with the file itself: news files and folders must be real ones, inside the repository',
    );
  });

  it('refuses x.md beside x.mdx, naming both', () => {
    const root = contentWith({
      'content/news/en/twice.md': item('en', 'One.'),
      'content/news/en/twice.mdx': item('en', 'Two.'),
    });
    const problems = lines(checkAllContent(root));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/news\/en\/twice\.md: has the same address as content\/news\/en\/twice\.mdx/));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/news\/en\/twice\.mdx: has the same address as content\/news\/en\/twice\.md /));
  });

  it('refuses names that differ only in case, and names that are not lower-case words', () => {
    const root = contentWith({
      'content/news/en/Collide.md': item('en', 'One.'),
      'content/news/en/collide.md': item('en', 'Two.'),
      'content/news/en/with space.md': item('en', 'Three.'),
    });
    const problems = lines(checkAllContent(root));
    expect(problems).toContainEqual(expect.stringContaining('content/news/en/Collide.md: file name must be lower-case words joined by hyphens'));
    expect(problems).toContainEqual(expect.stringContaining('content/news/en/with space.md: file name must be lower-case words joined by hyphens'));
    expect(problems).toContainEqual(expect.stringContaining('content/news/en/collide.md: has the same address as content/news/en/Collide.md'));
  });

  it('refuses a news file over 256 KB', () => {
    const root = contentWith({ 'content/news/en/huge.md': item('en', 'x'.repeat(5 * 1024 * 1024)) });
    expect(lines(checkAllContent(root))).toContainEqual(expect.stringMatching(/^content\/news\/en\/huge\.md: is \d+ KB, over the 256 KB a news item may be; fix: /));
  });

  it('refuses a folder that is not a language, and a file outside a language folder', () => {
    const root = contentWith({ 'content/news/fr/item.md': item('en', 'x'), 'content/news/loose.md': item('en', 'x') });
    const problems = lines(checkAllContent(root));
    expect(problems).toContainEqual(expect.stringContaining('content/news/fr: is not a language folder of the site'));
    expect(problems).toContainEqual(expect.stringContaining('content/news/loose.md: is not in a language folder'));
  });
});

describe('translations', () => {
  it('refuses two items that name each other (a cycle), asking which is the original', () => {
    const root = contentWith({
      'content/news/en/one.md': item('en', 'x', { translationOf: 'es/dos' }),
      'content/news/es/dos.md': item('es', 'x', { translationOf: 'en/one' }),
    });
    const problems = checkAllContent(root).filter((problem) => problem.field === 'translationOf');
    expect(problems.map((problem) => problem.file).sort()).toEqual(['content/news/en/one.md', 'content/news/es/dos.md']);
    for (const problem of problems) {
      expect(describeProblem(problem)).toMatch(/translationOf: is part of a cycle of translation links \((en\/one → es\/dos → en\/one|es\/dos → en\/one → es\/dos)\)/);
      expect(problem.fix).toMatch(/decide which item is the original and make it name itself/);
      // A message once told each file to name the item it is: "name en/one" to en/one itself.
      expect(problem.fix).not.toContain(problem.file.replace('content/news/', '').replace('.md', ''));
    }
  });

  it('refuses a second translation of one original into the same language', () => {
    // An original of its own and two English versions of it: no item an editor may rename is named.
    const root = contentWith({
      'content/news/es/original.md': item('es', 'x', { translationOf: 'es/original' }),
      'content/news/en/one-version.md': item('en', 'x', { translationOf: 'es/original' }),
      'content/news/en/another-version.md': item('en', 'x', { translationOf: 'es/original' }),
    });
    expect(lines(checkAllContent(root))).toContainEqual(
      expect.stringMatching(/translationOf: is the second en translation of es\/original .*keep one/),
    );
  });

  it('refuses a target that is not named as its file is (case, extension, folder), suggesting the id', () => {
    // The target is an item of its own, not one an editor may rename.
    for (const target of ['en/Target-Item', 'en/target-item.md', 'content/news/en/target-item']) {
      const root = contentWith({
        'content/news/en/target-item.md': item('en', 'x', { translationOf: 'en/target-item' }),
        'content/news/es/version.md': item('es', 'x', { translationOf: target }),
      });
      expect(lines(checkAllContent(root)), target).toContainEqual(
        `content/news/es/version.md:8: translationOf: names no news item (write it as language/file-name, such as en/coyote-2020) (got ${JSON.stringify(target)}); fix: did you mean en/target-item?`,
      );
    }
  });
});

describe('data tables', () => {
  it('refuses a country name a spreadsheet would run as a formula, naming the row', () => {
    const root = contentWith();
    const file = 'content/data/undesa-ims2020-peru.csv';
    const path = join(root, file);
    // The first country's row, whichever it is once the table is updated.
    const { text, line } = editCsvRow(
      readFileSync(path, 'utf8'),
      (row) => row.iso3 !== WORLD && row.iso3 !== OTHERS,
      () => ({ country: '=HYPERLINK("https://evil.example","x")' }),
    );
    writeFileSync(path, text);
    expect(lines(checkAllContent(root))).toContainEqual(
      expect.stringMatching(new RegExp(`^${file}:${line}: country: must not start with =, \\+, - or @`)),
    );
  });
});

describe('an interrupted data update', () => {
  it('stops the checker until it is finished', () => {
    const root = contentWith({ 'content/data/.data-update-journal.json': '{"renames":[]}\n' });
    expect(lines(checkAllContent(root))).toEqual([
      'content/data/.data-update-journal.json: an interrupted update: run npm run data:update to finish it',
    ]);
  });
});
