/** Structured data for search engines: a download as a schema.org Dataset. */
import { describe, expect, it } from 'vitest';
import { datasetLd } from '../../../src/downloads/structured-data.ts';

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
