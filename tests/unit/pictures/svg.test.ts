/** The standalone SVG frame of every picture: well-formed whatever its text, titled, sourced, self-contained. */
// Well-formedness is judged by resvg's strict XML parser, the one the build draws the PNGs with (it
// refuses an unescaped < or &); the site suite checks the built files with Chromium's XML parser.
import { XMLParser } from 'fast-xml-parser';
import { isWellFormedSvg } from './well-formed.ts';
import { describe, expect, it } from 'vitest';
import { composePicture, escapeXml, MARGIN, wrapText } from '../../../src/pictures/svg.ts';

const hostile = 'Fish & chips <script>alert("x")</script> \'quoted\' \u0007bell';
const picture = composePicture({
  title: hostile,
  width: 400,
  legend: [
    { fill: '#2166ac', label: 'A < B & "C"' },
    { fill: 'url(#p)', label: 'No data' },
  ],
  legendTitle: 'People & more',
  defs: '<pattern id="p" width="4" height="4"/>',
  body: '<rect width="10" height="10" fill="#000"/>',
  bodyHeight: 100,
  footer: ['2024 · Source: UN DESA & <others>', 'Site · https://example.org/en/'],
});
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });

describe('composePicture', () => {
  it('is well-formed XML, even with <, &, quotes and control characters in its text', () => {
    expect(isWellFormedSvg(picture)).toBe(true);
  });

  it('declares its namespace, size, view box and font, with no class, style or CSS variable', () => {
    const svg = parser.parse(picture).svg;
    expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.width).toBe('400');
    expect(Number(svg.height)).toBeGreaterThan(100 + 2 * MARGIN);
    expect(svg.viewBox).toBe(`0 0 400 ${svg.height}`);
    expect(svg['font-family']).toMatch(/^DejaVu Sans,/);
    expect(picture).not.toMatch(/\sclass=|\sstyle=|var\(--/);
  });

  it('keeps its title as text: in <title> and drawn', () => {
    const svg = parser.parse(picture).svg;
    const expected = 'Fish & chips <script>alert("x")</script> \'quoted\' bell';
    expect(svg.title).toBe(expected);
    expect(picture).not.toContain('<script>');
    expect(picture).toContain('Fish &amp; chips &lt;script&gt;');
  });

  it('draws the legend, its heading, the body and the source lines at the bottom', () => {
    const text = picture.replace(/<[^>]+>/g, ' ');
    for (const part of ['People &amp; more', 'A &lt; B &amp; &quot;C&quot;', 'No data']) {
      expect(text).toContain(part);
    }
    expect(picture).toContain('<defs><pattern id="p"');
    expect(picture.indexOf('Source: UN DESA')).toBeGreaterThan(picture.indexOf('<rect width="10"'));
    expect(picture.indexOf('https://example.org/en/')).toBeGreaterThan(picture.indexOf('Source: UN DESA'));
  });

  it('gives the same bytes for the same input', () => {
    const again = composePicture({ title: 'A', width: 300, body: '', bodyHeight: 10, footer: ['S'] });
    expect(composePicture({ title: 'A', width: 300, body: '', bodyHeight: 10, footer: ['S'] })).toBe(again);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops what XML 1.0 forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the limit', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
  it('gives a word longer than the limit a line of its own', () => {
    expect(wrapText('a verylongword b', 5)).toEqual(['a', 'verylongword', 'b']);
  });
  it('gives no line for no words', () => {
    expect(wrapText('  ', 10)).toEqual([]);
  });
});
