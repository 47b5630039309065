/** Text written in a body that its rendered page would leave out (`src/markdown/lost-text.ts`). */
import { describe, expect, it } from 'vitest';
import { lostText } from '../../../src/markdown/lost-text.ts';

describe('lostText', () => {
  it.each([
    [
      'plain Markdown',
      '## Part\n\nA paragraph with **bold**, _italics_, `code` and a [link](https://example.org/).\n\n- a\n- b\n',
    ],
    ['allowed HTML', 'A <abbr title="Temporary Residence Permit">PTP</abbr><sup>1</sup>, <q>quoted</q>.\n'],
    ['an attribute holding >', '<abbr title="a > b">x</abbr> after.\n'],
    ['a closed comment, even across blank lines', 'Before.\n\n<!-- a\n\nnote -->\n\nAfter.\n'],
    ['entities in text and in HTML', 'Caf&eacute; &amp; S&amp;P <b>caf&eacute;</b> &#233;t&#xE9;.\n'],
    ['a table', '| a | b |\n|:--|--:|\n| 1 | 2 |\n'],
    ['smart punctuation', 'Peru\'s "quoted" -- dash...\n'],
    ['a less-than sign in text', 'If a < b and c > d, 3 <4.\n'],
    ['a footnote', 'Text.[^1]\n\n[^1]: The note.\n'],
  ])('finds nothing lost in %s', (_, body) => {
    expect(lostText(body)).toBeUndefined();
  });

  it('names a quote left open, on the line of its tag, with the attribute to close', () => {
    expect(lostText('Before.\n\n<p lang="es>Texto.</p>\n\nAfter.\n')).toMatchObject({
      line: 3,
      construct: '<p lang="es>',
      fix: 'close the quote: lang="es"',
    });
  });

  it('names a tag that a blank line splits', () => {
    expect(lostText('Before.\n\n<p title="x"\n\ndata-x="y">after</p>\n')).toMatchObject({
      line: 3,
      construct: '<p title="x"',
    });
  });

  it('names a comment never closed', () => {
    expect(lostText('Before.\n\n<!-- todo\n\nThe rest.\n')).toMatchObject({ line: 3, construct: '<!--' });
  });

  it('gives the first words lost, in the order they were written', () => {
    expect(lostText('Before.\n\n<!-- todo\n\nThe rest of it.\n')?.words).toEqual([
      'todo',
      'The',
      'rest',
      'of',
      'it',
    ]);
  });
});
