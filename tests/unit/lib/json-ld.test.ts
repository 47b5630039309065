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
  image: 'https://example.org/social.png',
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

  it("gives the page's image, and the publishing organisation as author", () => {
    expect(newsArticleLd({ ...item, datePrecision: 'day' })).toMatchObject({
      image: 'https://example.org/social.png',
      author: { '@type': 'Organization', name: 'Peru migration profile' },
    });
  });

  it('gives the date modified as the item records no change: its own date, at its own precision', () => {
    expect(newsArticleLd({ ...item, datePrecision: 'day' }).dateModified).toBe('2020-11-30');
    expect(newsArticleLd({ ...item, datePrecision: 'month' }).dateModified).toBe('2020-11');
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

  it('gives the place as a schema.org Place with its country code, the publisher and the citation', () => {
    expect(
      datasetLd({
        ...dataset,
        publisher: 'Peru migration profile',
        spatialCoverage: { name: 'Peru', countryCode: 'PE' },
        citation: 'UN DESA (2025). International Migrant Stock 2024.',
      }),
    ).toMatchObject({
      creator: { '@type': 'Organization', name: 'UN DESA' },
      publisher: { '@type': 'Organization', name: 'Peru migration profile' },
      spatialCoverage: {
        '@type': 'Place',
        name: 'Peru',
        address: { '@type': 'PostalAddress', addressCountry: 'PE' },
      },
      citation: 'UN DESA (2025). International Migrant Stock 2024.',
    });
    expect(datasetLd({ ...dataset, spatialCoverage: { name: 'Peru' } }).spatialCoverage).toEqual({
      '@type': 'Place',
      name: 'Peru',
    });
  });

  it('names a download when given a name', () => {
    const ld = datasetLd({
      ...dataset,
      downloads: [{ url: 'https://example.org/data/x.bib', format: 'application/x-bibtex', name: 'BibTeX' }],
    });
    expect(ld.distribution).toEqual([
      {
        '@type': 'DataDownload',
        name: 'BibTeX',
        encodingFormat: 'application/x-bibtex',
        contentUrl: 'https://example.org/data/x.bib',
      },
    ]);
  });

  it('gives a licence and a coverage only when there is one', () => {
    expect(datasetLd(dataset)).not.toHaveProperty('spatialCoverage');
    expect(datasetLd(dataset)).not.toHaveProperty('publisher');
    expect(datasetLd(dataset)).not.toHaveProperty('citation');
    expect(datasetLd(dataset)).not.toHaveProperty('license');
    expect(datasetLd(dataset)).not.toHaveProperty('temporalCoverage');
    expect(datasetLd({ ...dataset, license: 'CC BY 4.0', temporalCoverage: '1990/2020' })).toMatchObject({
      license: 'CC BY 4.0',
      temporalCoverage: '1990/2020',
    });
  });
});
