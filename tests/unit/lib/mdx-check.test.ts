/** An MDX body checked before it is built: undefined names and unknown components, on their file line. */
import { describe, expect, it } from 'vitest';
import { checkMdxBody, NEWS_COMPONENTS } from '../../../src/lib/mdx-check.ts';

const FILE = 'content/news/en/item.mdx';

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
