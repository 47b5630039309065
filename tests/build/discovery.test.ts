/** Feeds, sitemap, robots.txt, social meta and structured data of the built site. */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readNews } from '../../src/content/read.ts';
import { builtPages, readPage } from '../support/site.ts';

const parser = new XMLParser({ ignoreAttributes: false });
const published = readNews(process.cwd()).entries.filter((item) => !item.data.draft);

describe.each([
  ['es', 'dist/rss.xml'],
  ['en', 'dist/en/rss.xml'],
])('the %s feed', (lang, file) => {
  const xml = readFileSync(file, 'utf8');
  const channel = parser.parse(xml).rss.channel;
  const items = [channel.item].flat();

  it('is well-formed XML in its language', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(channel.language).toBe(lang);
  });

  it('lists the edition: its own items and those only in the other language, newest first', () => {
    const translated = new Set(published.map((item) => item.data.translationOf).filter(Boolean));
    const expected = published.filter(
      (item) =>
        item.data.lang === lang ||
        !published.some(
          (other) =>
            other.data.lang === lang &&
            (other.data.translationOf === item.id || item.data.translationOf === other.id),
        ),
    );
    expect(items).toHaveLength(expected.length);
    const dates = items.map((item: { pubDate: string }) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      expect(item.description.length).toBeGreaterThan(40);
      expect(item.link).toMatch(/^https?:\/\//);
    }
    expect(translated.size).toBeGreaterThan(0);
  });
});

describe('the sitemap and robots.txt', () => {
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

  it('lists every page but the not-found page', () => {
    const pages = builtPages().filter((page) => page !== '/404.html');
    expect([...urls].sort()).toEqual(pages);
    expect(XMLValidator.validate(sitemap)).toBe(true);
  });

  it('is named in robots.txt', () => {
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});

describe('social meta and structured data', () => {
  it.each(builtPages())('%s has Open Graph and Twitter meta with an image that exists', (path) => {
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
  });

  it.each(published.map((item) => [item.id, item] as const))(
    '%s has NewsArticle JSON-LD with its title',
    (_id, item) => {
      const path = `${item.data.lang === 'es' ? '' : '/en'}/news/${item.id.split('/')[1]}/`;
      const ld = readPage(path).match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
      const data = JSON.parse(ld);
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(item.data.title);
      expect(data.datePublished).toBe(item.data.date.toISOString().slice(0, 10));
    },
  );

  it('describes each download as a Dataset on the data page', () => {
    const blocks = [
      ...readPage('/en/data/').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ];
    const datasets = blocks.map((block) => JSON.parse(block[1]!));
    expect(datasets.map((dataset) => dataset['@type'])).toEqual(['Dataset', 'Dataset', 'Dataset']);
    expect(datasets[0].distribution[0].contentUrl).toMatch(/\/data\/undesa-ims2020-peru\.csv$/);
  });
});
