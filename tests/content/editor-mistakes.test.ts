/**
 * What new editors and hostile content met first on main (issue 23): each mistake below passed the
 * content check, or was reported in a way that misled. Each is now refused by `checkAllContent` (what
 * `npm run check:content` and the build run) with the file, the line, the field, the value and a fix.
 * Every case goes through the check as a whole, on a copy of the committed content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAllContent } from '../../src/check/content.ts';
import { readSources } from '../../src/content/read.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { describeProblem, type ContentProblem } from '../../src/lib/content-problem.ts';
import { OTHERS, WORLD } from '../../src/schemas/stock.ts';
import { editCsvRow, fixtureFactId, fixtureTag } from '../support/content-fixtures.ts';

/**
 * One copy of content/ for every case: each writes its files, runs the check, then puts back what it
 * changed (a copy per case cost more than the checks themselves).
 */
const root = mkdtempSync(join(tmpdir(), 'peru-mistakes-'));
cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A tag and a headline figure of the committed content, whichever they are: the test items are valid
 * but for the one mistake each case makes, whatever tags and figures editors add or retire. A case
 * that needs given tags writes a vocabulary of its own (`vocabulary`).
 */
const TAG = fixtureTag(root);
const FACT = fixtureFactId(root);

/** A `content/tags.yaml` of `ids`, each labelled in every edition. */
const vocabulary = (...ids: string[]) =>
  `tags:\n${ids.map((id) => `  - id: ${id}\n    label:\n${LOCALES.map((locale) => `      ${locale}: ${id}\n`).join('')}`).join('')}`;

/** Runs `check` on the content with `files` written into it (paths from the root), then undoes them. */
function withFiles<T>(files: Record<string, string | Buffer>, check: (root: string) => T): T {
  const before = new Map<string, Buffer | undefined>();
  for (const [path, text] of Object.entries(files)) {
    const at = join(root, path);
    before.set(at, existsSync(at) ? readFileSync(at) : undefined);
    mkdirSync(dirname(at), { recursive: true });
    writeFileSync(at, text);
  }
  try {
    return check(root);
  } finally {
    for (const [at, bytes] of before) {
      if (bytes === undefined) rmSync(at);
      else writeFileSync(at, bytes);
    }
  }
}

const FILE = 'content/news/en/mistake.md';
/** Where the body of `item` starts, with the fields it writes by default. */
const BODY_LINE = 12;

/** A valid English news item with `body` and some fields replaced (a field set to undefined is left out). */
function item(body = 'Text.', fields: Record<string, string | undefined> = {}): string {
  const frontmatter = {
    title: 'A test item',
    date: '2020-11-27',
    summary: 'One sentence.',
    tags: `[${TAG}]`,
    countries: '[PER]',
    lang: 'en',
    ...fields,
  };
  return [
    '---',
    ...Object.entries(frontmatter)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}: ${value}`),
    'sources:',
    '  - name: A source',
    '---',
    '',
    body,
  ].join('\n');
}

/** The problems the check reports for `file` once `files` are written into the copy of the content. */
function problemsOf(files: Record<string, string | Buffer>, file = FILE): ContentProblem[] {
  return withFiles(files, (copy) => checkAllContent(copy)).filter((problem) => problem.file === file);
}

/** The one problem the check reports for FILE with `text`; fails when there are none or several. */
function onlyProblem(text: string | Buffer): ContentProblem {
  const problems = problemsOf({ [FILE]: text });
  expect(problems.map(describeProblem)).toHaveLength(1);
  return problems[0]!;
}

describe('a typo that empties an article', () => {
  it('refuses a quote left open in an HTML tag, naming the tag and what to write', () => {
    const problem = onlyProblem(item('Before.\n\n<p lang="es>Texto en español.</p>\n\nAfter paragraph.\n'));
    expect(problem).toMatchObject({ field: 'body', line: BODY_LINE + 2, value: '<p lang="es>' });
    expect(describeProblem(problem)).toContain('fix: close the quote: lang="es"');
  });

  it('refuses an HTML tag split across two blocks (the build logged an error and published nothing)', () => {
    const problem = onlyProblem(item('Before.\n\n<p title="x"\n\ndata-x="y">after</p>\n\nMore text.\n'));
    expect(problem).toMatchObject({ field: 'body', line: BODY_LINE + 2, value: '<p title="x"' });
    expect(problem.message).toContain('does not end with >');
  });

  it('refuses a comment never closed, which hid the rest of the body in the page source', () => {
    const problem = onlyProblem(item('Before.\n\n<!-- a note to myself\n\nAll the rest of the article.\n'));
    expect(problem).toMatchObject({ field: 'body', line: BODY_LINE + 2, value: '<!--' });
    expect(problem.fix).toContain('-->');
  });

  it('still accepts a closed comment, attributes holding > and entities', () => {
    const body = 'Before <!-- note --> after. <abbr title="a > b">PTP</abbr> caf&eacute; S&amp;P\n';
    expect(problemsOf({ [FILE]: item(body) })).toEqual([]);
  });
});

describe('deep nesting', () => {
  it.each([
    ['2,000 nested <blockquote>', `${'<blockquote>'.repeat(2000)}x${'</blockquote>'.repeat(2000)}\n`],
    ['10,000 >', `${'>'.repeat(10000)} x\n`],
    ['5,000 "- "', `${'- '.repeat(5000)}x\n`],
  ])('refuses %s with the file named, not a stack trace', (_, body) => {
    const problem = onlyProblem(item(body));
    expect(describeProblem(problem)).toMatch(
      /^content\/news\/en\/mistake\.md:\d+: body: nests \d+ levels deep .*over the 32 a news body may have; fix: /,
    );
  });

  it('makes the checker exit 1 and list the problem, never a RangeError', () => {
    const result = withFiles({ [FILE]: item(`${'>'.repeat(10000)} x\n`) }, (copy) =>
      spawnSync(process.execPath, ['tools/check-content.ts', copy], { encoding: 'utf8' }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${FILE}:${BODY_LINE}: body: nests`);
    expect(result.stderr).not.toMatch(/RangeError|Maximum call stack/);
  });
});

describe('a heading that skips a level (the HTML checker of CI failed the built page)', () => {
  it('refuses a body starting at ###: the title is the h1', () => {
    const problem = onlyProblem(item('Intro.\n\n### Background\n\nText.\n'));
    expect(describeProblem(problem)).toBe(
      `${FILE}:${BODY_LINE + 2}: body: skips a heading level: an h3 after the page's title (h1); a body's headings start at ## (h2), each at most one level deeper than the heading before it (got "### Background"); fix: make it ## Background, or put a ## heading before it`,
    );
  });

  it('refuses <ProfileFact> (an h3) before any ## heading of an .mdx body', () => {
    const file = 'content/news/en/mistake.mdx';
    const problems = problemsOf({ [file]: item(`The permits:\n\n<ProfileFact id="${FACT}" />\n`) }, file);
    expect(problems).toEqual([
      expect.objectContaining({
        line: BODY_LINE + 2,
        field: 'body',
        value: `<ProfileFact id="${FACT}" />`,
        fix: 'put a ## heading before it',
      }),
    ]);
  });

  it('accepts ## then ###, and <ProfileFact> after a ##', () => {
    const file = 'content/news/en/mistake.mdx';
    const body = `## Part\n\n### Detail\n\n## In context\n\n<ProfileFact id="${FACT}" />\n`;
    expect(problemsOf({ [file]: item(body) }, file)).toEqual([]);
  });

  it('makes the checker exit 1 and name the file, line, heading and fix', () => {
    const result = withFiles({ [FILE]: item('Intro.\n\n### Background\n\nText.\n') }, (copy) =>
      spawnSync(process.execPath, ['tools/check-content.ts', copy], { encoding: 'utf8' }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${FILE}:${BODY_LINE + 2}: body: skips a heading level: an h3 after the page's title (h1)`,
    );
    expect(result.stderr).toContain('(got "### Background"); fix: make it ## Background');
  });
});

describe('a link to another news item (the built site’s link test failed on it)', () => {
  // An item of the test's own, so that the address exists whatever the committed content is.
  const other = { 'content/news/en/linked-item.md': item('Linked.', { title: 'Linked item' }) };

  it('accepts a link to a published item’s page, with or without its last slash and with a #part', () => {
    const body = 'See [it](/en/news/linked-item/), [again](/en/news/linked-item#top).\n';
    expect(problemsOf({ ...other, [FILE]: item(body) })).toEqual([]);
  });

  it('refuses a mistyped address with its line and the nearest address', () => {
    const problem = problemsOf({ ...other, [FILE]: item('Intro.\n\nSee [it](/en/news/linked-itme/).\n') })[0]!;
    expect(describeProblem(problem)).toBe(
      `${FILE}:${BODY_LINE + 2}: body: links to a news page the site does not have (no published item has this address) (got "/en/news/linked-itme/"); fix: did you mean /en/news/linked-item/?`,
    );
  });

  it('refuses a link to a draft, which has no page', () => {
    const draft = { 'content/news/en/linked-item.md': item('✎ Linked.', { draft: 'true' }) };
    expect(problemsOf({ ...draft, [FILE]: item('See [it](/en/news/linked-item/).\n') })).toEqual([
      expect.objectContaining({ field: 'body', value: '/en/news/linked-item/' }),
    ]);
  });
});

describe('rules that lived only in tests of the committed content', () => {
  // An original and its translation (FILE) of their own, valid as written, with their own tags: each
  // case changes one thing of the translation, so no reworded or renamed committed item can break it.
  const original = 'content/news/es/mistake-original.md';
  const withUrl = (text: string, url: string) => text.replace('  - name: A source', `  - name: A source\n    url: ${url}`);
  const pair = ({ tags = '[first-tag, second-tag]', url = 'https://example.org/report', body = 'A total of 96,613 students.' } = {}) => ({
    'content/tags.yaml': vocabulary('first-tag', 'second-tag'),
    [original]: withUrl(
      item('Un total de 96.613 estudiantes.', { lang: 'es', tags: '[first-tag, second-tag]', translationOf: 'es/mistake-original' }),
      'https://example.org/report',
    ),
    [FILE]: withUrl(item(body, { tags, translationOf: 'es/mistake-original' }), url),
  });

  it('accepts the pair as written', () => {
    expect(problemsOf(pair()).map(describeProblem)).toEqual([]);
    expect(problemsOf(pair(), original).map(describeProblem)).toEqual([]);
  });

  it('refuses a translation whose tags are not its original’s', () => {
    const problems = problemsOf(pair({ tags: '[first-tag]' }));
    expect(problems.map(describeProblem)).toEqual([
      expect.stringMatching(/:\d+: tags: are not the tags of its original es\/mistake-original .*; fix: write tags: \[first-tag, second-tag\]$/),
    ]);
  });

  it('refuses a translation whose source addresses are not its original’s', () => {
    const problems = problemsOf(pair({ url: 'https://example.org/report?lang=en' }));
    expect(problems).toEqual([expect.objectContaining({ field: 'sources', fix: expect.stringContaining('only the names are translated') })]);
  });

  it('refuses a translation that changes a figure', () => {
    const problems = problemsOf(pair({ body: 'A total of 96,614 students.' }));
    expect(problems).toEqual([expect.objectContaining({ field: 'body', message: expect.stringContaining('96614 not in the original') })]);
  });

  it('refuses a localized text of a figure whose numbers differ between editions', () => {
    // A figure of its own after the committed ones, citing the first source: no committed text is needed.
    const file = 'content/profile/facts.yaml';
    const [source] = readSources(root).ids;
    const withFact = (pt: string) => ({
      [file]: `${readFileSync(join(root, file), 'utf8').trimEnd()}

mistake-figure:
  role: context
  order: 99
  kind: count
  value: 435000
  qualifier: stated
  year: 2020
  source: ${source}
  label:
    en: Permits granted
    es: Permisos otorgados
    pt: Permissões concedidas
  text:
    en: 435,000 people have obtained the permit.
    es: 435.000 personas han obtenido el permiso.
    pt: ${pt}
`,
    });
    expect(problemsOf(withFact('435.000 pessoas obtiveram a permissão.'), file)).toEqual([]);
    const problems = problemsOf(withFact('435.001 pessoas obtiveram a permissão.'), file);
    expect(problems).toEqual([expect.objectContaining({ field: 'mistake-figure.text.pt', message: expect.stringContaining('435001') })]);
  });
});

describe('a misspelled tag', () => {
  it('is refused, with the closest tag of the vocabulary suggested', () => {
    // A vocabulary of its own: the suggestion depends on which tags are near the misspelling.
    const [problem, ...more] = problemsOf({
      'content/tags.yaml': vocabulary('quito-process', 'regional-cooperation', 'refugees'),
      [FILE]: item('Text.', { tags: '[quito-process, regional-cooperaton]' }),
    });
    expect(more).toEqual([]);
    expect(describeProblem(problem!)).toBe(
      `${FILE}:5: tags.1: is not a tag of content/tags.yaml (got "regional-cooperaton"); fix: did you mean regional-cooperation?`,
    );
  });
});

describe('messages that misled', () => {
  it('gives one error for a date written 01/12/2026, with both readings to choose from', () => {
    const problem = onlyProblem(item('Text.', { date: '01/12/2026' }));
    expect(describeProblem(problem)).toBe(
      `${FILE}:3: date: must be a date written YYYY-MM-DD (got "01/12/2026"); fix: write year-month-day: 2026-12-01 or 2026-01-12`,
    );
  });

  it('gives a missing field a line: the frontmatter’s', () => {
    const problem = onlyProblem(item('Text.', { summary: undefined }));
    expect(describeProblem(problem)).toBe(`${FILE}:1: summary: is required; fix: add the line summary: … (names are case-sensitive)`);
  });

  it('names CR-only line endings as such', () => {
    const problem = onlyProblem(item().replace(/\n/g, '\r'));
    expect(problem.message).toContain('carriage return');
    expect(problem.fix).toContain('LF');
  });
});

describe('leaks and look-alikes', () => {
  it('refuses a source address with a user name and password', () => {
    const problem = onlyProblem(item().replace('  - name: A source', '  - name: A source\n    url: https://user:secret@example.org/report'));
    expect(problem).toMatchObject({ field: 'sources.0.url', line: 10, fix: 'write the address without them, https://example.org/report' });
  });

  it('refuses a host that mixes Cyrillic and Latin letters (а is Cyrillic)', () => {
    const problem = onlyProblem(item().replace('  - name: A source', '  - name: A source\n    url: https://ex\u0430mple.org/report'));
    expect(problem).toMatchObject({ field: 'sources.0.url', message: expect.stringContaining('mixes Latin and Cyrillic') });
  });

  it('refuses a link with a scheme and no //, which is neither this site nor clearly another', () => {
    const problem = onlyProblem(item('[x](https:evil.example)\n'));
    expect(problem).toMatchObject({ field: 'body', line: BODY_LINE, fix: 'write the whole address, https://evil.example' });
  });
});

describe('accepted but wrong', () => {
  it('refuses a 200 KB title, quoting only its start', () => {
    const problem = onlyProblem(item('Text.', { title: 'x'.repeat(200_000) }));
    expect(problem.message).toBe('is 200000 characters long, over the 200 a title may have');
    expect(describeProblem(problem).length).toBeLessThan(400);
  });

  it.each(['9999-12-31', '0100-01-01'])('refuses the date %s', (date) => {
    expect(onlyProblem(item('Text.', { date })).message).toMatch(/^must be between 1900 and \d{4}$/);
  });

  it('refuses a tag and a country given twice, naming the second', () => {
    const problems = problemsOf({
      'content/tags.yaml': vocabulary('first-tag', 'second-tag'),
      [FILE]: item('Text.', { tags: '[first-tag, second-tag, first-tag]', countries: '[PER, CHL, PER]' }),
    });
    expect(problems.map((problem) => [problem.field, problem.value])).toEqual([
      ['tags.2', 'first-tag'],
      ['countries.2', 'PER'],
    ]);
  });

  it.each([
    ['a right-to-left override in the title', { title: '"Invoice \u202Efdp.exe"' }, 'title', 'U+202E'],
    ['a zero-width space in the summary', { summary: '"One\u200Bsentence."' }, 'summary', 'U+200B'],
    ['a replacement character in the title', { title: '"Per\uFFFD"' }, 'title', 'U+FFFD'],
  ])('refuses %s', (_, fields, field, code) => {
    const problem = onlyProblem(item('Text.', fields));
    expect(problem.field).toBe(field);
    expect(problem.message).toContain(code);
  });

  it('refuses a file with bytes that are not UTF-8 (a body saved as Latin-1), naming their line', () => {
    // "Café." with é as the single Latin-1 byte 0xE9, which UTF-8 reads as U+FFFD.
    const latin1 = Buffer.concat([Buffer.from(item('')), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e, 0x0a])]);
    expect(onlyProblem(latin1)).toMatchObject({ line: BODY_LINE, message: expect.stringContaining('not UTF-8') });
  });

  it('refuses a YAML tag such as !!js/function on its line, not a crash at the wrong line', () => {
    const problem = onlyProblem(item('Text.', { summary: '!!js/function "function () { return 1 }"' }));
    expect(describeProblem(problem)).toMatch(/^content\/news\/en\/mistake\.md:4: YAML tags .* \(got "!!js\/function"\); fix: /);
  });

  it('refuses <ProfileFact id> naming no headline figure, in the file, not the page 70 s later', () => {
    const file = 'content/news/en/mistake.mdx';
    const problems = problemsOf({ [file]: item('## Part\n\n<ProfileFact id="does-not-exist" />\n') }, file);
    expect(problems.map(describeProblem)).toEqual([
      expect.stringMatching(/^content\/news\/en\/mistake\.mdx:14: body: names no headline figure of content\/profile\/facts\.yaml \(got "does-not-exist"\); fix: /),
    ]);
  });

  it.each([
    ['a carriage return', 'United\rStates', 'U+000D'],
    ['a line break', 'United\nStates', 'U+000A'],
    ['HTML', '<b>United States</b>', '< or >'],
  ])('refuses a country name of a data table holding %s', (_, name, said) => {
    const file = 'content/data/undesa-ims2020-peru.csv';
    // The first country's row, whichever it is once the table is updated (the name written quoted
    // when it must be).
    const { text } = editCsvRow(
      readFileSync(join(root, file), 'utf8'),
      (row) => row.iso3 !== WORLD && row.iso3 !== OTHERS,
      () => ({ country: name }),
    );
    const problems = problemsOf({ [file]: text }, file);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'country', message: expect.stringContaining(said) }));
  });
});
