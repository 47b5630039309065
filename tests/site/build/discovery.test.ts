/** Feeds, sitemap, robots.txt, social meta and structured data of the built site. */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/support/browser.ts';
import { PUBLISHED_DATASETS as DATASETS } from '../../../src/datasets/registry.ts';
import { languageName, strings } from '../../../src/i18n/index.ts';
import { LOCALES, language, localePath } from '../../../src/i18n/languages.ts';
import { FEED_SIZE } from '../../../src/news/archive.ts';
import { editionItems, newsHref, translationGroups } from '../../../src/news/items.ts';
import { publishedNews } from '../support/news.ts';
import { builtPages, isEditor, isEmbed, readPage, sitePages } from '../support/site.ts';

// Text stays text: a title or a summary that reads as a number ("2021") is compared as written.
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
const published = publishedNews();

// Well-formedness is judged by a conforming XML parser, Chromium's: fast-xml-parser's own parser is
// lenient (it reads <a><b></a> without a word), and its validator is deprecated in favour of a
// separate package the project does not have.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What an XML 1.0 parser says is wrong with `xml`: nothing for a well-formed document. */
async function xmlErrors(xml: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      return [...document.getElementsByTagName('parsererror')].map((error) => error.textContent ?? 'error');
    }, xml);
  } finally {
    await page.close();
  }
}

describe('the XML check', () => {
  it('refuses XML that is not well-formed, and accepts XML that is', async () => {
    expect(await xmlErrors('<a><b></a>')).not.toEqual([]);
    expect(await xmlErrors('<a>x & y</a>')).not.toEqual([]);
    expect(await xmlErrors('<a b="1" b="2"/>')).not.toEqual([]);
    expect(await xmlErrors('<?xml version="1.0"?><a b="1">x &amp; y<c/></a>')).toEqual([]);
  });
});

describe.each(LOCALES)('the %s feed', (locale) => {
  const xml = readFileSync(`dist${localePath(locale, 'rss.xml')}`, 'utf8');
  const channel = parser.parse(xml).rss.channel;
  // An archive with no news yet has a feed without items.
  const items = [channel.item ?? []].flat();
  const group = translationGroups(published);

  it('is well-formed XML in its language', async () => {
    expect(await xmlErrors(xml)).toEqual([]);
    expect(channel.language).toBe(language(locale).tag);
  });

  it('lists the newest items once each: in its language when it has a version in it, otherwise labelled, newest first', () => {
    const links = items.map((item: { link: string }) => new URL(item.link).pathname);
    // The feed stays small whatever the archive's size: the first FEED_SIZE items of the edition's
    // list (src/news/items.ts, unit-tested: each item once, newest first).
    expect(links).toEqual(editionItems(published, locale).slice(0, FEED_SIZE).map(newsHref));
    const label = (item: (typeof published)[number]) =>
      `[${strings(locale).news.onlyIn(languageName(item.data.lang, locale))}] `;
    for (const item of items) {
      const version = published.find((each) => newsHref(each) === new URL(item.link).pathname)!;
      const own = group(version.id).find((each) => each.data.lang === locale);
      if (own) expect(version).toBe(own);
      expect(item.title).toBe(
        version.data.lang === locale ? version.data.title : label(version) + version.data.title,
      );
      // What a feed reader shows of the item: its own summary, whole.
      expect(item.description).toBe(version.data.summary);
      expect(item.link).toMatch(/^https?:\/\//);
    }
    const dates = items.map((item: { pubDate: string }) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('the sitemap and robots.txt', () => {
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

  it('lists every page but the not-found page, the embeds and the editor', async () => {
    const pages = sitePages();
    expect([...urls].sort()).toEqual(pages);
    expect(await xmlErrors(sitemap)).toEqual([]);
  });

  it('is named in robots.txt', () => {
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});

describe('social meta and structured data', () => {
  // The editor (/admin/) is not shared: it has no social meta.
  it.each(builtPages().filter((page) => !isEmbed(page) && !isEditor(page)))(
    '%s has Open Graph and Twitter meta with an image that exists',
    (path) => {
      const html = readPage(path);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale']) {
        expect(html).toContain(`property="${property}"`);
      }
      expect(html).toContain('name="twitter:card" content="summary_large_image"');
      const image = html.match(/property="og:image" content="([^"]+)"/)![1]!;
      expect(
        readFileSync(`dist${new URL(image).pathname}`)
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    },
  );

  it.each(published.map((item) => [item.id, item] as const))(
    '%s has NewsArticle JSON-LD with its title',
    (_id, item) => {
      const ld = readPage(newsHref(item)).match(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/,
      )![1]!;
      const data = JSON.parse(ld);
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(item.data.title);
      // The precision the editor gave: the month alone for an item known only to the month.
      const day = item.data.date.toISOString().slice(0, 10);
      expect(data.datePublished).toBe(item.data.datePrecision === 'month' ? day.slice(0, 7) : day);
    },
  );

  it('dates an item known only to the month with the month alone', () => {
    const coyote = published.find((item) => item.id === 'en/coyote-2020-operation')!;
    expect(coyote.data.datePrecision).toBe('month');
    const ld = readPage(newsHref(coyote)).match(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/,
    )![1]!;
    expect(JSON.parse(ld).datePublished).toBe('2020-11');
  });

  it('describes each download as a Dataset on the data page', () => {
    const blocks = [
      ...readPage('/en/data/').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ];
    // The downloads (the world tables, cited after them, are downloaded country by country).
    const datasets = blocks
      .map((block) => JSON.parse(block[1]!))
      .filter((dataset) => dataset.distribution[0].encodingFormat === 'text/csv');
    // Every dataset of the registry, in registry order, then the headline figures.
    expect(datasets.map((dataset) => dataset['@type'])).toEqual(
      [...DATASETS, 'headline'].map(() => 'Dataset'),
    );
    expect(
      datasets.map((dataset) => dataset.distribution[0].contentUrl.match(/\/data\/([^/]+)\.csv$/)?.[1]),
    ).toEqual([...DATASETS.map((dataset) => dataset.id), 'headline-figures']);
  });
});
