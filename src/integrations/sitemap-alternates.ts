/**
 * The sitemap's language alternates, read back from each built page's own hreflang links: the
 * sitemap then says exactly what the pages say, and the choice of alternates stays in one place
 * (`src/editions/alternates.ts`, which the page shell calls). Replaces @astrojs/sitemap's `i18n` option,
 * which pairs pages by identical paths only: it cannot pair a news item with its translation, nor
 * leave out a page the other edition does not have.
 */
import { readFile } from 'node:fs/promises';
import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** A sitemap alternate, as @astrojs/sitemap writes it: `<xhtml:link rel="alternate" hreflang href>`. */
export interface SitemapLink {
  lang: string;
  url: string;
}

/** The `<link rel="alternate" hreflang="…" href="…">` of a page's head, in document order. */
export function hreflangLinksOf(html: string): SitemapLink[] {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  // The site writes these tags itself (src/layouts/Base.astro): reading their attributes is enough,
  // and a full HTML parse of every page cost seconds at thousands of pages.
  const links: SitemapLink[] = [];
  for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const lang = attributes.get('hreflang');
    const url = attributes.get('href');
    if (rel.includes('alternate') && lang !== undefined && url !== undefined) links.push({ lang, url });
  }
  return links;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };

/** A tag's attributes by lower-cased name, values unquoted and their entities decoded. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of tag.matchAll(
    /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    const value = double ?? single ?? bare ?? '';
    attributes.set(
      name!.toLowerCase(),
      value.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, entity: string) => ENTITIES[entity]!),
    );
  }
  return attributes;
}

/** The file a page of the sitemap was built to: `/en/news/` → `<outDir>/en/news/index.html`. */
export function pageFileUrl(pageUrl: string, outDir: URL): URL {
  const pathname = new URL(pageUrl).pathname;
  return new URL(`.${pathname}${pathname.endsWith('/') ? 'index.html' : ''}`, outDir);
}

/**
 * An integration that notes where the build wrote the pages, and the `serialize` option of
 * @astrojs/sitemap that gives each page its alternates. List the integration before the sitemap:
 * Astro runs their `astro:build:done` hooks in order.
 */
export function sitemapAlternates(): {
  integration: AstroIntegration;
  serialize: (item: SitemapItem) => Promise<SitemapItem>;
} {
  let outDir: URL | undefined;
  return {
    integration: {
      name: 'sitemap-alternates',
      hooks: {
        'astro:build:done': ({ dir }) => {
          outDir = dir;
        },
      },
    },
    async serialize(item) {
      if (!outDir) throw new Error('sitemap-alternates must be listed before the sitemap integration');
      const links = hreflangLinksOf(await readFile(pageFileUrl(item.url, outDir), 'utf8'));
      const { links: _ignored, ...rest } = item;
      return links.length > 0 ? { ...rest, links } : rest;
    },
  };
}
