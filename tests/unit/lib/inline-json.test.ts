/** JSON written inside a page's <script> element: no string in it can end the element. */
import { describe, expect, it } from 'vitest';
import { inlineJson } from '../../../src/lib/inline-json.ts';

describe('inlineJson', () => {
  const hostile = {
    headline: '</script><script>alert(1)</script>',
    other: '<!-- & -->',
    separators: 'a\u2028b\u2029c',
    nested: [{ name: '</SCRIPT >' }],
  };

  it('leaves no character that could end or open an HTML element', () => {
    const text = inlineJson(hostile);
    expect(text).not.toMatch(/[<>&]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).not.toMatch(/[\u2028\u2029]/);
  });

  it('parses back to the very same data', () => {
    expect(JSON.parse(inlineJson(hostile))).toEqual(hostile);
  });

  it('cannot end the <script> element it is written into, as an HTML parser reads it', () => {
    // What an HTML tokenizer does with a script element: its text runs to the first "</script".
    const html = `<script type="application/json">${inlineJson(hostile)}</script><p>after</p>`;
    const body = html.slice(html.indexOf('>') + 1, html.toLowerCase().indexOf('</script'));
    expect(JSON.parse(body)).toEqual(hostile);
  });

  it('is plain JSON.stringify for data without such characters', () => {
    const data = { locale: 'es', counts: { CHL: [1, 2] }, name: 'Perú' };
    expect(inlineJson(data)).toBe(JSON.stringify(data));
  });
});
