import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules, the content as committed, the command-line tools) never builds
 * the site; `site` reads the built dist/ (built once by its global setup) with the offline checks and
 * the browser. `npm run test:unit` runs the first alone; `npm test` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/tools/**/*.test.ts'],
          testTimeout: 30_000,
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
          fileParallelism: false,
        },
      },
    ],
  },
});
