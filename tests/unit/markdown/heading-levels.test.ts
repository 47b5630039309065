/** The order of a body's headings under the page's title (`src/markdown/heading-levels.ts`). */
import { readFileSync } from 'node:fs';
import { markdownToHast, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  headingSkips,
  headingsOf,
  PROFILE_FACT_LEVEL,
  type BodyHeading,
} from '../../../src/markdown/heading-levels.ts';
import { checkBody } from '../../../src/markdown/check-body.ts';

/** The headings of a body, read as the check reads it. */
function headings(body: string, format: 'md' | 'mdx' = 'md'): BodyHeading[] {
  return headingsOf(
    format === 'mdx'
      ? mdxToHast(body, { position: true })
      : markdownToHast(body, { position: true, features: { gfm: true, smartPunctuation: true } }),
  );
}

const skips = (body: string, format: 'md' | 'mdx' = 'md') => headingSkips(headings(body, format));

describe('headingSkips', () => {
  it.each([
    ['no headings', 'Just a paragraph.\n\n- and a list\n'],
    ['## then ###', '## Part\n\nText.\n\n### Detail\n'],
    ['## ### ##', '## Part\n\n### Detail\n\n## Another part\n'],
    ['a return up several levels', '## A\n\n### B\n\n#### C\n\n## D\n'],
    ['a setext heading', 'Part\n----\n\n### Detail\n'],
    ['HTML headings in order', '## Part\n\n<h3>Detail</h3>\n'],
  ])('accepts %s', (_, body) => {
    expect(skips(body)).toEqual([]);
  });

  it.each([
    ['ProfileFact after a ##', '## In context\n\n<ProfileFact id="seed-ptp-granted" />\n'],
    ['ProfileFact after a ###', '## A\n\n### B\n\n<ProfileFact id="seed-ptp-granted" />\n'],
    ['a ### after ProfileFact', '## A\n\n<ProfileFact id="seed-ptp-granted" />\n\n### B\n'],
    ['an .mdx body with no headings', 'Text.\n'],
  ])('accepts %s in an .mdx body', (_, body) => {
    expect(skips(body, 'mdx')).toEqual([]);
  });

  it('refuses a body whose first heading is ###: the title is the h1', () => {
    expect(skips('Intro.\n\n### Background\n\nText.\n')).toEqual([
      {
        line: 3,
        construct: '### Background',
        message:
          "skips a heading level: an h3 after the page's title (h1); a body's headings start at ## (h2), each at most one level deeper than the heading before it",
        fix: 'make it ## Background, or put a ## heading before it',
      },
    ]);
  });

  it('refuses ## then ####, naming the heading before', () => {
    expect(skips('## Part\n\n#### Detail\n')).toEqual([
      expect.objectContaining({
        line: 3,
        construct: '#### Detail',
        message: expect.stringContaining('an h4 after "## Part" (h2)'),
        fix: 'make it ### Detail, or put a ### heading before it',
      }),
    ]);
  });

  it('refuses ProfileFact (an h3) before any ## heading', () => {
    expect(skips('The permits:\n\n<ProfileFact id="seed-ptp-granted" />\n\n## Later\n', 'mdx')).toEqual([
      expect.objectContaining({
        line: 3,
        construct: '<ProfileFact id="seed-ptp-granted" />',
        message: expect.stringContaining(
          "<ProfileFact> shows its figure under an h3 heading, here after the page's title (h1)",
        ),
        fix: 'put a ## heading before it',
      }),
    ]);
  });

  it('counts ProfileFact where it stands: an h5 after it skips h4', () => {
    expect(skips('## A\n\n<ProfileFact id="seed-ptp-granted" />\n\n##### B\n', 'mdx')).toEqual([
      expect.objectContaining({
        line: 5,
        construct: '##### B',
        fix: 'make it #### B, or put a #### heading before it',
      }),
    ]);
  });

  it('reads HTML headings: raw HTML in Markdown and JSX in MDX', () => {
    expect(skips('Text.\n\n<h3>Raw</h3>\n')).toEqual([
      expect.objectContaining({
        line: 3,
        construct: '<h3>',
        fix: 'make it <h2>, or put a ## heading before it',
      }),
    ]);
    expect(skips('Text with <h4>inline</h4> HTML.\n')).toEqual([
      expect.objectContaining({ line: 1, construct: '<h4>' }),
    ]);
    expect(skips('## A\n\n<h4>JSX</h4>\n', 'mdx')).toEqual([
      expect.objectContaining({ line: 3, construct: '<h4>' }),
    ]);
  });

  it('reports each skip, each against the heading just before it', () => {
    expect(skips('### A\n\n#### B\n\n## C\n\n#### D\n').map((skip) => skip.line)).toEqual([1, 7]);
  });

  it('counts a heading inside a quote or a list where it stands', () => {
    expect(skips('> ### Quoted\n').map((skip) => skip.construct)).toEqual(['### Quoted']);
  });

  it('counts ProfileFact at the level ProfileFact.astro renders', () => {
    const component = readFileSync('src/components/mdx/ProfileFact.astro', 'utf8');
    expect(component).toContain(
      `<FactCard fact={{ ...entry.data, id }} source={source.data} locale={locale} level="h${PROFILE_FACT_LEVEL}" />`,
    );
  });
});

describe('checkBody and heading levels', () => {
  const context = { factIds: new Set(['seed-ptp-granted']) };

  it('reports a skipped level on its file line, with the heading as the value', () => {
    expect(checkBody('Intro.\n\n### Background\n', 'content/news/en/x.md', 'md', 10, context)).toEqual([
      expect.objectContaining({
        file: 'content/news/en/x.md',
        line: 12,
        field: 'body',
        value: '### Background',
        message: expect.stringMatching(/^skips a heading level: /),
        fix: 'make it ## Background, or put a ## heading before it',
      }),
    ]);
  });

  it('reports ProfileFact before any ## in an .mdx body', () => {
    expect(
      checkBody(
        'Text.\n\n<ProfileFact id="seed-ptp-granted" />\n',
        'content/news/en/x.mdx',
        'mdx',
        1,
        context,
      ),
    ).toEqual([expect.objectContaining({ line: 3, value: '<ProfileFact id="seed-ptp-granted" />' })]);
  });

  it('leaves an h1 to the body policy: one message, not two', () => {
    const problems = checkBody('# Title\n\n## Part\n', 'content/news/en/x.md', 'md', 1, context);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('first-level heading'),
    ]);
  });
});
