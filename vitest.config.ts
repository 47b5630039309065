import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules, the content as committed, the command-line tools) never builds
 * the site; `site` reads the built dist/ (built once by its global setup) with the offline checks and
 * the browser. `npm run test:unit` runs the first alone; `npm test` runs both.
 */
export default defineConfig({
  test: {
    // Both cores: vitest's default leaves one free, which on a 2-core machine runs every file in turn.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/tools/**/*.test.ts'],
          testTimeout: 30_000,
          // Pure modules and tools run as separate processes: one module graph for every file is
          // safe, and saves reloading Astro's and zod's modules for each of them.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // The build and browser suites share one built dist/ (tests/site/global-setup.ts builds it once).
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 180_000,
          // The suites read dist/ and drive their own browser contexts: one module graph for every
          // file spares each of them reloading the site's modules.
          isolate: false,
        },
      },
    ],
  },
});
