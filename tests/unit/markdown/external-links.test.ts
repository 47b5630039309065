/** Links out of the site in Markdown: which addresses leave it. */
import { describe, expect, it } from 'vitest';
import { isExternalHref } from '../../../src/markdown/external-links.ts';

describe('isExternalHref', () => {
  it.each([
    ['https://example.org/', true],
    ['HTTP://example.org', true],
    ['/en/news/', false],
    ['#map', false],
    ['mailto:x@example.org', false],
    // A browser resolves these against the page: both may lead to another site.
    ['//evil.example/', true],
    ['\\\\evil.example/', true],
    ['https:evil.example', true],
    ['  https://example.org/', true],
    ['../news/', false],
    [undefined, false],
  ])('%s → %s', (href, expected) => {
    expect(isExternalHref(href)).toBe(expected);
  });
});
