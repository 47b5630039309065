/** Offline checks of dist/: internal links and #fragments resolve, and the HTML is valid. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWithNu, describeNuMessage, type NuMessage } from '../../../scripts/support/nu-checker.ts';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';
import { brokenLinks } from '../../../scripts/support/link-check.ts';
import {
  builtPages,
  checkedPages,
  DIST,
  isCountryPage,
  pageFile,
  readPage,
  SAMPLE_COUNTRY_PAGES,
} from '../support/site.ts';

const run = (args: string[]) => spawnSync('npx', args, { encoding: 'utf8' });

describe('dist/', () => {
  it('has no broken internal link or #fragment', () => {
    const files = new Set(
      (readdirSync(DIST, { recursive: true }) as string[]).map((file) => `/${file.split('\\').join('/')}`),
    );
    const { broken, checked } = brokenLinks({
      pages: new Map(builtPages().map((page) => [page, readPage(page)])),
      exists: (path) => files.has(path.endsWith('/') ? `${path}index.html` : path),
    });
    expect(broken).toEqual([]);
    // Every page links to its home, its navigation and its language versions at the least.
    expect(checked).toBeGreaterThan(builtPages().length * 10);
  });

  it('is valid HTML (every page but the country profiles outside the sample)', () => {
    const result = run(['html-validate', ...checkedPages().map(pageFile)]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});

describe('the W3C Nu HTML checker', () => {
  const pages = checkedPages();
  // A page with the fault the checker exists to catch, checked in the same run as the site: proof
  // that the run reports errors at all, without starting a second JVM.
  const fixtures = mkdtempSync(join(tmpdir(), 'nu-fixture-'));
  const strayScript = join(fixtures, 'stray-script.html');
  let errors: NuMessage[] = [];

  beforeAll(() => {
    writeFileSync(
      strayScript,
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html>' +
        '<script type="module">void 0</script>',
    );
    errors = checkWithNu([...pages.map(pageFile), strayScript]);
  }, 120_000);
  afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

  it('checks every built page but the country profiles outside the sample, those of every edition included', () => {
    for (const page of SAMPLE_COUNTRY_PAGES) expect(pages).toContain(page);
    expect(
      builtPages()
        .filter((page) => !isCountryPage(page))
        .every((page) => pages.includes(page)),
    ).toBe(true);
    for (const locale of LOCALES) {
      for (const path of ['', 'news/', 'data/', 'sources/', 'search/']) {
        expect(pages).toContain(localePath(locale, path));
      }
    }
    expect(pages).toContain('/404.html');
  });

  it('reports a <script> after </html>, as a fatal error', () => {
    const found = errors.filter((error) => error.url?.endsWith('/stray-script.html'));
    expect(found.map((error) => error.message)).toContain('Stray start tag “script”.');
    expect(found.some((error) => error.subType === 'fatal')).toBe(true);
  });

  it('finds no error on any built page (only its two unknown SVG properties are forgiven)', () => {
    const onPages = errors.filter((error) => !error.url?.endsWith('/stray-script.html'));
    expect(onPages.map(describeNuMessage)).toEqual([]);
  });
});
