/** The _headers file (the format Netlify and Cloudflare Pages read), as the test server applies it. */
import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile } from '../../../../scripts/support/headers-file.ts';

describe('parseHeadersFile', () => {
  const rules = parseHeadersFile('# comment\n/*\n  A: 1\n  B: two words\n\n/x/*\n  C: 3\n');

  it('reads paths and their indented headers, skipping comments and blank lines', () => {
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          ['A', '1'],
          ['B', 'two words'],
        ],
      },
      { pattern: '/x/*', headers: [['C', '3']] },
    ]);
  });

  it('applies every matching rule in order', () => {
    expect(headersFor(rules, '/x/y.js')).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', '3'],
    ]);
    expect(headersFor(rules, '/z')).toEqual([
      ['A', '1'],
      ['B', 'two words'],
    ]);
  });

  it.each([
    ['/_astro/*', '/_astro/a.js', true],
    // Netlify's standalone `*` segment may be empty, and a trailing slash is optional.
    ['/_astro/*', '/_astro', true],
    ['/a.b', '/aXb', false],
    ['/exact', '/exact', true],
    ['/:lang/embed/*', '/en/embed/map/', true],
    ['/:lang/embed/*', '/embed/map/', false],
    ['/:lang/embed/*', '/en/x/embed/map/', false],
    // Netlify reads `/:lang/embed/*` as `^/([^/]+)/embed/?(.*)/?$`: the slash after embed is
    // optional, so /en/embedded/ matches it too (why public/_headers names each embed exactly).
    ['/:lang/embed/*', '/en/embedded/', true],
    ['/:lang/embed/*', '/news/embed/', true],
    ['/embed/map/', '/embed/map', true],
    ['/embed/map/', '/EMBED/Map/', true],
    ['/embed/map/', '/embed/map/x/', false],
    ['/embed/map/', '/news/embed/', false],
  ])('pattern %s matches %s: %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });

  it('refuses a header line outside a path and a malformed line', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2/);
  });
});
