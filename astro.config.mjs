// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { editorBundle } from './src/admin/bundle.ts';
import { HAST_PLUGINS, PIPELINE_FEATURES } from './src/markdown/pipeline.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/languages.ts';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.ts';

/**
 * Drafts show on the dev server only. Decided by the command, not by NODE_ENV or MODE, which a
 * caller's environment can change (a test runner sets NODE_ENV=test): `astro build` never shows them.
 */
/** @type {import('astro').AstroIntegration} */
const draftsOnlyInDev = {
  name: 'drafts-only-in-dev',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      updateConfig({
        vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } },
      });
    },
  },
};

/**
 * The project's folder, for what the build reads outside Astro's collections (the world tables,
 * src/countries/load.ts): the root Astro builds, which `--root` sets apart from the folder the build
 * was started in (the tests' and benchmarks' copies are built that way).
 * @type {import('astro').AstroIntegration}
 */
const projectRoot = {
  name: 'project-root',
  hooks: {
    'astro:config:setup': ({ config, updateConfig }) => {
      updateConfig({
        vite: { define: { 'import.meta.env.PROJECT_ROOT': JSON.stringify(fileURLToPath(config.root)) } },
      });
    },
  },
};

/**
 * Astro 7's MDX compilation marks each item with a "use astro:head-inject" directive that the bundler
 * warns it may not preserve (withastro/astro#18087): a known, harmless warning printed once per MDX
 * item on every build. Only that warning is dropped; every other log goes through.
 * @type {import('vite').UserConfig['build']}
 */
const quietBuild = {
  // The browser editor's bundle (/admin/, Sveltia CMS: about 2.2 MB) is one chunk by design and is
  // loaded by that page only; the site's pages are held to their own budget by scripts/bench.ts.
  chunkSizeWarningLimit: 2400,
  rolldownOptions: {
    onLog(level, log, handler) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
      handler(level, log);
    },
  },
};

// Each page's hreflang links, copied into the sitemap (src/integrations/sitemap-alternates.ts).
const alternates = sitemapAlternates();

export default defineConfig({
  // The public address (set SITE_URL when deploying); canonical URLs, hreflang alternates and
  // feeds are built from it.
  site: process.env.SITE_URL ?? 'https://peru-migration-profile.example',
  trailingSlash: 'always',
  integrations: [
    draftsOnlyInDev,
    projectRoot,
    mdx(),
    // Before the sitemap: it notes where the pages were written, for the sitemap to read their links.
    alternates.integration,
    sitemap({
      // The not-found page, the embeds (framed by other sites, canonical to the profile) and the
      // browser editor (/admin/) are not pages to index.
      filter: (page) =>
        !page.endsWith('/404/') &&
        !new URL(page).pathname.includes('/embed/') &&
        !new URL(page).pathname.startsWith('/admin/'),
      // The alternates each page declares: one tag per edition, from the registry; translations of
      // a news item paired; a page another edition lacks left unpaired.
      serialize: alternates.serialize,
    }),
  ],
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  // Four pages rendered at a time: one at a time, the build waited on writing each page to disk for
  // half its time at thousands of pages. The pages do not depend on the order they are written in.
  build: { inlineStylesheets: 'always', concurrency: 4 },
  // Caches live with the project, not in node_modules: the tests' and benchmarks' temporary copies
  // link node_modules, and a shared cache let one build read another's content (a copy building
  // 5,000 items published the 4 of the project next door).
  cacheDir: './.cache/astro/',
  // The browser editor at /admin/ (src/admin/) is bundled from npm, its fonts served by this site.
  vite: { build: quietBuild, cacheDir: '.cache/vite', plugins: [editorBundle()] },
  markdown: {
    // The pipeline the content check renders every body with (src/markdown/pipeline.ts): raw HTML
    // parsed into elements, the body policy as a backstop, table alignment, links out.
    processor: satteri({ hastPlugins: HAST_PLUGINS, features: PIPELINE_FEATURES }),
    // News has no code blocks; Shiki's highlighting would need inline styles the CSP refuses.
    syntaxHighlight: false,
  },
  security: {
    // A <meta> Content-Security-Policy with the hashes of Astro's own scripts and styles: no inline
    // code runs unless the build emitted it. Pagefind compiles WebAssembly, which needs
    // 'wasm-unsafe-eval'; everything else comes from this site.
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
