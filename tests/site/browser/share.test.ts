/**
 * Sharing the map and the charts as readers do: a link that reopens the view, year and country its
 * sender saw; back and forward through a reader's changes; the copy-link button; the embed code; and
 * the embed pages framed by a page of another origin, under the headers of dist/_headers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/content/read.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { EMBEDS } from '../../../src/profile/embeds.ts';
import { axeViolations, withAxe } from '../support/axe.ts';
import { useSiteSession } from '../support/site-session.ts';

const rows = readDataset(process.cwd(), datasetFor('map', 'stock-by-sex')).entries.map((entry) => entry.data);
const countOf = (direction: string, iso3: string, year: number) =>
  rows.find((row) => row.direction === direction && row.iso3 === iso3 && row.year === year)!.count;
const latestYear = Math.max(...rows.map((row) => row.year));
const en = (value: number) => value.toLocaleString('en-GB');

const session = useSiteSession();
let context: BrowserContext;
let page: Page;

const tooltip = () => page.locator('world-map [role="tooltip"]');
const query = () => new URL(page.url()).searchParams;
const ready = () => page.locator('.map-controls:not([disabled])').waitFor();
async function open(path: string): Promise<void> {
  await page.goto(`${session.server.origin}${path}`);
  await ready();
}

describe('a link to the map', () => {
  beforeEach(async () => {
    context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(5000);
  });
  afterEach(async () => context.close());

  it('reopens its view, year and country, with the country’s figures shown', async () => {
    await open('/en/?view=immigrants&year=2020&country=VEN');
    await expect(page.getByRole('radio', { name: 'Immigrants in Peru' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('world-map').getByLabel('Year').inputValue()).resolves.toBe('2020');
    await expect(tooltip().isVisible()).resolves.toBe(true);
    const text = await tooltip().textContent();
    expect(text).toContain('Venezuela');
    expect(text).toContain(`${en(countOf('immigrants', 'VEN', 2020))} people`);
    expect(await page.locator('.map-table caption').textContent()).toContain('2020');
  });

  it('reads the country code in any case', async () => {
    await open('/en/?view=emigrants&year=2024&country=chl');
    expect(await tooltip().textContent()).toContain(en(countOf('emigrants', 'CHL', 2024)));
  });

  it.each([
    ['an unknown view, year and country', '?view=tourists&year=1066&country=ZZZ'],
    ['a country with no figure in the view', `?view=emigrants&year=${latestYear}&country=PER`],
    ['markup in the parameters', '?view=%3Cimg%20src%3Dx%3E&year=%22%3E&country=%3Cb%3E'],
    ['repeated and empty parameters', '?view=&year=&country=&view=immigrants'],
  ])('falls back quietly on %s', async (_, search) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(`/en/${search}`);
    await expect(page.getByRole('radio', { name: 'Peruvians abroad' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('world-map').getByLabel('Year').inputValue()).resolves.toBe(String(latestYear));
    await expect(tooltip().isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps a known year when only the view is unknown, and the other way round', async () => {
    await open('/en/?view=nope&year=2000');
    await expect(page.getByRole('radio', { name: 'Peruvians abroad' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('world-map').getByLabel('Year').inputValue()).resolves.toBe('2000');
    await open('/en/?view=immigrants&year=1492');
    await expect(page.getByRole('radio', { name: 'Immigrants in Peru' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('world-map').getByLabel('Year').inputValue()).resolves.toBe(String(latestYear));
  });

  it('is written as the reader changes view, year and country, and back and forward walk the changes', async () => {
    await open('/en/');
    expect(page.url()).not.toContain('?');
    await page.locator('world-map').getByLabel('Year').selectOption('2000');
    expect(Object.fromEntries(query())).toEqual({ view: 'emigrants', year: '2000' });
    await page.locator('.map-table tbody tr[data-iso3="ARG"] button').click();
    expect(Object.fromEntries(query())).toEqual({ view: 'emigrants', year: '2000', country: 'ARG' });
    await expect(tooltip().isVisible()).resolves.toBe(true);
    // The selected country stays selected in a view where it has a figure.
    await page.getByRole('radio', { name: 'Immigrants in Peru' }).check();
    expect(Object.fromEntries(query())).toEqual({ view: 'immigrants', year: '2000', country: 'ARG' });
    expect(await tooltip().textContent()).toContain(en(countOf('immigrants', 'ARG', 2000)));

    await page.goBack();
    await expect.poll(() => query().get('view')).toBe('emigrants');
    await expect(page.getByRole('radio', { name: 'Peruvians abroad' }).isChecked()).resolves.toBe(true);
    expect(await tooltip().textContent()).toContain(en(countOf('emigrants', 'ARG', 2000)));
    await page.goBack();
    await expect.poll(() => query().get('country')).toBe(null);
    await expect(tooltip().isHidden()).resolves.toBe(true);
    await expect(page.locator('world-map').getByLabel('Year').inputValue()).resolves.toBe('2000');
    await page.goBack();
    await expect.poll(() => page.url().includes('?')).toBe(false);
    await expect(page.locator('world-map').getByLabel('Year').inputValue()).resolves.toBe(String(latestYear));
    await page.goForward();
    await expect.poll(() => query().get('year')).toBe('2000');
    await expect(page.locator('world-map').getByLabel('Year').inputValue()).resolves.toBe('2000');
  });

  it('selects a country with Enter from the keyboard, and Escape clears it', async () => {
    await open('/en/');
    await page.locator('svg.map path[tabindex="0"]').focus();
    const first = await page.locator('svg.map path[tabindex="0"]').getAttribute('data-iso3');
    // The address changes once the script has handled the key: polled, not read at once.
    await page.keyboard.press('Enter');
    await expect.poll(() => query().get('country')).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => query().get('country')).toBe(null);
  });

  it('is copied by the copy-link button, which says so', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
    await open('/en/?view=immigrants&year=2015&country=COL');
    const button = page.getByRole('button', { name: 'Copy link to this view' });
    await button.click();
    // The clipboard answers asynchronously: wait for the button's word.
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe('?view=immigrants&year=2015&country=COL');
  });

  it('gives embed code that follows the map’s state', async () => {
    await open('/en/');
    const code = page.locator('world-map textarea');
    expect(await code.inputValue()).toMatch(/<iframe src="https?:\/\/[^"]+\/en\/embed\/map\/"/);
    await page.getByRole('radio', { name: 'Immigrants in Peru' }).check();
    expect(await code.inputValue()).toContain('/en/embed/map/?view=immigrants&amp;year=');
    // The snippet is markup a reader pastes: it parses as one iframe with the map's title.
    const iframe = await page.evaluate(
      (html) => {
        const element = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
        return {
          tag: element.tagName,
          src: element.getAttribute('src'),
          title: element.getAttribute('title'),
        };
      },
      await code.inputValue(),
    );
    expect(iframe.tag).toBe('IFRAME');
    expect(new URL(iframe.src!).searchParams.get('view')).toBe('immigrants');
    expect(iframe.title).toContain('Where Peruvians abroad live');
  });

  it('without JavaScript, shows the default view', async () => {
    const plain = await session.browser.newContext({ javaScriptEnabled: false });
    const p = await plain.newPage();
    await p.goto(`${session.server.origin}/en/?view=immigrants&year=1990&country=VEN`);
    await expect(p.getByRole('radio', { name: 'Peruvians abroad' }).isChecked()).resolves.toBe(true);
    expect(await p.locator('.map-table caption').textContent()).toContain(String(latestYear));
    await plain.close();
  });
});

/** A page of another origin (another port of 127.0.0.1) that frames `src`. */
async function hostPage(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><title>Host</title><h1>An article</h1>` +
        `<iframe src="${src.replace(/"/g, '&quot;')}" title="Embedded figure" width="100%" height="800"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('the embeds', () => {
  let host: Awaited<ReturnType<typeof hostPage>>;
  beforeAll(async () => {
    host = await hostPage();
  });
  afterAll(async () => host.close());
  beforeEach(async () => {
    context = await session.browser.newContext({ viewport: { width: 900, height: 1000 } });
    page = await context.newPage();
    page.setDefaultTimeout(5000);
  });
  afterEach(async () => context.close());

  /** Opens the host page framing `path`; returns the frame and every console error and refusal. */
  async function frame(path: string) {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${host.origin}/?src=${encodeURIComponent(session.server.origin + path)}`);
    return { frame: page.frameLocator('iframe'), problems };
  }

  it('the map loads framed by another site, in the shared state, with no CSP or console error', async () => {
    const { frame: embed, problems } = await frame('/en/embed/map/?view=immigrants&year=2024&country=VEN');
    await embed.locator('.map-controls:not([disabled])').waitFor();
    await expect(embed.locator('[role="tooltip"]').textContent()).resolves.toContain(
      en(countOf('immigrants', 'VEN', 2024)),
    );
    await expect(embed.locator('h1').textContent()).resolves.toContain('Where Peruvians abroad live');
    // Legend, source, and the way back to the profile, at the same state, out of the frame.
    await expect(embed.locator('.legend').isVisible()).resolves.toBe(true);
    await expect(embed.locator('.citation').first().textContent()).resolves.toContain('UN DESA');
    const back = embed.getByRole('link', { name: 'See it in the Peru migration profile' });
    expect(new URL((await back.getAttribute('href'))!, session.server.origin).search).toBe(
      '?view=immigrants&year=2024&country=VEN',
    );
    // No site navigation in an embed.
    await expect(embed.locator('nav, header, footer').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('changing the embedded map leaves the host page’s history alone', async () => {
    const { frame: embed } = await frame('/en/embed/map/');
    await embed.locator('.map-controls:not([disabled])').waitFor();
    const length = await page.evaluate(() => history.length);
    await embed.getByLabel('Year').selectOption('2000');
    await embed.locator('.map-table tbody tr[data-iso3="USA"] button').click();
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  it.each(EMBEDS.filter((id) => id !== 'map'))('the chart %s loads framed by another site', async (id) => {
    const { frame: embed, problems } = await frame(`/pt/embed/${id}/`);
    await expect(embed.locator(`figure#${id} svg`).first().isVisible()).resolves.toBe(true);
    await expect(embed.locator('h1').count()).resolves.toBe(1);
    await expect(embed.locator('.citation').first().textContent()).resolves.toMatch(/Fonte|UNHCR|UN DESA/);
    expect(problems).toEqual([]);
  });

  it('a page that is not an embed refuses to be framed (frame-ancestors none)', async () => {
    const { problems } = await frame('/en/');
    await expect
      .poll(() => problems.some((problem) => /frame-ancestors|Refused to (display|frame)/i.test(problem)))
      .toBe(true);
    // The framed document is not the profile: the browser put an error page in its place.
    await expect(page.frameLocator('iframe').locator('world-map').count()).resolves.toBe(0);
  });

  it('the map embed passes axe at phone width', async () => {
    const phone = await withAxe(
      await session.browser.newContext({
        viewport: { width: 390, height: 760 },
        isMobile: true,
        hasTouch: true,
      }),
    );
    page = await phone.newPage();
    await page.goto(`${session.server.origin}/embed/map/`);
    await ready();
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
