/**
 * The pages under their real Content-Security-Policy (the build's <meta> policy plus the headers
 * of dist/_headers, which the test server sends as the CDN would): the map and search work under it,
 * and code injected into a page is refused. Every page's own check (nothing refused) is part of the
 * visit each page gets in pages.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session.ts';

const session = useSiteSession();

/** A page that records every CSP violation into window.__violations. */
async function watchedPage(): Promise<Page> {
  const page = await session.browser.newPage();
  page.setDefaultTimeout(5000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return page;
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('the Content-Security-Policy', () => {
  it('lets the map and the search work', async () => {
    const page = await watchedPage();
    await page.goto(`${session.server.origin}/en/`);
    await page.locator('.map-controls:not([disabled])').waitFor();
    await page.getByRole('radio', { name: 'Immigrants in Peru' }).check();
    expect(await page.locator('svg.map path[data-iso3="VEN"]').getAttribute('class')).toBe('b4');
    await page.goto(`${session.server.origin}/en/search/?q=DIVIAC`);
    await page.locator('#search-results a').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('refuses an injected inline script', async () => {
    const page = await watchedPage();
    await page.goto(`${session.server.origin}/en/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    });
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined();
    expect((await violations(page)).some((violation) => violation.startsWith('script-src'))).toBe(true);
    await page.close();
  });

  it('is sent with frame-ancestors and the other security headers', async () => {
    const page = await session.browser.newPage();
    const response = await page.goto(`${session.server.origin}/`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    await page.close();
  });
});
