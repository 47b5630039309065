// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The public address (set SITE_URL when deploying); canonical URLs, hreflang alternates and
  // feeds are built from it.
  site: process.env.SITE_URL ?? 'https://peru-migration-profile.example',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    sitemap({
      // The not-found page is not a page to index.
      filter: (page) => !page.endsWith('/404/'),
      i18n: { defaultLocale: 'es', locales: { es: 'es-PE', en: 'en' } },
    }),
  ],
  i18n: {
    locales: ['es', 'en'],
    defaultLocale: 'es',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'always' },
});
