/** Structured data for search engines: a news item as a NewsArticle, a download as a Dataset. */
import { describe, expect, it } from 'vitest';
import { datasetLd, newsArticleLd } from '../../../src/lib/json-ld.ts';

const item = {
  title: 'Operation Coyote 2020',
  summary: 'Police dismantle a smuggling network.',
  date: new Date('2020-11-30T00:00:00Z'),
  lang: 'en',
  url: 'https://example.org/en/news/coyote-2020-operation/',
  publisher: 'Peru migration profile',
  tags: ['smuggling', 'trafficking'],
};

describe('newsArticleLd', () => {
  it('keeps the day of an item known to the day', () => {
    expect(newsArticleLd({ ...item, datePrecision: 'day' }).datePublished).toBe('2020-11-30');
  });

  it('gives only the month of an item known to the month, never an invented day', () => {
    expect(newsArticleLd({ ...item, datePrecision: 'month' }).datePublished).toBe('2020-11');
  });

  it('describes the item as a NewsArticle with its headline, language, address and keywords', () => {
    expect(newsArticleLd({ ...item, datePrecision: 'day' })).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Operation Coyote 2020',
      description: 'Police dismantle a smuggling network.',
      inLanguage: 'en',
      url: 'https://example.org/en/news/coyote-2020-operation/',
      keywords: 'smuggling, trafficking',
      publisher: { '@type': 'Organization', name: 'Peru migration profile' },
    });
  });
});

describe('datasetLd', () => {
  const dataset = {
    name: 'Peruvians abroad',
    description: 'Mid-year stocks.',
    url: 'https://example.org/en/data/',
    downloads: [
      { url: 'https://example.org/data/x.csv', format: 'text/csv' },
      { url: 'https://example.org/data/x.json', format: 'application/json' },
    ],
    creator: 'UN DESA',
  };

  it('lists each download as a DataDownload', () => {
    expect(datasetLd(dataset).distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://example.org/data/x.csv' },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: 'https://example.org/data/x.json',
      },
    ]);
  });

  it('gives a licence and a coverage only when there is one', () => {
    expect(datasetLd(dataset)).not.toHaveProperty('license');
    expect(datasetLd(dataset)).not.toHaveProperty('temporalCoverage');
    expect(datasetLd({ ...dataset, license: 'CC BY 4.0', temporalCoverage: '1990/2020' })).toMatchObject({
      license: 'CC BY 4.0',
      temporalCoverage: '1990/2020',
    });
  });
});
