/** A news file's frontmatter, read with YAML's core schema, with the file line of each key. */
import { describe, expect, it } from 'vitest';
import { parseYaml, readFrontmatter } from '../../../src/lib/frontmatter.ts';
import { checkBody } from '../../../src/markdown/check-body.ts';

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
      {
        file: FILE,
        line: 1,
        field: '',
        message: expect.stringMatching(/frontmatter/),
        fix: expect.stringContaining('---'),
      },
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

describe('readFrontmatter with a byte-order mark', () => {
  it('keeps MDX line numbers right when the file starts with one', () => {
    const text = '\uFEFF---\ntitle: x\n---\n{foo}\n';
    const result = readFrontmatter(text, 'a.mdx');
    if (!result.ok) throw new Error('frontmatter should parse');
    expect(result.value.body).toBe('{foo}\n');
    expect(
      checkBody(result.value.body, 'a.mdx', 'mdx', result.value.bodyLine, { factIds: new Set() })[0]?.line,
    ).toBe(4);
  });
});
