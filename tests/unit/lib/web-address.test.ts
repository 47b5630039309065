/** Web addresses: where they lead, and which may be published (`src/lib/web-address.ts`). */
import { describe, expect, it } from 'vitest';
import { addressProblem, leavesSite, withAsciiHost } from '../../../src/lib/web-address.ts';

describe('leavesSite', () => {
  it.each([
    ['https://example.org/', true],
    ['HTTP://example.org', true],
    ['https:example.org', true],
    ['//example.org/x', true],
    ['\\\\example.org/x', true],
    // Browsers read a backslash as a slash in web addresses: /\ is // too.
    ['/\\example.org', true],
    ['mailto:a@example.org', true],
    ['/en/news/', false],
    ['../x/', false],
    ['#notes', false],
    ['news/', false],
  ])('%s → %s', (href, expected) => {
    expect(leavesSite(href)).toBe(expected);
  });
});

describe('addressProblem', () => {
  it.each([
    'https://www.example.org/page?x=1#y',
    'http://example.org',
    'https://пример.рф/',
    'https://例え.jp/パス',
    'https://xn--e1afmkfd.xn--p1ai/',
  ])('accepts %s', (url) => {
    expect(addressProblem(url)).toBeUndefined();
  });

  it.each([
    ['https://user:secret@example.org/x', 'user name or password', 'https://example.org/x'],
    ['https://user@example.org/x', 'user name or password', 'https://example.org/x'],
    ['https://:secret@example.org/', 'user name or password', 'https://example.org/'],
    ['//user:secret@example.org/x', 'user name or password', 'https://example.org/x'],
    ['https:evil.example', 'scheme without //', 'https://evil.example'],
    ['http:/evil.example/x', 'scheme without //', 'http://evil.example/x'],
  ])('refuses %s, saying what to write', (url, said, written) => {
    const problem = addressProblem(url);
    expect(problem?.message).toContain(said);
    expect(problem?.fix).toContain(written);
  });

  it.each([
    ['https://ex\u0430mple.org/', 'Latin and Cyrillic'],
    ['https://p\u0430ypal.com/', 'Latin and Cyrillic'],
    ['https://\u03bfpen.example/', 'Greek and Latin'],
    ['//ex\u0430mple.org/', 'Latin and Cyrillic'],
  ])('refuses the look-alike host of %s', (url, scripts) => {
    expect(addressProblem(url)?.message).toContain(scripts);
  });
});

describe('withAsciiHost', () => {
  it('writes a host that is not ASCII in punycode, and leaves others alone', () => {
    expect(withAsciiHost('https://пример.рф/путь')).toBe(
      'https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C',
    );
    expect(withAsciiHost('https://example.org/ü?q=ä')).toBe('https://example.org/ü?q=ä');
    expect(withAsciiHost('/en/news/')).toBe('/en/news/');
  });
});
