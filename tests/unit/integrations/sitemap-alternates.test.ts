/** The sitemap's alternates, read back from each page's hreflang links. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  hreflangLinksOf,
  pageFileUrl,
  sitemapAlternates,
} from '../../../src/integrations/sitemap-alternates.ts';

const head = (links: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>x</title>${links}` +
  '<link rel="alternate" type="application/rss+xml" href="/en/rss.xml"><link rel="canonical" href="https://x.example/en/">' +
  '</head><body><link rel="alternate" hreflang="fr" href="https://x.example/fr/"></body></html>';

describe('hreflangLinksOf', () => {
  it('reads the hreflang links of the head, in order, and nothing else', () => {
    const html = head(
      '<link rel="alternate" hreflang="es" href="https://x.example/news/a/?b=1&amp;c=2">' +
        '<link href="https://x.example/en/news/a/" hreflang="en" rel="alternate">' +
        '<link rel="alternate" hreflang="x-default" href="https://x.example/news/a/?b=1&amp;c=2">',
    );
    expect(hreflangLinksOf(html)).toEqual([
      { lang: 'es', url: 'https://x.example/news/a/?b=1&c=2' },
      { lang: 'en', url: 'https://x.example/en/news/a/' },
      { lang: 'x-default', url: 'https://x.example/news/a/?b=1&c=2' },
    ]);
  });

  it('leaves out alternates without a language (the feed) and links after the head', () => {
    const html =
      head(
        '<link rel="alternate" type="application/rss+xml" title="News" href="/rss.xml">' +
          "<link rel='Alternate icon' hreflang='pt' href='https://x.example/pt/'>",
      ) + '<body><link rel="alternate" hreflang="fr" href="https://x.example/fr/"></body>';
    expect(hreflangLinksOf(html)).toEqual([{ lang: 'pt', url: 'https://x.example/pt/' }]);
  });

  it('finds none on a page without alternates', () => {
    expect(hreflangLinksOf(head(''))).toEqual([]);
  });
});

describe('pageFileUrl', () => {
  const out = new URL('file:///site/dist/');

  it.each([
    ['https://x.example/', 'file:///site/dist/index.html'],
    ['https://x.example/en/news/tags/policy/', 'file:///site/dist/en/news/tags/policy/index.html'],
    ['https://x.example/en/rss.xml', 'file:///site/dist/en/rss.xml'],
  ])('%s was written to %s', (page, file) => {
    expect(pageFileUrl(page, out).href).toBe(file);
  });
});

describe('sitemapAlternates', () => {
  it('gives each sitemap entry the links its page declares, and none to a page without', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitemap-alternates-'));
    try {
      mkdirSync(join(dir, 'en'));
      writeFileSync(
        join(dir, 'en', 'index.html'),
        head('<link rel="alternate" hreflang="en" href="https://x.example/en/">'),
      );
      writeFileSync(join(dir, 'index.html'), head(''));
      const { integration, serialize } = sitemapAlternates();
      const done = integration.hooks['astro:build:done'] as (options: { dir: URL }) => void;
      done({ dir: pathToFileURL(`${dir}/`) });
      expect(await serialize({ url: 'https://x.example/en/' })).toEqual({
        url: 'https://x.example/en/',
        links: [{ lang: 'en', url: 'https://x.example/en/' }],
      });
      expect(await serialize({ url: 'https://x.example/', links: [{ lang: 'es', url: 'stale' }] })).toEqual({
        url: 'https://x.example/',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to run before the build has said where the pages are', async () => {
    await expect(sitemapAlternates().serialize({ url: 'https://x.example/' })).rejects.toThrow(
      /before the sitemap/,
    );
  });
});
