/** Site search in the browser: Pagefind's index, loaded only when a visitor searches. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNews } from '../../../src/news/files.ts';
import { strings } from '../../../src/i18n/index.ts';
import { LOCALES, language, localePath } from '../../../src/i18n/languages.ts';
import { newsHref, translationGroups } from '../../../src/news/items.ts';
import { useSiteSession } from '../support/site-session.ts';

const session = useSiteSession();

describe('search', () => {
  // "DIVIAC" (the police division) appears only in the body of the «Coyote 2020» item, in each
  // language: each edition's search finds its own version, in its own index.
  const coyote = translationGroups(readNews(process.cwd()).entries)('en/coyote-2020-operation');
  it.each(
    LOCALES.map((locale) => [
      localePath(locale, 'search/'),
      newsHref(coyote.find((version) => version.data.lang === locale)!),
      strings(locale).search.results(1, 'DIVIAC'),
      strings(locale).search.submit,
    ]),
  )('on %s finds the one item whose body has the word', async (path, expected, status, submit) => {
    const page = await session.browser.newPage();
    page.setDefaultTimeout(5000);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(session.server.origin + path);
    expect(requests.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox').fill('DIVIAC');
    await page.getByRole('button', { name: submit }).click();
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

  it.each(LOCALES)('indexes the %s edition under its language tag', (locale) => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(LOCALES.map((each) => language(each).tag).sort());
    expect(entry.languages[language(locale).tag]!.page_count).toBeGreaterThan(5);
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
