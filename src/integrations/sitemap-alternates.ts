/**
 * The sitemap's language alternates, read back from each built page's own hreflang links: the
 * sitemap then says exactly what the pages say, and the choice of alternates stays in one place
 * (`src/lib/alternates.ts`, which the page shell calls). Replaces @astrojs/sitemap's `i18n` option,
 * which pairs pages by identical paths only: it cannot pair a news item with its translation, nor
 * leave out a page the other edition does not have.
 */
import { readFile } from 'node:fs/promises';
import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A sitemap alternate, as @astrojs/sitemap writes it: `<xhtml:link rel="alternate" hreflang href>`. */
export interface SitemapLink {
  lang: string;
  url: string;
}

/** The `<link rel="alternate" hreflang="…" href="…">` of a page's head, in document order. */
export function hreflangLinksOf(html: string): SitemapLink[] {
  const end = html.indexOf('</head>');
  const head = fromHtml(end === -1 ? html : html.slice(0, end));
  const links: SitemapLink[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element' && isHreflangLink(node)) {
      links.push({ lang: String(node.properties.hrefLang), url: String(node.properties.href) });
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(head);
  return links;
}

function isHreflangLink(node: Element): boolean {
  const rel = node.properties.rel;
  return (
    node.tagName === 'link' &&
    Array.isArray(rel) &&
    rel.includes('alternate') &&
    typeof node.properties.hrefLang === 'string' &&
    typeof node.properties.href === 'string'
  );
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
