/**
 * The browser harness every page goes through, in one visit each: the built page loads in Debian's
 * Chromium with no console error, its Content-Security-Policy (the build's <meta> policy plus the
 * headers of dist/_headers, which the test server sends as the CDN would) refuses nothing the page
 * does, and axe finds no WCAG 2.2 AA violation.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, withAxe } from '../support/axe.ts';
import { useSiteSession } from '../support/site-session.ts';
import { otherLocales, strings } from '../../../src/i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES, language, localePath } from '../../../src/i18n/languages.ts';
import { checkedPages, isEditor, SAMPLE_COUNTRY_PAGES } from '../support/site.ts';

const session = useSiteSession();
// Every page but the country profiles outside the sample (they share one template), and the editor:
// as published it signs in to GitHub, which this machine cannot reach; editor.test.ts runs it, with
// the same watch on console errors and CSP refusals, and axe, on its test backend.
const pages = checkedPages().filter((page) => !isEditor(page));

// One tab visits every page: axe and the CSP watcher are added once and compiled once (a new tab
// for each page cost about a second a page, compiling axe again).
let context: BrowserContext;
let tab: Page;
let errors: string[] = [];
beforeAll(async () => {
  context = await withAxe(await session.browser.newContext());
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  tab = await context.newPage();
  tab.setDefaultTimeout(5000);
  tab.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => context?.close());

describe('every built page', () => {
  it('includes the profile, news, data, sources and search pages of every edition, and the 404 page', () => {
    for (const locale of LOCALES) {
      for (const path of ['', 'news/', 'data/', 'sources/', 'search/']) {
        expect(pages).toContain(localePath(locale, path));
      }
    }
    expect(pages).toContain('/404.html');
    for (const page of SAMPLE_COUNTRY_PAGES) expect(pages).toContain(page);
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

  it.each(pages)(
    '%s loads without console errors or CSP refusals and passes axe (WCAG 2.2 AA)',
    async (path) => {
      errors = [];
      const response = await tab.goto(session.server.origin + path);
      expect(response?.status()).toBe(200);
      expect(await tab.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      expect(
        await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
      ).toEqual([]);
      expect(await axeViolations(tab)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
