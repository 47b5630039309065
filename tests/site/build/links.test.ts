/** Links in the built pages: every one that leaves the site is rel="noopener noreferrer". */
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/site.ts';

describe('external links', () => {
  it.each(builtPages())('on %s carry rel="noopener noreferrer" and no javascript: URL', (path) => {
    const html = readPage(path);
    const anchors = html.match(/<a\s[^>]*>/g) ?? [];
    for (const anchor of anchors) {
      expect(anchor).not.toMatch(/href="\s*javascript:/i);
      if (/href="https?:\/\//.test(anchor)) expect(anchor).toContain('rel="noopener noreferrer"');
    }
  });
});
