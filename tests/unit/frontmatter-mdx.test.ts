import { describe, expect, it } from 'vitest';
import { parseYaml, readFrontmatter } from '../../src/lib/frontmatter.ts';
import { checkMdxBody, NEWS_COMPONENTS } from '../../src/lib/mdx-check.ts';

const FILE = 'content/news/en/item.mdx';

/** The frontmatter of `text`; fails the test when it cannot be read. */
function frontmatter(text: string) {
  const result = readFrontmatter(text, FILE);
  if (!result.ok) throw new Error(`expected frontmatter, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** The problems reading `text` gives; fails the test when it reads fine. */
function frontmatterProblems(text: string) {
  const result = readFrontmatter(text, FILE);
  if (result.ok) throw new Error('expected frontmatter problems');
  return result.problems;
}

describe('readFrontmatter', () => {
  it('keeps an unquoted impossible date 2020-02-30 as the string "2020-02-30" (YAML core schema)', () => {
    const { data } = frontmatter('---\ntitle: x\ndate: 2020-02-30\n---\nBody\n');
    expect((data as { date: unknown }).date).toBe('2020-02-30');
  });

  it('keeps a real unquoted date as a string too, not a Date', () => {
    const { data } = frontmatter('---\ndate: 2020-10-22\n---\n');
    expect((data as { date: unknown }).date).toBe('2020-10-22');
  });

  it('reads YAML 1.1 booleans such as yes as strings, true as a boolean, numbers as numbers', () => {
    const { data } = frontmatter('---\na: yes\nb: true\nc: 2020\nd: [PER, NO]\n---\n');
    expect(data).toEqual({ a: 'yes', b: true, c: 2020, d: ['PER', 'NO'] });
  });

  it('returns the body and the file line where it starts', () => {
    const value = frontmatter('---\ntitle: x\ndate: 2020-01-01\n---\nFirst line\nSecond line\n');
    expect(value.body).toBe('First line\nSecond line\n');
    expect(value.bodyLine).toBe(5);
  });

  it('handles CRLF line ends', () => {
    const value = frontmatter('---\r\ntitle: x\r\ndate: 2020-01-01\r\n---\r\nBody\r\n');
    expect(value.data).toEqual({ title: 'x', date: '2020-01-01' });
    expect(value.body).toBe('Body\r\n');
    expect(value.bodyLine).toBe(5);
  });

  it('accepts a file that is only frontmatter (no final newline)', () => {
    const value = frontmatter('---\ntitle: x\n---');
    expect(value.data).toEqual({ title: 'x' });
    expect(value.body).toBe('');
  });

  it('gives the file line of each top-level key', () => {
    const value = frontmatter('---\ntitle: x\nsummary: >-\n  long\n  text\ntags: [a]\n---\n');
    expect(value.lineOf('title')).toBe(2);
    expect(value.lineOf('summary')).toBe(3);
    expect(value.lineOf('tags')).toBe(6);
    expect(value.lineOf('missing')).toBeUndefined();
  });

  it('reports a YAML syntax error with its line in the file', () => {
    const problems = frontmatterProblems('---\ntitle: a\nsummary: a: b\ndate: 2020-01-01\n---\nBody\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 3, field: '' });
    expect(problems[0]!.message).toMatch(/^YAML syntax error: /);
  });

  it('reports a key given twice, on the line of the second one', () => {
    const problems = frontmatterProblems('---\ntitle: a\ndate: 2020-01-01\ntitle: b\n---\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: FILE, line: 4 });
  });

  it.each([
    ['no fences at all', 'title: x\n\nBody\n'],
    ['no closing fence', '---\ntitle: x\nBody\n'],
    ['text before the opening fence', '\n---\ntitle: x\n---\nBody\n'],
    ['an empty file', ''],
  ])('reports missing frontmatter: %s', (_name, text) => {
    const problems = frontmatterProblems(text);
    expect(problems).toEqual([
      { file: FILE, line: 1, field: '', message: expect.stringMatching(/frontmatter/) },
    ]);
  });
});

describe('parseYaml', () => {
  it('offsets reported lines by firstLine', () => {
    const result = parseYaml('a: 1\nb: x: y\n', 'f.yaml', 10);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.line).toBe(12);
  });

  it('reports lines from 1 with firstLine 0 (a whole YAML file)', () => {
    const result = parseYaml('# comment\none: 1\ntwo: 2\n', 'f.yaml', 0);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.data).toEqual({ one: 1, two: 2 });
      expect(result.value.lineOf('one')).toBe(2);
      expect(result.value.lineOf('two')).toBe(3);
    }
  });
});

describe('checkMdxBody', () => {
  it('reports an undefined {foo} on its line in the file', () => {
    const body = '# Heading\n\nSome text {foo} here.\n';
    const problems = checkMdxBody(body, FILE, 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 12, field: 'body', value: 'foo' });
    expect(problems[0]!.message).toContain('"foo"');
  });

  it('counts body lines from 1 by default', () => {
    expect(checkMdxBody('\n\n{foo}\n', FILE)[0]!.line).toBe(3);
  });

  it('reports {process.env.HOME} as "process"', () => {
    const problems = checkMdxBody('Home: {process.env.HOME}\n', FILE, 1);
    expect(problems.map((problem) => problem.value)).toEqual(['process']);
  });

  it.each([
    ['an exported constant', 'export const figure = 1700000\n\nAbout {figure} people.\n'],
    ['an exported function', 'export function twice(n) { return 2 * n }\n\n{twice(2)}\n'],
    ['an exported destructured name', 'export const { a, b: [c] } = { a: 1, b: [2] }\n\n{a + c}\n'],
    ['an imported component', "import Chart from '../../chart.astro'\n\n<Chart />\n"],
    ['an imported named value', "import { value as renamed } from './data.ts'\n\n{renamed}\n"],
    ['arrow function parameters', 'export const list = [1, 2]\n\n{list.map((n, i) => n * i)}\n'],
    ['destructured arrow parameters', 'export const list = [{ n: 1 }]\n\n{list.map(({ n }) => n)}\n'],
    ['the ProfileFact component', '<ProfileFact id="x" />\n'],
    ['ProfileFact inline in a paragraph', 'See <ProfileFact id="seed-ptp-granted" /> here.\n'],
    ['props', 'Title: {props.title}\n'],
    ['object keys and member names', 'export const o = {}\n\n{ ({ key: o.member }).key }\n'],
    ['lower-case HTML elements', '<div class="box"><span>text</span></div>\n'],
    ['plain Markdown', '# Title\n\n- a list\n- of *things*\n'],
  ])('allows %s', (_name, body) => {
    expect(checkMdxBody(body, FILE, 1)).toEqual([]);
  });

  it('reports an unknown component', () => {
    const problems = checkMdxBody('Text\n\n<Unknown />\n', FILE, 5);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 7, field: 'body', value: 'Unknown' });
  });

  it('reports the object of a member component such as <Charts.Bar />', () => {
    expect(checkMdxBody('<Charts.Bar />\n', FILE).map((problem) => problem.value)).toEqual(['Charts']);
  });

  it('reports an undefined name used in an attribute', () => {
    const problems = checkMdxBody('<ProfileFact id={secret} />\n', FILE);
    expect(problems.map((problem) => problem.value)).toEqual(['secret']);
  });

  it('reports every undefined name, each on its own line', () => {
    const problems = checkMdxBody('{one}\n\n{two}\n\n<Three />\n', FILE, 20);
    expect(problems.map(({ value, line }) => [value, line])).toEqual([
      ['one', 20],
      ['two', 22],
      ['Three', 24],
    ]);
  });

  it('does not let a parameter of one expression define a name for another', () => {
    const problems = checkMdxBody('export const list = [1]\n\n{list.map((n) => n)}\n\n{n}\n', FILE);
    expect(problems.map((problem) => problem.value)).toEqual(['n']);
  });

  it('accepts the components it is given instead of the default ones', () => {
    expect(NEWS_COMPONENTS).toContain('ProfileFact');
    expect(checkMdxBody('<Chart />\n', FILE, 1, ['Chart'])).toEqual([]);
    expect(
      checkMdxBody('<ProfileFact id="x" />\n', FILE, 1, ['Chart']).map((problem) => problem.value),
    ).toEqual(['ProfileFact']);
  });

  it.each([
    ['an unclosed expression', 'Text\n\n{foo\n'],
    ['an unclosed component', 'Text\n\n<ProfileFact id="x"\n'],
    ['a JavaScript syntax error in an expression', 'Text\n\n{1 +}\n'],
  ])('reports an MDX syntax error: %s', (_name, body) => {
    const problems = checkMdxBody(body, FILE, 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, field: 'body' });
    expect(problems[0]!.message).toMatch(/^MDX syntax error: /);
    // the mistake starts on body line 3 (file line 12); an unexpected end of file is reported at the
    // end of the body (file line 13), never before the mistake nor outside the body
    expect(problems[0]!.line).toBeGreaterThanOrEqual(12);
    expect(problems[0]!.line).toBeLessThanOrEqual(13);
  });
});
