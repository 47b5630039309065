/**
 * What a news body may contain (`bodyViolations` over satteri's trees, `elementViolations` for one
 * element): the allow-list decides by hast-util-sanitize, and each refusal names its construct.
 */
import { markdownToHast, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  bodyViolations,
  BODY_SCHEMA,
  elementViolations,
  NEWS_COMPONENTS,
} from '../../../src/markdown/body-policy.ts';

const mdx = (body: string) => bodyViolations(mdxToHast(body, { position: true }));
const md = (body: string) => bodyViolations(markdownToHast(body, { position: true }));

describe('elementViolations', () => {
  it.each([
    ['a', { href: 'https://example.org/', title: 'x' }],
    ['a', { href: 'mailto:office@example.org' }],
    ['a', { href: '/en/news/' }],
    ['abbr', { title: 'Temporary Residence Permit' }],
    ['td', { colSpan: 2 }],
    ['p', { lang: 'es' }],
  ])('keeps <%s> %j', (tag, properties) => {
    expect(elementViolations(tag, properties)).toEqual([]);
  });

  it.each([
    ['script', {}, '<script>'],
    ['iframe', { src: 'https://x' }, '<iframe>'],
    ['img', { src: '/a.png', alt: 'a' }, '<img>'],
    ['meta', { httpEquiv: ['refresh'] }, '<meta>'],
  ])('refuses <%s> itself', (tag, properties, construct) => {
    expect(elementViolations(tag, properties)).toEqual([expect.objectContaining({ construct })]);
  });

  it('refuses each attribute it would drop, naming it as HTML writes it', () => {
    expect(
      elementViolations('a', {
        href: 'https://x/',
        onClick: 'f()',
        target: '_blank',
        style: 'color:red',
      }).map((v) => v.construct),
    ).toEqual(['onclick on <a>', 'target on <a>', 'style on <a>']);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'])(
    'refuses a link to %s, naming the address',
    (href) => {
      expect(elementViolations('a', { href })).toEqual([
        expect.objectContaining({
          construct: `href="${href}"`,
          message: expect.stringContaining('http(s) or mailto:'),
        }),
      ]);
    },
  );

  it('is an explicit list: no images, frames, forms or styles, and no default of the library', () => {
    for (const tag of ['img', 'iframe', 'form', 'style', 'script', 'input', 'div', 'span']) {
      expect(BODY_SCHEMA.tagNames).not.toContain(tag);
    }
    expect(BODY_SCHEMA.ancestors).toEqual({});
  });
});

describe('bodyViolations: styles', () => {
  it('refuses any other style, on a table cell too', () => {
    expect(elementViolations('td', { style: 'text-align:left;color:red' }).map((v) => v.construct)).toEqual([
      'style on <td>',
    ]);
    expect(elementViolations('p', { style: 'text-align:left' }).map((v) => v.construct)).toEqual([
      'style on <p>',
    ]);
  });
});

describe('bodyViolations in MDX', () => {
  it('refuses import and export, each on its line', () => {
    expect(mdx("Text\n\nimport x from 'y'\n").map((v) => [v.construct, v.line])).toEqual([['import', 3]]);
    expect(mdx('export const a = 1\n').map((v) => v.construct)).toEqual(['export']);
  });

  it('refuses every expression, whatever it reads', () => {
    expect(mdx('{1 + 1}\n\nText {props.title}\n').map((v) => v.construct)).toEqual([
      '{1 + 1}',
      '{props.title}',
    ]);
  });

  it('takes the provided components with their literal attributes only', () => {
    expect(Object.keys(NEWS_COMPONENTS)).toEqual(['ProfileFact']);
    expect(mdx('<ProfileFact id="x" />\n')).toEqual([]);
    expect(mdx('<ProfileFact id="x" size="big" />\n').map((v) => v.construct)).toEqual([
      'size on <ProfileFact>',
    ]);
    expect(mdx('<Chart />\n<Charts.Bar />\n').map((v) => v.construct)).toEqual(['<Chart>', '<Charts.Bar>']);
  });

  it('reads lower-case JSX as HTML, by the same list', () => {
    expect(mdx('<abbr title="x">A</abbr>\n')).toEqual([]);
    expect(mdx('<div class="box">x</div>\n').map((v) => v.construct)).toEqual(['<div>']);
    expect(mdx('<a href="javascript:x()">x</a>\n').map((v) => v.construct)).toEqual([
      'href="javascript:x()"',
    ]);
  });
});

describe('bodyViolations in Markdown', () => {
  it('keeps headings from level 2, and says why a level-1 heading is refused', () => {
    expect(md('## Section\n\n### Part\n')).toEqual([]);
    expect(md('# Title again\n')).toEqual([
      expect.objectContaining({
        construct: '<h1>',
        message: expect.stringContaining('title'),
        fix: expect.stringContaining('## (level 2)'),
      }),
    ]);
  });

  it('keeps a Markdown table with aligned columns (the alignment is the one style it accepts)', () => {
    expect(md('| a | b |\n|:--|--:|\n| 1 | 2 |\n')).toEqual([]);
  });

  it('checks raw HTML element by element, on the lines where they are', () => {
    expect(md('Text\n\n<p>ok</p>\n<p onclick="x">no</p>\n').map((v) => [v.construct, v.line])).toEqual([
      ['onclick on <p>', 4],
    ]);
  });

  it('checks the links Markdown writes', () => {
    expect(md('[a](javascript:x) [b](https://example.org/)\n').map((v) => v.construct)).toEqual([
      'href="javascript:x"',
    ]);
  });
});
