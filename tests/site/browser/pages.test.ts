/**
 * The browser harness every page goes through: each built page loads in Debian's Chromium with no
 * console error, and axe finds no WCAG 2.2 AA violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session.ts';
import { otherLocales, strings } from '../../../src/i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES, language, localePath } from '../../../src/i18n/languages.ts';
import { builtPages } from '../support/site.ts';

const session = useSiteSession();

const pages = builtPages();

describe('every built page', () => {
  it('includes the profile, news, data, sources and search pages of every edition, and the 404 page', () => {
    for (const locale of LOCALES) {
      for (const path of ['', 'news/', 'data/', 'sources/', 'search/']) {
        expect(pages).toContain(localePath(locale, path));
      }
    }
    expect(pages).toContain('/404.html');
  });

  it('an unknown address gets the not-found page in every language, with status 404', async () => {
    const page = await session.browser.newPage();
    const response = await page.goto(`${session.server.origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe(strings(DEFAULT_LOCALE).notFound.title);
    for (const locale of otherLocales(DEFAULT_LOCALE)) {
      await expect(page.locator(`main [lang="${language(locale).tag}"] h2`).textContent()).resolves.toBe(
        strings(locale).notFound.title,
      );
    }
    await page.close();
  });

  it.each(pages)('%s loads without console errors and passes axe (WCAG 2.2 AA)', async (path) => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(session.server.origin + path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const violations = results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
