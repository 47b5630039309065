/**
 * The content readers on copies of content/ with one change each: a dataset's table, the datasets'
 * titles, and data notes that must point at rows that exist.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkDataNotes,
  CONTENT_PATHS,
  readDataset,
  readDatasetTexts,
  readTagVocabulary,
} from '../../../src/content/read.ts';
import { DATASETS, datasetFor } from '../../../src/datasets/registry.ts';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { contentWith } from '../../support/content-copy.ts';

describe('readDataset', () => {
  const refugees = datasetFor('refugee-series', 'refugee');

  it("gives every row of the dataset's table, by line, with its cells as written", () => {
    const { entries, problems } = readDataset(process.cwd(), refugees);
    expect(problems).toEqual([]);
    const records = parseCsv(readFileSync(refugees.file, 'utf8'));
    expect(entries.map((entry) => entry.id)).toEqual(records.map((record) => `line-${record.line}`));
    expect(entries.map((entry) => entry.raw)).toEqual(records.map((record) => record.cells));
    expect(entries.every((entry) => entry.file === refugees.file)).toBe(true);
    expect(entries.find((entry) => entry.data.year === 2018)?.data.refugees).toBe(735);
  });

  it('gives no rows and every problem, with file and line, when the table is wrong', () => {
    const root = contentWith(refugees.file, (text) =>
      text.replace('2018,VEN,PER,735,', '1950,VEN,PER,-735,'),
    );
    const { entries, problems } = readDataset(root, refugees);
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: refugees.file, field: 'year', value: '1950' }),
      expect.objectContaining({ file: refugees.file, field: 'refugees', value: '-735' }),
    ]);
    expect(new Set(problems.map((problem) => problem.line)).size).toBe(1);
  });

  it('reports a table that is not CSV as a problem, not a crash', () => {
    const root = contentWith(refugees.file, (text) => `${text}"unclosed\r\n`);
    expect(readDataset(root, refugees).problems).toEqual([
      expect.objectContaining({ file: refugees.file, message: expect.stringMatching(/never closed/) }),
    ]);
  });
});

describe('readDatasetTexts', () => {
  it('gives one title and description for every dataset of the registry, in every edition', () => {
    const { entries, problems } = readDatasetTexts(process.cwd());
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.id).sort()).toEqual(DATASETS.map((dataset) => dataset.id).sort());
    for (const { data } of entries) {
      // Each edition's own text: no two editions share one.
      expect(new Set(LOCALES.map((locale) => data.title[locale])).size).toBe(LOCALES.length);
      expect(new Set(LOCALES.map((locale) => data.description[locale])).size).toBe(LOCALES.length);
    }
  });

  it('refuses titles for a dataset the registry does not have, naming the ones it has', () => {
    const root = contentWith(CONTENT_PATHS.datasetTexts, (text) =>
      text.replace('unhcr-venezuela-to-peru:', 'unhcr-venezuela-to-chile:'),
    );
    expect(readDatasetTexts(root).problems).toEqual([
      {
        file: CONTENT_PATHS.datasetTexts,
        field: 'unhcr-venezuela-to-chile',
        message: expect.stringContaining(`is not a dataset of src/datasets/registry.ts (${DATASETS.map((d) => d.id).join(', ')})`),
      },
      {
        file: CONTENT_PATHS.datasetTexts,
        field: 'unhcr-venezuela-to-peru',
        message: 'is missing: every dataset needs its title and description',
      },
    ]);
  });

  it('reports an incomplete entry once, not also as missing', () => {
    const root = contentWith(CONTENT_PATHS.datasetTexts, (text) =>
      text.replace(/(unhcr-venezuela-to-peru:\n  title:\n    en: [^\n]*\n)    es: [^\n]*\n/, '$1'),
    );
    expect(readDatasetTexts(root).problems).toEqual([
      expect.objectContaining({ field: 'unhcr-venezuela-to-peru.title.es' }),
    ]);
  });
});

describe('checkDataNotes', () => {
  it('accepts the notes of the real content', () => {
    expect(checkDataNotes(process.cwd())).toEqual([]);
  });

  it('refuses a note on a country its table has no row for', () => {
    // South Korea has immigrant rows but no emigrant row: the note would never be shown.
    const root = contentWith(CONTENT_PATHS.dataNotes, (text) => text.replaceAll('iso3: PRK', 'iso3: KOR'));
    // Both editions' notes name PRK: each is checked against its own edition's table.
    expect(checkDataNotes(root)).toEqual([
      expect.objectContaining({
        file: CONTENT_PATHS.dataNotes,
        field: 'undesa-2024-prk-korea.iso3',
        value: 'KOR',
        message: 'has no row in undesa-ims2024-peru (emigrants)',
      }),
      expect.objectContaining({
        file: CONTENT_PATHS.dataNotes,
        field: 'undesa-2020-prk-korea.iso3',
        value: 'KOR',
        message: 'has no row in undesa-ims2020-peru (emigrants)',
      }),
    ]);
  });

  it("leaves a note on a broken table to the table's own problems", () => {
    // The 2020 table with a row that fails validation: it has no rows to check its note against.
    const dataset = datasetFor('previous-edition', 'stock');
    const root = contentWith(dataset.file, (text) => text.replace(/\r\n$/, '\r\nemigrants,PRK,x,2020,-1\r\n'));
    expect(checkDataNotes(root)).toEqual([]);
  });

  it('accepts a note without a direction on a country of either direction', () => {
    const root = contentWith(CONTENT_PATHS.dataNotes, (text) =>
      text.replaceAll('direction: emigrants\n  iso3: PRK', 'iso3: KOR'),
    );
    expect(checkDataNotes(root)).toEqual([]);
  });
});

describe('readTagVocabulary', () => {
  it('gives every tag of content/tags.yaml, each with a label in every edition', () => {
    const { entries, problems, ids } = readTagVocabulary(process.cwd());
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual(entries.map((entry) => entry.id).sort());
    for (const entry of entries) expect(Object.keys(entry.data.label).sort()).toEqual([...LOCALES].sort());
  });

  it('names the file, line and field of a label left out, and keeps the id as declared', () => {
    const root = contentWith(CONTENT_PATHS.tags, (text) => text.replace('      pt: Asilo\n', ''));
    const { entries, problems, ids } = readTagVocabulary(root);
    expect(entries).toEqual([]);
    const line = readFileSync(`${root}/${CONTENT_PATHS.tags}`, 'utf8').split('\n').indexOf('    label:', 0) + 1;
    expect(problems).toEqual([
      expect.objectContaining({ file: CONTENT_PATHS.tags, line, field: 'tags.0.label.pt', message: 'is required' }),
    ]);
    expect(ids).toContain('asylum');
  });
});
