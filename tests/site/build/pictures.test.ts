/**
 * The pictures to download in the built site: every chart and map view of every edition as SVG and
 * PNG, well-formed and sourced, PNG files at twice the SVG's size, and every link on the profile
 * pointing at one of them, named by its format and picture.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/support/browser.ts';
import { strings } from '../../../src/i18n/index.ts';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';
import { DIRECTIONS } from '../../../src/map/views.ts';
import { CHART_PICTURES, mapPictureName, PICTURE_FORMATS, picturePath } from '../../../src/pictures/names.ts';
import { PNG_SCALE } from '../../../src/pictures/png.ts';
import { headersFor, parseHeadersFile } from '../../../scripts/support/headers-file.ts';
import { DIST, readPage } from '../support/site.ts';

const NAMES = [...CHART_PICTURES, ...DIRECTIONS.map(mapPictureName)];
const expected = LOCALES.flatMap((locale) =>
  NAMES.flatMap((name) => PICTURE_FORMATS.map((format) => picturePath(locale, name, format))),
);
const file = (path: string) => join(DIST, path);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const svgs = LOCALES.flatMap((locale) => NAMES.map((name) => [locale, name] as const));
const canonical = (locale: (typeof LOCALES)[number]) =>
  /<link rel="canonical" href="([^"]+)"/.exec(readPage(localePath(locale)))![1]!;

// Well-formedness is judged by a conforming XML parser, Chromium's (as for the feeds: discovery.test.ts).
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What Chromium's XML parser says is wrong with each document: nothing for well-formed ones. */
async function xmlErrors(documents: string[]): Promise<string[][]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      (texts) =>
        texts.map((text) => {
          const document = new DOMParser().parseFromString(text, 'image/svg+xml');
          return [...document.getElementsByTagName('parsererror')].map(
            (error) => error.textContent ?? 'error',
          );
        }),
      documents,
    );
  } finally {
    await page.close();
  }
}

describe('the pictures', () => {
  it('are well-formed SVG documents, every one (and the parser refuses what is not)', async () => {
    const texts = svgs.map(([locale, name]) => readFileSync(file(picturePath(locale, name, 'svg')), 'utf8'));
    const errors = await xmlErrors([
      ...texts,
      '<svg xmlns="http://www.w3.org/2000/svg"><title>a & b</title></svg>',
    ]);
    expect(errors.slice(0, -1)).toEqual(texts.map(() => []));
    expect(errors.at(-1)).not.toEqual([]);
  });

  it('are every chart and map view of every edition, in both formats, and nothing else', () => {
    const built = (readdirSync(file('pictures'), { recursive: true }) as string[])
      .map((path) => `/pictures/${path.split('\\').join('/')}`)
      .filter((path) => /\.\w+$/.test(path))
      .sort();
    expect(built).toEqual([...expected].sort());
  });

  it.each(svgs)('%s %s.svg is self-contained and carries its title, source and address', (locale, name) => {
    const text = readFileSync(file(picturePath(locale, name, 'svg')), 'utf8');
    const svg = parser.parse(text).svg;
    expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(svg.width)).toBeGreaterThan(0);
    expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`);
    expect(String(svg.title).length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\sclass=|\sstyle=|var\(--/);
    const t = strings(locale);
    expect(text).toContain(`>${svg.title}<`.replace(/&/g, '&amp;'));
    expect(text).toContain(`${t.fact.source}: `);
    expect(text).toContain(`${t.site.name} · ${canonical(locale)}`);
  });

  it.each(svgs)('%s %s.png is a PNG at twice the size of its SVG', (locale, name) => {
    const png = readFileSync(file(picturePath(locale, name, 'png')));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const svg = parser.parse(readFileSync(file(picturePath(locale, name, 'svg')), 'utf8')).svg;
    expect(png.readUInt32BE(16)).toBe(Number(svg.width) * PNG_SCALE);
    expect(png.readUInt32BE(20)).toBe(Number(svg.height) * PNG_SCALE);
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.length).toBeLessThan(1_000_000);
  });
});

/** The texts drawn in SVG markup (`<text>`, `<tspan>`), entities decoded. */
const drawn = (markup: string) =>
  [...markup.matchAll(/<(?:text|tspan)\b[^>]*>([^<]+)</g)].map(([, text]) =>
    text!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;|&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );

describe('the pictures show what the profile shows', () => {
  it.each(LOCALES.flatMap((locale) => CHART_PICTURES.map((name) => [locale, name] as const)))(
    '%s %s: every text of the page’s chart, axis labels and figures alike, is in the picture',
    (locale, name) => {
      const html = readPage(localePath(locale));
      const figure = new RegExp(`<figure[^>]*id="${name}"[\\s\\S]*?</figure>`).exec(html)![0];
      const onPage = drawn(figure.replace(/<details[\s\S]*?<\/details>/, ''));
      expect(onPage.length).toBeGreaterThan(5);
      const inPicture = drawn(readFileSync(file(picturePath(locale, name, 'svg')), 'utf8'));
      for (const text of onPage) expect(inPicture).toContain(text);
    },
  );

  it.each(LOCALES)('%s: the maps’ legends are the page’s', (locale) => {
    const html = readPage(localePath(locale));
    const legend = /<div class="legend">([\s\S]*?)<\/div>/.exec(html)![1]!;
    const labels = [...legend.matchAll(/<\/svg>\s*([^<]+?)\s*<\/li>/g)].map(([, label]) => label!);
    expect(labels.length).toBeGreaterThanOrEqual(7);
    for (const name of DIRECTIONS.map(mapPictureName)) {
      const inPicture = drawn(readFileSync(file(picturePath(locale, name, 'svg')), 'utf8'));
      expect(inPicture).toEqual(expect.arrayContaining(labels));
    }
  });
});

describe('the pictures’ headers', () => {
  it('are protected like every file and revalidated, since they change with the data', () => {
    const rules = parseHeadersFile(readFileSync(file('_headers'), 'utf8'));
    const headers = headersFor(rules, picturePath('en', mapPictureName('emigrants'), 'svg'));
    const value = (name: string) => headers.filter(([key]) => key === name).map(([, v]) => v);
    expect(value('X-Content-Type-Options')).toEqual(['nosniff']);
    expect(value('Cache-Control')).toEqual(['public, max-age=0, must-revalidate']);
  });
});

describe('the profile’s picture links', () => {
  it.each(LOCALES)(
    '%s links every picture of its edition, each named by its format and picture',
    (locale) => {
      const html = readPage(localePath(locale));
      const links = [...html.matchAll(/<a href="(\/pictures\/[^"]+)"([^>]*)>([^<]*)<\/a>/g)];
      expect(links.map(([, href]) => href).sort()).toEqual(
        NAMES.flatMap((name) => PICTURE_FORMATS.map((format) => picturePath(locale, name, format))).sort(),
      );
      for (const [, href, attributes, text] of links) {
        expect(existsSync(file(href!)), href).toBe(true);
        expect(attributes).toMatch(/\sdownload(\s|$|=)/);
        const label = /aria-label="([^"]+)"/.exec(attributes!)![1]!;
        expect(text).toBe(href!.split('.').at(-1)!.toUpperCase());
        expect(label).toContain(text);
        expect(label.length).toBeGreaterThan(text!.length + 10);
      }
    },
  );

  it.each(LOCALES)('%s: the data page lists every picture of its edition, under its title', (locale) => {
    const html = readPage(localePath(locale, 'data/'));
    const section = /<section[^>]*id="pictures"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const hrefs = [...section.matchAll(/<a href="(\/pictures\/[^"]+)"/g)].map(([, href]) => href!);
    expect(hrefs.sort()).toEqual(
      NAMES.flatMap((name) => PICTURE_FORMATS.map((format) => picturePath(locale, name, format))).sort(),
    );
    for (const href of hrefs) expect(existsSync(file(href)), href).toBe(true);
    // Each item names its picture as the picture's own <title> does.
    for (const name of NAMES) {
      const title = /<title>([^<]+)<\/title>/.exec(
        readFileSync(file(picturePath(locale, name, 'svg')), 'utf8'),
      )![1]!;
      expect(section).toContain(title);
    }
  });
});
