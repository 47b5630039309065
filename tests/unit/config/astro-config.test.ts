/**
 * The build's caches belong to the project being built. The tests' and benchmarks' temporary copies
 * link the project's node_modules; with Astro's default cache there, two builds running side by side
 * shared one content store, and a copy with 5,000 generated items published the project's 4.
 */
import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';

describe('the build caches', () => {
  it.each([
    ['Astro', config.cacheDir],
    ['Vite', config.vite?.cacheDir],
  ])('%s keeps its cache under the project root, outside node_modules', (_, dir) => {
    expect(dir).toBeTypeOf('string');
    expect(String(dir)).not.toMatch(/node_modules/);
    // Relative to the project root and inside it.
    expect(isAbsolute(String(dir))).toBe(false);
    expect(String(dir).split('/')).not.toContain('..');
  });
});
