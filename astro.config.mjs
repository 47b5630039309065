// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The public address (set SITE_URL when deploying); canonical URLs, hreflang alternates and
  // feeds are built from it.
  site: process.env.SITE_URL ?? 'https://peru-migration-profile.example',
  trailingSlash: 'always',
  integrations: [mdx()],
  i18n: {
    locales: ['es', 'en'],
    defaultLocale: 'es',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'always' },
});
