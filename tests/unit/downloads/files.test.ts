/** The downloads: a dataset's rows with their data note and source, as CSV and JSON. */
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { columnsOf, compareRows } from '../../../src/datasets/tables.ts';
import { strings } from '../../../src/i18n/index.ts';
import { LOCALES, type Locale } from '../../../src/i18n/languages.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import {
  citation,
  datasetCsv,
  datasetJson,
  PROVENANCE_COLUMNS,
  tableDataset,
} from '../../../src/downloads/files.ts';
import type { RefugeeRow } from '../../../src/schemas/stock.ts';
import type { Source } from '../../../src/schemas/source.ts';

const source: Source = {
  publisher: 'UNHCR',
  shortName: 'UNHCR',
  title: 'Refugee Data',
  year: 2025,
  kind: 'dataset',
  edition: 'Population table',
};

describe('tableDataset', () => {
  const refugees = datasetFor('refugee-series', 'refugee');
  const row = (year: number, refugees: number): RefugeeRow => ({
    year,
    origin_iso3: 'VEN',
    asylum_country_iso3: 'PER',
    refugees,
    asylum_seekers: 0,
    other_in_need_of_international_protection: null,
  });
  const download = tableDataset(
    refugees,
    {
      columns: columnsOf(refugees.kind),
      rows: [row(2019, 3), row(2017, 1), row(2018, 2)],
      compare: compareRows('refugee'),
    },
    (entry) => (entry.year === 2018 ? 'A note on 2018.' : null),
    source,
  );

  it("has the table's columns, then a note column, then the source columns", () => {
    expect(download.columns).toEqual([...columnsOf('refugee'), 'note', ...PROVENANCE_COLUMNS]);
    expect(download).toMatchObject({ id: refugees.id, sourceId: refugees.source, source });
  });

  it("puts the rows in the table's canonical order, each with its note (or none) and its source", () => {
    expect(download.rows.map((entry) => [entry['year'], entry['note']])).toEqual([
      [2017, null],
      [2018, 'A note on 2018.'],
      [2019, null],
    ]);
    expect(download.rows[0]).toMatchObject({
      source: 'UNHCR, Refugee Data',
      edition: 'Population table',
      source_year: 2025,
      licence: 'not stated',
    });
  });

  it('writes the CSV with the note column, an empty cell where there is no note', () => {
    const records = parseCsv(datasetCsv(download)).map((record) => record.cells);
    expect(Object.keys(records[0]!)).toEqual(download.columns);
    expect(records.map((record) => record['note'])).toEqual(['', 'A note on 2018.', '']);
    expect(records[0]!['other_in_need_of_international_protection']).toBe('');
  });

  it('writes the JSON with the source once and the notes on the rows', () => {
    const json = JSON.parse(datasetJson(download, 'the citation'));
    expect(json).toMatchObject({
      dataset: refugees.id,
      source: { id: refugees.source, ...source },
      citation: 'the citation',
    });
    expect(json.rows[1]).toEqual({ ...row(2018, 2), note: 'A note on 2018.' });
    for (const column of PROVENANCE_COLUMNS) expect(json.rows[0]).not.toHaveProperty(column);
  });
});

describe('citation', () => {
  const plain = { publisher: 'UNHCR', title: 'Refugee Data', year: 2025, kind: 'dataset' as const };
  const words = (locale: Locale) => ({ site: 'Site', ...strings(locale).data.citation });

  it('names publisher, year, title, edition, address and where it was retrieved', () => {
    expect(
      citation(
        { ...plain, edition: 'Population table', url: 'https://u.org/' },
        words('en'),
        'https://s/d.csv',
      ),
    ).toBe(
      'UNHCR (2025). Refugee Data, Population table. https://u.org/. Retrieved through Site: https://s/d.csv',
    );
  });

  it('leaves out what the source does not have', () => {
    expect(citation(plain, words('en'), 'https://s/d.csv')).toBe(
      'UNHCR (2025). Refugee Data. Retrieved through Site: https://s/d.csv',
    );
  });

  it('writes its own words in the edition’s language, the publication’s details as published', () => {
    expect(citation(plain, words('pt'), 'https://s/d.csv')).toBe(
      'UNHCR (2025). Refugee Data. Obtido por meio do Site: https://s/d.csv',
    );
    expect(citation(plain, words('es'), 'https://s/d.csv')).toBe(
      'UNHCR (2025). Refugee Data. Obtenido a través del Site: https://s/d.csv',
    );
  });

  it.each(LOCALES)('cites the figures the profile quotes in %s, with the site and the address', (locale) => {
    const text = citation(undefined, words(locale), 'https://s/h.csv');
    expect(text).toMatch(/^Site\. .+: https:\/\/s\/h\.csv$/);
  });
});

describe('spreadsheet formulas in downloads', () => {
  it('are neutralised in text cells (a leading quote), never in numbers', async () => {
    const { datasetCsv, spreadsheetSafe } = await import('../../../src/downloads/files.ts');
    for (const dangerous of [
      '=HYPERLINK("https://evil.example","x")',
      '+1',
      '-1+1',
      '@SUM(A1)',
      '\tx',
      '\rx',
    ]) {
      expect(spreadsheetSafe(dangerous)).toBe(`'${dangerous}`);
    }
    expect(spreadsheetSafe(-5)).toBe(-5);
    expect(spreadsheetSafe('Peru')).toBe('Peru');
    const csv = datasetCsv({ columns: ['country', 'count'], rows: [{ country: '=1+1', count: 3 }] });
    expect(csv).toBe("country,count\r\n'=1+1,3\r\n");
  });
});
