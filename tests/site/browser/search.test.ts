/** Site search in the browser: Pagefind's index, loaded only when a visitor searches. */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session.ts';

const session = useSiteSession();

describe('search', () => {
  // "DIVIAC" (the police division) appears only in the body of the «Coyote 2020» item, in each language.
  it.each([
    ['/en/search/', '/en/news/coyote-2020-operation/', '1 result for “DIVIAC”'],
    ['/search/', '/news/operacion-coyote-2020/', '1 resultado para «DIVIAC»'],
  ])('on %s finds the one item whose body has the word', async (path, expected, status) => {
    const page = await session.browser.newPage();
    page.setDefaultTimeout(5000);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(session.server.origin + path);
    expect(requests.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox').fill('DIVIAC');
    await page.getByRole('button', { name: /search|buscar/i }).click();
    await page.locator('#search-results a').first().waitFor();
    const links = await page
      .locator('#search-results a')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
      );
    expect(links).toEqual([expected]);
    expect(await page.locator('#search-status').textContent()).toBe(status);
    expect(requests.some((url) => url.startsWith('/pagefind/'))).toBe(true);
    await page.close();
  });

  it('runs the search of a ?q= address and says when nothing is found', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/en/search/?q=zzyzxqq`);
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 5000 })
      .toMatch(/Nothing found for “zzyzxqq”/);
    await page.close();
  });

  it.each(['$&$`', "$'{q}", '{n} $$'])(
    'shows the query %s as typed: no replacement pattern nor placeholder is read in it',
    async (query) => {
      const page = await session.browser.newPage();
      await page.goto(`${session.server.origin}/en/search/?q=${encodeURIComponent(query)}`);
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 5000 })
        .toMatch(
          new RegExp(
            `^(\\d+ results? for|Nothing found for) “${query.replace(/[$^{}()|[\]\\.*+?]/g, '\\$&')}”`,
          ),
        );
      await page.close();
    },
  );
});
