/**
 * The browser harness every page goes through: each built page loads in Debian's Chromium with no
 * console error, and axe finds no WCAG 2.2 AA violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session.ts';
import { builtPages } from '../support/site.ts';

const session = useSiteSession();

const pages = builtPages();

describe('every built page', () => {
  it('includes the profile, news, sources and 404 pages of both editions', () => {
    for (const path of ['/', '/en/', '/news/', '/en/news/', '/sources/', '/en/sources/', '/404.html']) {
      expect(pages).toContain(path);
    }
  });

  it('an unknown address gets the not-found page in both languages, with status 404', async () => {
    const page = await session.browser.newPage();
    const response = await page.goto(`${session.server.origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Página no encontrada');
    await expect(page.locator('[lang="en"] h2').textContent()).resolves.toBe('Page not found');
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
