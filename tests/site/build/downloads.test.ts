/**
 * The downloads: they parse, carry their source, and their numbers equal the ones on the pages,
 * in the map's data and in the content they are built from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  readDataNotes,
  readDataset,
  readDatasetTexts,
  readFacts,
  readSources,
} from '../../../src/content/read.ts';
import {
  PUBLISHED_DATASETS as DATASETS,
  DATASETS as ALL_DATASETS,
  datasetFor,
} from '../../../src/datasets/registry.ts';
import { columnsOf } from '../../../src/datasets/tables.ts';
import { strings } from '../../../src/i18n/index.ts';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { mapPayload, readPage } from '../support/site.ts';

/** The world tables: cited on the data page, downloaded country by country. */
const WORLD_TABLES = ALL_DATASETS.filter((dataset) => 'scope' in dataset);

const csv = (name: string) =>
  parseCsv(readFileSync(`dist/data/${name}.csv`, 'utf8')).map((record) => record.cells);
const json = (name: string) => JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8'));
const stocks = datasetFor('map', 'stock-by-sex');
const refugees = datasetFor('refugee-series', 'refugee');

describe('every table download', () => {
  it.each(DATASETS.map((dataset) => [dataset.id, dataset] as const))(
    '%s has the columns of its table, a note, then its source',
    (id, dataset) => {
      const header = readFileSync(`dist/data/${id}.csv`, 'utf8').split('\r\n')[0]!.split(',');
      expect(header).toEqual([
        ...columnsOf(dataset.kind),
        'note',
        'source',
        'edition',
        'source_year',
        'licence',
      ]);
      expect(Object.keys(json(id).rows[0])).toEqual([...columnsOf(dataset.kind), 'note']);
    },
  );
});

describe('the stock table download', () => {
  const rows = csv(stocks.id);

  it('has every row of the content table, with its source and edition', () => {
    const content = readDataset(process.cwd(), stocks).entries;
    expect(rows).toHaveLength(content.length);
    for (const row of rows) {
      expect(row.source).toContain('International Migrant Stock 2024');
      expect(row.edition).toBe('2024 edition, Table 1 (by sex, destination and origin)');
      expect(row.licence).toBe('CC BY 3.0 IGO');
    }
  });

  it("equals the map's figures for every country, view by view", () => {
    const payload = mapPayload(readPage('/en/'));
    payload.views.forEach((view: { direction: string; year: number; total: number }, index: number) => {
      const inView = rows.filter((row) => row.direction === view.direction && Number(row.year) === view.year);
      expect(Number(inView.find((row) => row.iso3 === 'WLD')!.count)).toBe(view.total);
      for (const [iso3, counts] of Object.entries(payload.counts as Record<string, number[]>)) {
        const row = inView.find((candidate) => candidate.iso3 === iso3);
        expect(Number(row?.count ?? 0)).toBe(counts[index]);
      }
    });
  });

  it("equals the numbers in the map's table on the page", () => {
    const html = readPage('/en/');
    const table = html.match(/<table class="map-table[^"]*">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/)![1]!;
    const shown = [...table.matchAll(/data-iso3="([A-Z]{3})"[\s\S]*?<td>([\d,]+)<\/td>/g)].map(
      ([, iso3, count]) => [iso3, Number(count!.replace(/,/g, ''))] as const,
    );
    expect(shown.length).toBeGreaterThan(50);
    for (const [iso3, count] of shown) {
      const row = rows.find(
        (candidate) =>
          candidate.direction === 'emigrants' && candidate.year === '2024' && candidate.iso3 === iso3,
      );
      expect(Number(row!.count)).toBe(count);
    }
  });

  it('carries the data note of the doubtful North Korea row', () => {
    const prk = rows.find((row) => row.iso3 === 'PRK' && row.direction === 'emigrants');
    expect(prk?.note).toMatch(/Republic of Korea/);
  });

  it('is also JSON with the source given once and a citation', () => {
    const data = json(stocks.id);
    expect(data.source.url).toBe(
      'https://www.un.org/development/desa/pd/content/international-migrant-stock',
    );
    expect(data.citation).toContain('International Migrant Stock 2024');
    expect(data.rows).toHaveLength(rows.length);
    expect(data.rows[0]).not.toHaveProperty('source');
  });
});

describe('the UNHCR download', () => {
  it('equals the content and the series table on the page', () => {
    const rows = csv(refugees.id);
    const content = readDataset(process.cwd(), refugees).entries.map((entry) => entry.data);
    expect(rows.map((row) => Number(row.asylum_seekers))).toEqual(content.map((row) => row.asylum_seekers));
    const row2019 = rows.find((row) => row.year === '2019')!;
    expect(row2019.refugees).toBe('1230');
    expect(row2019.asylum_seekers).toBe('482571');
    expect(rows.find((row) => row.year === '2017')!.other_in_need_of_international_protection).toBe('');
    expect(readPage('/en/')).toContain('482,571');
  });

  it('has a note column, empty while no data note is on this table', () => {
    const notes = readDataNotes(process.cwd()).entries.filter((note) => note.data.dataset === refugees.id);
    expect(notes).toEqual([]);
    const rows = csv(refugees.id);
    expect(rows.every((row) => row.note === '')).toBe(true);
  });
});

describe('the headline figures download', () => {
  it('has every fact (one row per share) with its own source', () => {
    const rows = csv('headline-figures');
    const sources = readSources(process.cwd()).entries;
    const facts = readFacts(process.cwd(), new Set(sources.map((source) => source.id))).entries;
    const expected = facts.reduce(
      (sum, fact) => sum + (fact.data.kind === 'shares' ? fact.data.items.length : 1),
      0,
    );
    expect(rows).toHaveLength(expected);
    const usa = rows.find((row) => row.id === 'seed-emigrant-destinations' && row.iso3 === 'USA');
    expect(usa).toMatchObject({ value: '50', unit: 'percent', as_stated_by_2020_page: 'yes' });
    const poverty = rows.find((row) => row.id === 'poverty-rate-2024');
    expect(poverty).toMatchObject({ value: '27.6', year: '2024', as_stated_by_2020_page: 'no' });
    expect(poverty?.url).toMatch(/^https:\/\/www\.gob\.pe\//);
  });

  it.each(LOCALES)(
    'is listed on the data page of the %s edition, titled and cited in its language',
    (locale) => {
      const page = readPage(localePath(locale, 'data/'));
      const t = strings(locale);
      // The world tables are published country by country, not on the data page.
      const texts = readDatasetTexts(process.cwd()).entries.filter(({ id }) =>
        DATASETS.some((dataset) => dataset.id === id),
      );
      for (const name of [...DATASETS.map((dataset) => dataset.id), 'headline-figures']) {
        expect(page).toContain(`href="/data/${name}.csv"`);
        expect(page).toContain(`href="/data/${name}.json"`);
      }
      for (const { id, data } of texts)
        expect(page).toContain(`<h2 id="${id}-title">${data.title[locale]}</h2>`);
      const citations = [...page.matchAll(/<p class="citation-text">([^<]*)<\/p>/g)].map(
        (match) => match[1]!,
      );
      // The downloads, the headline figures, then the world tables (cited, downloaded country by country).
      expect(citations).toHaveLength(DATASETS.length + 1 + WORLD_TABLES.length);
      citations.forEach((text, index) => {
        if (index === DATASETS.length) expect(text).toContain(t.data.citation.quotedFigures(t.site.name, ''));
        else expect(text).toContain(t.data.citation.retrievedThrough(t.site.name, ''));
      });
    },
  );
});
