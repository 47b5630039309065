/**
 * The world map as visitors use it: mouse, keyboard, touch, view and year controls, the table,
 * and the page without JavaScript. Figures are checked against the data table itself.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/content/read.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import type { StaticServer } from '../../../scripts/support/serve.ts';
import { axeViolations, withAxe } from '../support/axe.ts';
import { useSiteSession } from '../support/site-session.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

const rows = readDataset(process.cwd(), datasetFor('map', 'stock-by-sex')).entries.map((entry) => entry.data);
const countOf = (direction: string, iso3: string, year: number) =>
  rows.find((row) => row.direction === direction && row.iso3 === iso3 && row.year === year)?.count;
const withData = (direction: string, year: number) =>
  rows.filter(
    (row) =>
      row.direction === direction &&
      row.year === year &&
      row.iso3 !== 'WLD' &&
      row.iso3 !== 'XXX' &&
      row.count > 0,
  );
const en = (value: number) => value.toLocaleString('en-GB');

const tooltip = () => page.locator('[role="tooltip"]');

/** A point inside a country's shape on a map (a bounding-box centre can lie over a neighbour). */
async function pointInside(
  iso3: string,
  map: Locator = page.locator('world-map').first(),
): Promise<{ x: number; y: number }> {
  const path = map.locator(`svg.map path[data-iso3="${iso3}"]`);
  await path.scrollIntoViewIfNeeded();
  // The map is rendered when it comes near the screen (content-visibility): wait for that frame,
  // as a visitor's pointer would.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const point = await path.evaluate((shape) => {
    const box = shape.getBoundingClientRect();
    // Points of a grid over the box, nearest the centre first: touch input favours central points.
    const points: { x: number; y: number; distance: number }[] = [];
    for (let fy = 0.05; fy < 1; fy += 0.05) {
      for (let fx = 0.05; fx < 1; fx += 0.05) {
        points.push({
          x: box.left + box.width * fx,
          y: box.top + box.height * fy,
          distance: Math.hypot(fx - 0.5, fy - 0.5),
        });
      }
    }
    points.sort((a, b) => a.distance - b.distance);
    const inside = points.find(({ x, y }) => document.elementFromPoint(x, y) === shape);
    return inside ? { x: inside.x, y: inside.y } : null;
  });
  if (!point) throw new Error(`no visible point inside ${iso3}`);
  return point;
}

async function hover(iso3: string, map?: Locator): Promise<void> {
  const { x, y } = await pointInside(iso3, map);
  await page.mouse.move(x, y);
}

const session = useSiteSession();
beforeAll(() => {
  browser = session.browser;
  server = session.server;
});

describe('the map on a desktop', () => {
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(5000);
    await page.goto(`${server.origin}/en/`);
    await page.locator('.map-controls:not([disabled])').waitFor();
  });
  afterEach(async () => context.close());

  // The check figures of UN DESA International Migrant Stock 2024 (the data's own description).
  it.each([
    ['USA', 'United States', '512,316'],
    ['ESP', 'Spain', '352,470'],
  ])(
    'shows %s with its figure, its women and its trend line in the default view (Peruvians abroad, 2024)',
    async (iso3, name, figure) => {
      await hover(iso3);
      await expect(tooltip().isVisible()).resolves.toBe(true);
      const text = await tooltip().textContent();
      expect(text).toContain(name);
      expect(text).toContain(`${figure} people`);
      expect(text).toContain('2024');
      expect(text).toMatch(/\d+\.\d% women/);
      expect(text).toContain('UN DESA');
      // The trend line: one point per year of the direction, drawn from the page's own data.
      const points = await tooltip().locator('svg.trend polyline').getAttribute('points');
      expect(points?.split(' ')).toHaveLength(8);
    },
  );

  it("gives a country's women's share in the tooltip and the table, as the CSV has it", async () => {
    const row = rows.find(
      (entry) => entry.direction === 'emigrants' && entry.iso3 === 'CHL' && entry.year === 2024,
    )!;
    const share = `${((100 * (row as { female: number }).female) / row.count).toFixed(1)}%`;
    await hover('CHL');
    expect(await tooltip().textContent()).toContain(`${share} women`);
    const cells = await page.locator('.map-table tbody tr[data-iso3="CHL"] td').allTextContents();
    expect(cells[2]).toBe(share);
  });

  it('switches to immigrants in Peru: fills and tooltip change', async () => {
    const venezuela = page.locator('svg.map path[data-iso3="VEN"]');
    const before = await venezuela.getAttribute('class');
    await page.getByRole('radio', { name: 'Immigrants in Peru' }).check();
    const after = await venezuela.getAttribute('class');
    expect(after).not.toBe(before);
    expect(after).toBe('b4'); // 1,596,667 people: the top bin (100,000 or more)
    await hover('CHL');
    expect(await tooltip().textContent()).toContain(en(countOf('immigrants', 'CHL', 2024)!));
  });

  it('changing the year changes fills and figures', async () => {
    await page.locator('world-map').getByLabel('Year').selectOption('1990');
    await hover('CHL');
    expect(await tooltip().textContent()).toContain(en(countOf('emigrants', 'CHL', 1990)!));
    expect(await tooltip().textContent()).toContain('1990');
    const firstRow = page.locator('.map-table tbody tr').first();
    await expect(firstRow.getAttribute('data-iso3')).resolves.toBe('USA');
    expect(await page.locator('.map-table caption').textContent()).toContain('1990');
  });

  it('has as many named country images as countries with data, and as many table rows', async () => {
    for (const [direction, year, label] of [
      ['emigrants', 2024, 'Peruvians abroad'],
      ['immigrants', 2015, 'Immigrants in Peru'],
    ] as const) {
      await page.getByRole('radio', { name: label }).check();
      await page.locator('world-map').getByLabel('Year').selectOption(String(year));
      const expected = withData(direction, year).length;
      const images = await page.locator('svg.map [role="img"][aria-label]').count();
      const notDrawn = await page
        .locator('.map-table tbody tr', { hasText: 'not drawn at this scale' })
        .count();
      const tableRows = await page.locator('.map-table tbody tr').count();
      expect(tableRows).toBe(expected);
      expect(images).toBe(expected - notDrawn);
      // Every named image is one of the countries with data.
      const drawnCodes = await page
        .locator('svg.map [role="img"]')
        .evaluateAll((shapes) => shapes.map((shape) => shape.getAttribute('data-iso3')));
      const dataCodes = new Set(withData(direction, year).map((row) => row.iso3));
      expect(drawnCodes.every((code) => dataCodes.has(code!))).toBe(true);
    }
  });

  it('is one tab stop; arrow keys move between countries, largest first, and the tooltip follows', async () => {
    await page.locator('world-map').getByLabel('Year').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
    await expect(focused()).resolves.toBe('USA');
    expect(await tooltip().textContent()).toContain('United States');
    // The next largest figure of the view, as the CSV has it.
    const [, second] = withData('emigrants', 2024).sort((a, b) => b.count - a.count);
    await page.keyboard.press('ArrowRight');
    await expect(focused()).resolves.toBe(second!.iso3);
    expect(await tooltip().textContent()).toContain(en(second!.count));
    await page.keyboard.press('ArrowLeft');
    await expect(focused()).resolves.toBe('USA');
    await page.keyboard.press('Escape');
    await expect(tooltip().isVisible()).resolves.toBe(false);
    // Only one shape is in the tab order: Tab leaves the map.
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.not.toBe(second!.iso3);
    expect(await page.locator('svg.map [tabindex="0"]').count()).toBe(1);
  });

  it('sorts the table and highlights the country of a selected row', async () => {
    await page.getByRole('button', { name: 'Country' }).click();
    const names = await page.locator('.map-table tbody th button').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    await expect(page.locator('.map-table thead th').first().getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    );
    await page.locator('.map-table tbody tr[data-iso3="JPN"] button').click();
    await expect(page.locator('svg.map path[data-iso3="JPN"]').getAttribute('class')).resolves.toContain(
      'hl',
    );
    expect(await tooltip().textContent()).toContain('Japan');
  });

  it('keeps the tooltip inside the viewport near the right edge', async () => {
    await hover('AUS');
    const box = (await tooltip().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  });

  it('passes axe after switching views', async () => {
    await withAxe(context);
    await page.reload();
    await page.locator('.map-controls:not([disabled])').waitFor();
    await page.getByRole('radio', { name: 'Immigrants in Peru' }).check();
    await hover('VEN');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the map on a phone', () => {
  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
    page = await context.newPage();
    page.setDefaultTimeout(5000);
    await page.goto(`${server.origin}/`);
    await page.locator('.map-controls:not([disabled])').waitFor();
  });
  afterEach(async () => context.close());

  it('a tap pins the tooltip; a tap elsewhere dismisses it', async () => {
    const { x, y } = await pointInside('BRA');
    await page.touchscreen.tap(x, y);
    await expect(tooltip().isVisible()).resolves.toBe(true);
    expect(await tooltip().textContent()).toContain('Brasil');
    expect(await tooltip().textContent()).toContain(countOf('emigrants', 'BRA', 2024)!.toLocaleString('es'));
    const heading = (await page.locator('h1').boundingBox())!;
    await page.locator('h1').scrollIntoViewIfNeeded();
    await page.touchscreen.tap(heading.x + 5, 5 + (await page.locator('h1').boundingBox())!.y);
    await expect(tooltip().isVisible()).resolves.toBe(false);
  });

  it('has no horizontal scroll at 390 px', async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('the map without JavaScript', () => {
  it('shows the default view with native titles and the full table', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${server.origin}/en/`);
    const titles = await p.locator('svg.map path[data-iso3] > title').count();
    expect(titles).toBe(await p.locator('svg.map path[data-iso3]').count());
    expect(await p.locator('svg.map path[data-iso3="CHL"] > title').textContent()).toContain(
      en(countOf('emigrants', 'CHL', 2024)!),
    );
    expect(await p.locator('svg.map path[data-iso3="CHL"]').getAttribute('class')).toMatch(/^b\d$/);
    expect(await p.locator('.map-table tbody tr').count()).toBe(withData('emigrants', 2024).length);
    expect(await p.locator('.map-table tfoot').textContent()).toContain(
      en(countOf('emigrants', 'WLD', 2024)!),
    );
    await ctx.close();
  });

  it('does not shift the page when the script arrives', async () => {
    const layout = async (blockScripts: boolean) => {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const p = await ctx.newPage();
      if (blockScripts) await p.route('**/_astro/*.js', (route) => route.abort());
      await p.goto(`${server.origin}/en/`);
      if (!blockScripts) await p.locator('.map-controls:not([disabled])').waitFor();
      // Lay out every section (those above the map are laid out only near the screen, whose estimated
      // size would move the map by how far each run had scrolled): what is compared is the script's doing.
      await p.evaluate(() => {
        for (const section of document.querySelectorAll<HTMLElement>('.role, .series'))
          section.style.contentVisibility = 'visible';
      });
      const boxes = await p.evaluate(() =>
        ['svg.map', '.map-table', '#news'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return [Math.round(box.top), Math.round(box.height)];
        }),
      );
      await ctx.close();
      return boxes;
    };
    expect(await layout(false)).toEqual(await layout(true));
  });
});

describe('two maps on one page', () => {
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(5000);
    await page.goto(`${server.origin}/en/`);
    await page.locator('.map-controls:not([disabled])').waitFor();
    // A second map: a copy of the first, its ids and every reference to them renamed (map- → map2-),
    // its controls disabled again until its own element has set itself up.
    await page.evaluate(() => {
      const copy = document.querySelector('world-map')!.cloneNode(true) as HTMLElement;
      const renamed = (value: string) => value.replace(/(^|[\s#(])map-/g, '$1map2-');
      for (const element of [copy, ...copy.querySelectorAll('*')]) {
        for (const { name, value } of [...element.attributes]) {
          if (['id', 'for', 'href', 'fill', 'name'].includes(name) || name.startsWith('aria-')) {
            element.setAttribute(name, renamed(value));
          }
        }
      }
      copy.querySelector('fieldset')!.disabled = true;
      document.querySelector('main')!.append(copy);
    });
    await page.locator('world-map').nth(1).locator('.map-controls:not([disabled])').waitFor();
  });
  afterEach(async () => context.close());

  const first = () => page.locator('world-map').first();
  const second = () => page.locator('world-map').nth(1);

  it('has two maps whose ids and references are their own', async () => {
    await expect(page.locator('world-map').count()).resolves.toBe(2);
    await expect(second().locator('h2').getAttribute('id')).resolves.toBe('map2-title');
    await expect(second().locator('g.countries').getAttribute('fill')).resolves.toBe('url(#map2-no-data)');
    await expect(second().locator('input[type="radio"]').first().getAttribute('name')).resolves.toBe(
      'map2-direction',
    );
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('[id]')].map((element) => element.id),
    );
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('switching the second map changes its fills only', async () => {
    const venezuela = (map: Locator) => map.locator('svg.map path[data-iso3="VEN"]');
    const before = await venezuela(first()).getAttribute('class');
    await second().getByRole('radio', { name: 'Immigrants in Peru' }).check();
    await expect(venezuela(second()).getAttribute('class')).resolves.toBe('b4'); // 1,596,667 people
    await expect(venezuela(first()).getAttribute('class')).resolves.toBe(before);
    expect(before).not.toBe('b4');
    await expect(first().getByRole('radio', { name: 'Peruvians abroad' }).isChecked()).resolves.toBe(true);
  });

  it('shows each map’s tooltip on hover of its own shapes, with its own view', async () => {
    await second().getByRole('radio', { name: 'Immigrants in Peru' }).check();
    const tip = (map: Locator) => map.locator('[role="tooltip"]');

    await hover('CHL', first());
    await expect(tip(first()).isVisible()).resolves.toBe(true);
    await expect(tip(second()).isVisible()).resolves.toBe(false);
    expect(await tip(first()).textContent()).toContain(en(countOf('emigrants', 'CHL', 2024)!));

    await hover('CHL', second());
    await expect(tip(second()).isVisible()).resolves.toBe(true);
    expect(await tip(second()).textContent()).toContain(en(countOf('immigrants', 'CHL', 2024)!));
    await expect(tip(first()).isVisible()).resolves.toBe(false);
  });
});
