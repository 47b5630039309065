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

    await page.getByRole('radio', { name: 'Immigrants in Germany' }).check();
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
