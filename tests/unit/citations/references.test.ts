/** References of the datasets and the profile: who is credited, which year, which addresses. */
import { describe, expect, it } from 'vitest';
import {
  datasetCitationPath,
  datasetCitationRecord,
  isoPeriod,
  metadataPath,
  profileCitationPath,
  profileCitationRecord,
  profileYear,
  yearsCovered,
} from '../../../src/citations/references.ts';
import type { Source } from '../../../src/schemas/source.ts';

const source: Source = {
  kind: 'dataset',
  publisher: 'Office of the United Nations High Commissioner for Refugees',
  shortName: 'UNHCR',
  title: 'Refugee Population Statistics Database',
  edition: 'population table',
  year: 2025,
  url: 'https://www.unhcr.org/refugee-statistics/',
  licence: 'CC BY 4.0',
};

const words = {
  site: 'Peru migration profile',
  redistribution: (publisher: string, publication: string) => `Redistributes ${publisher}: ${publication}.`,
};

describe('addresses', () => {
  it('puts the citation and metadata files beside the CSV and JSON, and the profile under /cite/', () => {
    expect(datasetCitationPath('unhcr-peru', 'bib')).toBe('/data/unhcr-peru.bib');
    expect(datasetCitationPath('unhcr-peru', 'ris')).toBe('/data/unhcr-peru.ris');
    expect(metadataPath('unhcr-peru')).toBe('/data/unhcr-peru.metadata.json');
    expect(profileCitationPath('bib')).toBe('/cite/profile.bib');
    expect(profileCitationPath('ris')).toBe('/cite/profile.ris');
  });
});

describe('yearsCovered', () => {
  it('gives each year of the rows once, sorted, with the ends of periods', () => {
    expect(
      yearsCovered([
        { year: 2020, count: 3 },
        { year: 1990, count: 1 },
        { year: 2020, year_to: 2023 },
        { year: 2010, year_to: null },
      ]),
    ).toEqual([1990, 2010, 2020, 2023]);
  });

  it('refuses rows without a year', () => {
    expect(() => yearsCovered([{ count: 1 }])).toThrow('no year in the columns year, year_to of 1 rows');
    expect(() => yearsCovered([])).toThrow(/no year/);
  });
});

describe('isoPeriod', () => {
  it('writes a period as first/last year, or a single year', () => {
    expect(isoPeriod([2024, 1990, 2000])).toBe('1990/2024');
    expect(isoPeriod([2020])).toBe('2020');
    expect(() => isoPeriod([])).toThrow(/at least one year/);
  });
});

describe('datasetCitationRecord', () => {
  const dataset = {
    id: 'unhcr-peru',
    title: 'People in need of international protection in Peru',
    sourceYears: [],
    url: 'https://example.org/data/unhcr-peru.csv',
    language: 'en',
    words,
  };

  it("credits the figures' publisher as author and the site as publisher, dated by the source", () => {
    expect(datasetCitationRecord({ ...dataset, source })).toEqual({
      key: 'unhcr-peru',
      kind: 'dataset',
      title: 'People in need of international protection in Peru',
      authors: ['Office of the United Nations High Commissioner for Refugees'],
      publisher: 'Peru migration profile',
      year: 2025,
      edition: 'population table',
      url: 'https://example.org/data/unhcr-peru.csv',
      note: 'Redistributes Office of the United Nations High Commissioner for Refugees: Refugee Population Statistics Database, population table (2025), https://www.unhcr.org/refugee-statistics/.',
      language: 'en',
    });
  });

  it('names a publication without edition or address as it is', () => {
    const record = datasetCitationRecord({
      ...dataset,
      source: { ...source, edition: undefined, url: undefined },
    });
    expect(record.note).toBe(
      'Redistributes Office of the United Nations High Commissioner for Refugees: Refugee Population Statistics Database (2025).',
    );
    expect(record.edition).toBeUndefined();
  });

  it("makes a dataset without one source the site's own, dated by its sources' latest year", () => {
    const record = datasetCitationRecord({
      ...dataset,
      id: 'headline-figures',
      sourceYears: [2020, 2025, 2023],
    });
    expect(record).toMatchObject({ authors: ['Peru migration profile'], year: 2025 });
    expect(record.note).toBeUndefined();
  });

  it('refuses a dataset that can be dated neither by a source nor by its rows', () => {
    expect(() => datasetCitationRecord(dataset)).toThrow(
      "unhcr-peru: a dataset without a source needs the years of its rows' sources",
    );
  });
});

describe('profileYear', () => {
  it('is the year of the latest content: a dataset publication or a news item', () => {
    expect(profileYear([2020, 2025], [new Date('2024-12-31T00:00:00Z')])).toBe(2025);
    expect(profileYear([2020, 2025], [new Date('2026-01-01T00:00:00Z')])).toBe(2026);
    expect(profileYear([2020], [])).toBe(2020);
  });

  it('refuses to date a profile without content', () => {
    expect(() => profileYear([], [])).toThrow(/at least one dataset or news item/);
  });
});

describe('profileCitationRecord', () => {
  it('is a web page by the site, published by the site', () => {
    expect(
      profileCitationRecord({
        title: 'Peru: a country of emigration',
        year: 2025,
        url: 'https://example.org/en/',
        language: 'en',
        site: 'Peru migration profile',
      }),
    ).toEqual({
      key: 'peru-migration-profile',
      kind: 'webpage',
      title: 'Peru: a country of emigration',
      authors: ['Peru migration profile'],
      publisher: 'Peru migration profile',
      year: 2025,
      url: 'https://example.org/en/',
      language: 'en',
    });
  });
});
