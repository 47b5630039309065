/** A news body checked before it is built: it must parse, and each problem is on its line in the file. */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/markdown/check-body.ts';

const FILE = 'content/news/en/item.mdx';
/** The headline figures `<ProfileFact id>` may name here. */
const CONTEXT = { factIds: new Set(['seed-ptp-granted']) };

describe('checkBody', () => {
  it('puts a problem on its line in the file, counting from the line where the body starts', () => {
    const problems = checkBody('## Heading\n\nSome text {foo} here.\n', FILE, 'mdx', 10, CONTEXT);
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, line: 12, field: 'body', value: '{foo}' }),
    ]);
  });

  it('counts body lines from 1 when the body is the whole file', () => {
    expect(checkBody('\n\n{foo}\n', FILE, 'mdx', 1, CONTEXT)[0]!.line).toBe(3);
  });

  it.each([
    ['an unclosed expression', 'Text\n\n{foo\n'],
    ['an unclosed component', 'Text\n\n<ProfileFact id="x"\n'],
    ['an unclosed HTML tag', 'Text\n\n<abbr title="x">PTP\n'],
  ])('reports an MDX syntax error: %s, at or after the mistake and inside the body', (_name, body) => {
    const problems = checkBody(body, FILE, 'mdx', 10, CONTEXT);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, field: 'body' });
    expect(problems[0]!.message).toMatch(/^MDX syntax error: /);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(10);
    expect(problems[0]!.line).toBeLessThanOrEqual(13);
  });

  it('reads braces in a Markdown body as text, and checks its HTML', () => {
    expect(checkBody('A set {a, b} in text.\n', 'x.md', 'md', 1, CONTEXT)).toEqual([]);
    expect(checkBody('Text.\n\n<script>x()</script>\n', 'x.md', 'md', 5, CONTEXT)).toEqual([
      expect.objectContaining({ file: 'x.md', line: 7, value: '<script>' }),
    ]);
  });

  it('accepts plain Markdown and the provided component', () => {
    const body =
      '## Part\n\n- a list\n- of *things*, with a [link](https://example.org/)\n\n<ProfileFact id="seed-ptp-granted" />\n';
    expect(checkBody(body, FILE, 'mdx', 1, CONTEXT)).toEqual([]);
  });
});
