/**
 * The embed pages as built: one per embed and edition, a figure without the site around it, made to
 * be framed by any site (and only they), kept out of the sitemap and the search index.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/support/headers-file.ts';
import { LOCALES, language, localePath } from '../../../src/i18n/languages.ts';
import { EMBEDS, embedPath } from '../../../src/profile/embeds.ts';
import { builtPages, isEmbed, readPage } from '../support/site.ts';

const embeds = LOCALES.flatMap((locale) =>
  EMBEDS.map((id) => ({ locale, id, path: localePath(locale, embedPath(id)) })),
);
const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
/** The value a server following `_headers` sends last for a header: the one that applies. */
const header = (path: string, name: string) =>
  headersFor(rules, path)
    .filter(([key]) => key.toLowerCase() === name.toLowerCase())
    .at(-1)?.[1];

/** The text of an element's content, as the browser reads its character references. */
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('the embed pages', () => {
  it('are built for every embed in every edition, and are the only pages under embed/', () => {
    expect(builtPages().filter(isEmbed)).toEqual(embeds.map((embed) => embed.path).sort());
  });

  it.each(embeds)(
    '$path is the figure alone, in its language, canonical to the profile',
    ({ locale, id, path }) => {
      const html = readPage(path);
      expect(html).toMatch(new RegExp(`<html lang="${language(locale).tag}"`));
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toMatch(
        new RegExp(`<link rel="canonical" href="https?://[^"]+${localePath(locale, '')}">`),
      );
      // Links open out of the frame, on the site itself.
      expect(html).toContain('<base target="_top">');
      expect(html).not.toMatch(/<(header|nav|footer)[\s>]/);
      expect(html).not.toContain('data-pagefind-body');
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      if (id === 'map') expect(html).toContain('<world-map');
      else expect(html).toContain(`<figure class="chart-figure" id="${id}"`);
      // The way back to the figure on the profile.
      const anchor = id === 'map' ? 'map-title' : id;
      expect(html).toContain(`href="${localePath(locale, '')}#${anchor}"`);
    },
  );

  it.each(embeds)('$path may be framed by any site', ({ path }) => {
    expect(header(path, 'Content-Security-Policy')).toMatch(/frame-ancestors \*(;|$)/);
  });

  it.each(['/', '/en/', '/pt/news/', '/data/headline-figures.csv', '/embedded/', '/en/news/embed/'])(
    '%s may not be framed',
    (path) => {
      expect(header(path, 'Content-Security-Policy')).toContain("frame-ancestors 'none'");
    },
  );

  it('are not in the sitemap (nor in the search index: no data-pagefind-body, checked above)', () => {
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/embed/');
  });

  it.each(LOCALES)('the profile in %s offers the embed code of the map and of every chart', (locale) => {
    const html = readPage(localePath(locale, ''));
    for (const id of EMBEDS) {
      const code = unescape(
        html.match(new RegExp(`<textarea id="${id}-embed-code"[^>]*>([^<]*)</textarea>`))?.[1] ?? '',
      );
      expect(code, id).toMatch(
        new RegExp(`^<iframe src="https?://[^"]+${localePath(locale, embedPath(id))}" title="[^"]+"`),
      );
    }
  });
});
