/**
 * The country profiles as visitors use them: a country's own map answers a hover with the figure of
 * the world table, in either view; the index's filter box narrows the list and says how many are left.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv.ts';
import { axeViolations, withAxe } from '../support/axe.ts';
import { useSiteSession } from '../support/site-session.ts';

const corridors = parseCsv(readFileSync('content/data/world/undesa-ims2024-corridors.csv', 'utf8')).map(
  ({ cells }) => cells,
);
const corridor = (destination: string, origin: string, year: string) =>
  Number(
    corridors.find((row) => row.destination === destination && row.origin === origin && row.year === year)!
      .count,
  );
const en = (value: number) => value.toLocaleString('en-GB');

const session = useSiteSession();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  context = await withAxe(await session.browser.newContext({ viewport: { width: 1280, height: 900 } }));
  page = await context.newPage();
  page.setDefaultTimeout(5000);
});
afterEach(async () => context.close());

/** Moves the pointer to a point inside a country's shape (its bounding-box centre may be a neighbour's). */
async function hover(iso3: string): Promise<void> {
  const path = page.locator(`svg.map path[data-iso3="${iso3}"]`);
  await path.scrollIntoViewIfNeeded();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const point = await path.evaluate((shape) => {
    const box = shape.getBoundingClientRect();
    for (let fy = 0.1; fy < 1; fy += 0.1)
      for (let fx = 0.1; fx < 1; fx += 0.1) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        if (document.elementFromPoint(x, y) === shape) return { x, y };
      }
    return null;
  });
  if (!point) throw new Error(`no visible point inside ${iso3}`);
  await page.mouse.move(point.x, point.y);
}

describe("a country's profile", () => {
  it('answers a hover on its map with the world table’s figure, in both views', async () => {
    await page.goto(`${session.server.origin}/en/countries/germany/`);
    await page.locator('.map-controls:not([disabled])').waitFor();
    // Germany is the home country: drawn apart, not a figure.
    await expect(page.locator('svg.map path[data-iso3="DEU"]').getAttribute('class')).resolves.toBe('pe');

    await hover('USA');
    const tooltip = page.locator('[role="tooltip"]');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    expect(await tooltip.textContent()).toContain(`${en(corridor('USA', 'DEU', '2024'))} people`);

    await page.getByRole('radio', { name: 'Immigrants in the country' }).check();
    await hover('TUR');
    expect(await tooltip.textContent()).toContain(`${en(corridor('DEU', 'TUR', '2024'))} people`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the index of countries', () => {
  it('filters the list by name, accents ignored, and says how many are shown', async () => {
    await page.goto(`${session.server.origin}/pt/paises/`);
    const input = page.getByLabel('Encontrar um país');
    await input.fill('alema');
    const status = page.locator('country-filter [role="status"]');
    await expect(status.textContent()).resolves.toMatch(/^1 de \d+ países e áreas exibidos\.$/);
    await expect(page.locator('.country-list li:not([hidden]) a').allTextContents()).resolves.toEqual([
      'Alemanha',
    ]);
    await input.fill('japão');
    await expect(page.locator('.country-list li:not([hidden]) a').allTextContents()).resolves.toEqual([
      'Japão',
    ]);
    await input.fill('');
    await expect(status.textContent()).resolves.toMatch(/^(\d+) de \1 /);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the map of the index of countries', () => {
  const wpp = parseCsv(readFileSync('content/data/flows/wpp2024-net-migration.csv', 'utf8')).map(
    ({ cells }) => cells,
  );
  const latest = String(Math.max(...wpp.map((row) => Number(row.year))));
  const rateOf = (iso3: string) =>
    Number(wpp.find((row) => row.iso3 === iso3 && row.year === latest)!.net_migration_rate);
  /** The link of a country on the map, and a point inside its shape. */
  async function pointIn(iso3: string): Promise<{ x: number; y: number }> {
    const shape = page.locator(`rate-map a[data-iso3="${iso3}"] path`);
    await shape.scrollIntoViewIfNeeded();
    const point = await shape.evaluate((path) => {
      const box = path.getBoundingClientRect();
      for (let fy = 0.1; fy < 1; fy += 0.1)
        for (let fx = 0.1; fx < 1; fx += 0.1) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
      return null;
    });
    if (!point) throw new Error(`no visible point inside ${iso3}`);
    return point;
  }

  it('shows a country’s net migration rate on hover, and a click opens its profile', async () => {
    await page.goto(`${session.server.origin}/en/countries/`);
    const { x, y } = await pointIn('CHL');
    await page.mouse.move(x, y);
    const tooltip = page.locator('rate-map [role="tooltip"]');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    const rate = rateOf('CHL');
    expect(await tooltip.textContent()).toContain(
      `Chile: ${rate > 0 ? '+' : '-'}${Math.abs(rate).toFixed(2)} per 1,000 inhabitants`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.mouse.click(x, y);
    await page.waitForURL('**/en/countries/chile/');
  });

  it('is one tab stop; the arrow keys go from the highest rate to the lowest, and Enter opens the profile', async () => {
    await page.goto(`${session.server.origin}/paises/`);
    const links = page.locator('rate-map a[data-iso3]');
    // The element makes the map one tab stop once it is set up.
    const first = page.locator('rate-map a[tabindex="0"]');
    await first.waitFor();
    await expect(page.locator('rate-map svg a:not([tabindex])').count()).resolves.toBe(0);
    await expect(first.count()).resolves.toBe(1);
    const order = wpp
      .filter((row) => row.year === latest)
      .sort((a, b) => Number(b.net_migration_rate) - Number(a.net_migration_rate))
      .map((row) => row.iso3);
    const drawn = new Set(
      await links.evaluateAll((all) => all.map((link) => link.getAttribute('data-iso3'))),
    );
    const expected = order.filter((code) => drawn.has(code!));
    await expect(first.getAttribute('data-iso3')).resolves.toBe(expected[0]);
    await first.focus();
    await expect(page.locator('rate-map [role="tooltip"]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-iso3'))).resolves.toBe(
      expected[1],
    );
    await expect(page.locator('rate-map a[tabindex="0"]').getAttribute('data-iso3')).resolves.toBe(
      expected[1],
    );
    await page.keyboard.press('End');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-iso3'))).resolves.toBe(
      expected.at(-1),
    );
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
  });

  it('opens a country’s profile on a tap', async () => {
    const phone = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const tab = await phone.newPage();
      tab.setDefaultTimeout(5000);
      await tab.goto(`${session.server.origin}/pt/paises/`);
      const shape = tab.locator('rate-map a[data-iso3="BRA"] path');
      await shape.scrollIntoViewIfNeeded();
      const box = (await shape.boundingBox())!;
      await tab.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.4);
      await tab.waitForURL('**/pt/paises/brasil/');
    } finally {
      await phone.close();
    }
  });
});
