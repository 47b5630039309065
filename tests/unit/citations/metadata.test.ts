/** A dataset's metadata file: its source, years, licence, citation, caveats, notes and columns. */
import { describe, expect, it } from 'vitest';
import {
  datasetMetadata,
  datasetMetadataJson,
  type DatasetMetadataInput,
} from '../../../src/citations/metadata.ts';
import type { Source } from '../../../src/schemas/source.ts';

const source: Source = {
  kind: 'dataset',
  publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
  title: 'International Migrant Stock 2020',
  edition: 'POP/DB/MIG/Stock/Rev.2020',
  year: 2020,
  url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
};

const files = {
  csv: 'https://example.org/data/x.csv',
  json: 'https://example.org/data/x.json',
  metadata: 'https://example.org/data/x.metadata.json',
  bibtex: 'https://example.org/data/x.bib',
  ris: 'https://example.org/data/x.ris',
};

const input: DatasetMetadataInput = {
  id: 'x',
  title: 'Peruvians abroad',
  description: 'Mid-year stocks.',
  source: {
    id: 'undesa-ims-2020',
    source,
    caveats: ['The licence is not confirmed.'],
    via: 'A public copy.',
  },
  years: [1990, 2000, 2020],
  citation: 'UN DESA (2020). International Migrant Stock 2020.',
  redistribution: 'A redistribution of figures published by UN DESA.',
  files,
  dataNotes: [
    { iso3: 'PRK', direction: 'emigrants', text: 'A doubtful row.' },
    { iso3: 'VEN', text: 'Both directions.' },
  ],
  columns: [
    { name: 'year', description: 'The year.' },
    { name: 'count', description: 'People.' },
  ],
  rows: 12,
};

describe('datasetMetadata', () => {
  it('gives the source, years, licence ("not stated" when none), citation, caveats, notes and columns', () => {
    expect(datasetMetadata(input)).toEqual({
      dataset: 'x',
      title: 'Peruvians abroad',
      description: 'Mid-year stocks.',
      source: {
        id: 'undesa-ims-2020',
        publisher: source.publisher,
        title: 'International Migrant Stock 2020',
        edition: 'POP/DB/MIG/Stock/Rev.2020',
        year: 2020,
        url: source.url,
        via: 'A public copy.',
      },
      redistribution: 'A redistribution of figures published by UN DESA.',
      licence: 'not stated',
      temporalCoverage: '1990/2020',
      years: [1990, 2000, 2020],
      rows: 12,
      citation: 'UN DESA (2020). International Migrant Stock 2020.',
      files,
      caveats: ['The licence is not confirmed.'],
      dataNotes: [
        { iso3: 'PRK', direction: 'emigrants', text: 'A doubtful row.' },
        { iso3: 'VEN', text: 'Both directions.' },
      ],
      columns: [
        { name: 'year', description: 'The year.' },
        { name: 'count', description: 'People.' },
      ],
    });
  });

  it("gives the source's licence when it states one", () => {
    expect(
      datasetMetadata({
        ...input,
        source: { ...input.source!, source: { ...source, licence: 'CC BY 3.0 IGO' } },
      }).licence,
    ).toBe('CC BY 3.0 IGO');
  });

  it('points to the rows for a dataset whose rows each name their own source', () => {
    const metadata = datasetMetadata({ ...input, source: undefined, redistribution: undefined });
    expect(metadata.source).toBeNull();
    expect(metadata.redistribution).toBeNull();
    expect(metadata.sources).toMatch(/source_id/);
    expect(metadata.licence).toMatch(/licence column/);
    expect(metadata.caveats).toEqual([]);
  });

  it('refuses a dataset without years', () => {
    expect(() => datasetMetadata({ ...input, years: [] })).toThrow(/at least one year/);
  });
});

describe('datasetMetadataJson', () => {
  it('is JSON with two-space indentation and a final newline, the same bytes for the same input', () => {
    const text = datasetMetadataJson(input);
    expect(JSON.parse(text)).toEqual(datasetMetadata(input));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "dataset": "x",\n');
    expect(datasetMetadataJson({ ...input })).toBe(text);
  });
});
