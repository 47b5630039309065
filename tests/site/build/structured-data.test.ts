/**
 * Structured data of the built site: each dataset's JSON-LD on the data page (licence, creator,
 * period from its rows, place, every download), each news item's (image, author, date modified),
 * and each feed's link to itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/content/read.ts';
import { readNews } from '../../../src/news/files.ts';
import { PUBLISHED_DATASETS as DATASETS, DATASETS as ALL_DATASETS } from '../../../src/datasets/registry.ts';
import { strings } from '../../../src/i18n/index.ts';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';
import { countryName } from '../../../src/countries/names.ts';
import { newsHref } from '../../../src/news/items.ts';
import { readPage } from '../support/site.ts';

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((block) =>
    JSON.parse(block[1]!),
  );
const sources = new Map(readSources(process.cwd()).entries.map((entry) => [entry.id, entry.data]));
const site = new URL(readPage('/').match(/<link rel="canonical" href="([^"]+)"/)![1]!).origin;
const ids = [...DATASETS.map((dataset) => dataset.id), 'headline-figures'];
/** The world tables, after the downloads: cited on the data page, downloaded country by country. */
const worldIds = ALL_DATASETS.filter((dataset) => 'scope' in dataset).map((dataset) => dataset.id);

describe.each(LOCALES)('the Dataset JSON-LD of the %s data page', (locale) => {
  const datasets = jsonLd(readPage(localePath(locale, 'data/')));
  const t = strings(locale);

  it('has one Dataset per download, then one per world table, in the order of the page', () => {
    expect(datasets.map((dataset) => dataset.url)).toEqual(
      [...ids, ...worldIds].map((id) => `${site}${localePath(locale, 'data/')}#${id}`),
    );
  });

  it.each(worldIds.map((id, index) => [id, ids.length + index] as const))(
    '%s, a world table, lists its metadata and citation files and covers the years of its rows',
    (id, index) => {
      const distribution = datasets[index].distribution as { encodingFormat: string; contentUrl: string }[];
      expect(distribution.map((download) => [download.encodingFormat, download.contentUrl])).toEqual([
        ['application/json', `${site}/data/${id}.metadata.json`],
        ['application/x-bibtex', `${site}/data/${id}.bib`],
        ['application/x-research-info-systems', `${site}/data/${id}.ris`],
      ]);
      for (const download of distribution)
        expect(existsSync(`dist${new URL(download.contentUrl).pathname}`)).toBe(true);
      const metadata = JSON.parse(readFileSync(`dist/data/${id}.metadata.json`, 'utf8'));
      expect(datasets[index].temporalCoverage).toBe(metadata.temporalCoverage);
      expect(datasets[index].creator.name).toBe(metadata.source.publisher);
    },
  );

  it.each(ids.map((id, index) => [id, index] as const))(
    '%s lists every download, each a file of the site',
    (id, index) => {
      const distribution = datasets[index].distribution as { encodingFormat: string; contentUrl: string }[];
      expect(distribution.map((download) => [download.encodingFormat, download.contentUrl])).toEqual([
        ['text/csv', `${site}/data/${id}.csv`],
        ['application/json', `${site}/data/${id}.json`],
        ['application/json', `${site}/data/${id}.metadata.json`],
        ['application/x-bibtex', `${site}/data/${id}.bib`],
        ['application/x-research-info-systems', `${site}/data/${id}.ris`],
      ]);
      for (const download of distribution)
        expect(existsSync(`dist${new URL(download.contentUrl).pathname}`)).toBe(true);
    },
  );

  it.each(ids.map((id, index) => [id, index] as const))(
    '%s covers the period of its rows, in Peru, published by the site',
    (id, index) => {
      const metadata = JSON.parse(readFileSync(`dist/data/${id}.metadata.json`, 'utf8'));
      expect(datasets[index].temporalCoverage).toBe(metadata.temporalCoverage);
      expect(datasets[index].temporalCoverage).toMatch(/^\d{4}\/\d{4}$/);
      expect(datasets[index].spatialCoverage).toEqual({
        '@type': 'Place',
        name: countryName('PER', locale),
        address: { '@type': 'PostalAddress', addressCountry: 'PE' },
      });
      expect(datasets[index].publisher).toEqual({ '@type': 'Organization', name: t.site.name });
    },
  );

  it.each(DATASETS.map((dataset, index) => [dataset.id, dataset, index] as const))(
    "%s credits its source's publisher, with the licence it states",
    (_id, dataset, index) => {
      const source = sources.get(dataset.source)!;
      expect(datasets[index].creator).toEqual({ '@type': 'Organization', name: source.publisher });
      if (source.licence) expect(datasets[index].license).toBe(source.licence);
      else expect(datasets[index]).not.toHaveProperty('license');
    },
  );
});

describe('the NewsArticle JSON-LD', () => {
  const published = readNews(process.cwd()).entries.filter((item) => !item.data.draft);

  it.each(published.map((item) => [item.id, item] as const))(
    '%s gives its og:image, the site as author, and its date as date modified',
    (_id, item) => {
      const html = readPage(newsHref(item));
      const [article] = jsonLd(html);
      const image = html.match(/<meta property="og:image" content="([^"]+)"/)![1]!;
      const organisation = { '@type': 'Organization', name: strings(item.data.lang).site.name };
      expect(article.image).toBe(image);
      expect(article.author).toEqual(organisation);
      expect(article.publisher).toEqual(organisation);
      expect(article.dateModified).toBe(article.datePublished);
    },
  );
});

describe.each(LOCALES)('the %s feed', (locale) => {
  const xml = readFileSync(`dist${localePath(locale, 'rss.xml')}`, 'utf8');

  it('declares the Atom namespace and links to itself', () => {
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    const link = rss.channel['atom:link'];
    expect(link).toEqual({
      '@_href': `${site}${localePath(locale, 'rss.xml')}`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });
});
