/** A country's flow rows as one long download: a row per table, period and indicator, each with its source. */
import { describe, expect, it } from 'vitest';
import { NO_FLOWS, type CountryFlows } from '../../../src/countries/flows.ts';
import { PROVENANCE_COLUMNS } from '../../../src/downloads/files.ts';
import {
  FLOW_COLUMNS,
  FLOW_DOWNLOAD_COLUMNS,
  flowRows,
  type FlowSources,
} from '../../../src/downloads/flow-rows.ts';
import type { Source } from '../../../src/schemas/source.ts';

/** A source of its own for each table, so that a row's provenance tells which table it came from. */
const source = (publisher: string, licence?: string): Source => ({
  publisher,
  title: `${publisher} table`,
  edition: `${publisher} edition`,
  year: 2025,
  kind: 'dataset',
  ...(licence ? { licence } : {}),
});
const sources: FlowSources = {
  netMigration: { id: 'net-id', source: source('UN DESA', 'CC BY 3.0 IGO') },
  remittances: { id: 'money-id', source: source('World Bank', 'CC BY 4.0') },
  encounters: { id: 'cbp-id', source: source('US CBP', 'Public domain') },
  darien: { id: 'darien-id', source: source('SNM') },
  removals: { id: 'ice-id', source: source('US ICE', 'Public domain') },
};

const flows: CountryFlows = {
  netMigration: [
    { iso3: 'PER', m49: 604, year: 2014, net_migrants: -50383, net_migration_rate: -1.673 },
    { iso3: 'PER', m49: 604, year: 2015, net_migrants: 2421, net_migration_rate: 0.079 },
  ],
  remittances: [
    { iso3: 'PER', year: 2011, received_usd: 2696961723, paid_usd: null, gdp_usd: 171761737047 },
    { iso3: 'PER', year: 2012, received_usd: 2787954663, paid_usd: 0, gdp_usd: null },
  ],
  encounters: [{ month: '2022-10', fiscal_year: 2023, citizenship: 'PER', encounters: 5796 }],
  darien: [
    { period: '2019', period_type: 'year', nationality: 'PER', migrants: 3 },
    { period: '2023-01', period_type: 'month', nationality: 'PER', migrants: 97 },
  ],
  removals: [{ fiscal_year: 2023, citizenship_iso3: 'PER', citizenship_name: 'Peru', removals: 5062 }],
};
const rows = flowRows(flows, sources);

/** The rows of one dataset, each as `period indicator value`. */
const of = (dataset: string) =>
  rows
    .filter((row) => row['dataset'] === dataset)
    .map((row) => `${row['period']} ${row['indicator']} ${row['value']}`);

describe('FLOW_DOWNLOAD_COLUMNS', () => {
  it('are the long form’s columns, then the source’s', () => {
    expect(FLOW_COLUMNS).toEqual(['dataset', 'period', 'period_type', 'indicator', 'value', 'unit', 'note']);
    expect(FLOW_DOWNLOAD_COLUMNS).toEqual([...FLOW_COLUMNS, ...PROVENANCE_COLUMNS]);
  });
});

describe('flowRows', () => {
  it('gives every row exactly the download’s columns, in order', () => {
    for (const row of rows) expect(Object.keys(row)).toEqual(FLOW_DOWNLOAD_COLUMNS);
  });

  it('gives one row per year and indicator of net migration: the balance and its rate', () => {
    expect(of('net-id')).toEqual([
      '2014 net_migrants -50383',
      '2014 net_migration_rate -1.673',
      '2015 net_migrants 2421',
      '2015 net_migration_rate 0.079',
    ]);
    const rate = rows.find((row) => row['indicator'] === 'net_migration_rate')!;
    expect(rate).toMatchObject({ period_type: 'year', unit: 'per 1,000 people', note: null });
    expect(rows.find((row) => row['indicator'] === 'net_migrants')).toMatchObject({ unit: 'people' });
  });

  it('gives remittances a row per amount published, none for a blank, and notes a published 0', () => {
    expect(of('money-id')).toEqual([
      '2011 remittances_received 2696961723',
      '2011 gdp 171761737047',
      '2012 remittances_received 2787954663',
      '2012 remittances_paid 0',
    ]);
    const zero = rows.find((row) => row['indicator'] === 'remittances_paid')!;
    expect(zero).toMatchObject({
      value: 0,
      unit: 'current US$',
      note: 'published as 0: most likely not reported',
    });
    for (const row of rows.filter((entry) => entry['dataset'] === 'money-id' && entry['value'] !== 0)) {
      expect(row['note']).toBeNull();
    }
  });

  it('gives encounters a row per month, with its fiscal year in the note', () => {
    expect(rows.filter((row) => row['dataset'] === 'cbp-id')).toEqual([
      expect.objectContaining({
        period: '2022-10',
        period_type: 'month',
        indicator: 'us_southwest_border_encounters',
        value: 5796,
        unit: 'encounters (events)',
        note: 'US fiscal year 2023',
      }),
    ]);
  });

  it('gives the Darién a row per period, a whole year or a month', () => {
    expect(
      rows
        .filter((row) => row['dataset'] === 'darien-id')
        .map((row) => [row['period'], row['period_type'], row['value']]),
    ).toEqual([
      ['2019', 'year', 3],
      ['2023-01', 'month', 97],
    ]);
  });

  it('gives removals a row per fiscal year, with the citizenship as ICE names it', () => {
    expect(rows.filter((row) => row['dataset'] === 'ice-id')).toEqual([
      expect.objectContaining({
        period: '2023',
        period_type: 'fiscal_year',
        indicator: 'us_removals',
        value: 5062,
        unit: 'removals',
        note: 'as ICE names the citizenship: Peru',
      }),
    ]);
  });

  it("takes each row's provenance from its own table's source", () => {
    for (const [key, table] of Object.entries(sources) as [
      keyof FlowSources,
      FlowSources[keyof FlowSources],
    ][]) {
      const own = rows.filter((row) => row['dataset'] === table.id);
      expect(own.length, key).toBeGreaterThan(0);
      for (const row of own) {
        expect(row).toMatchObject({
          source: `${table.source.publisher}, ${table.source.title}`,
          edition: table.source.edition,
          source_year: 2025,
          licence: table.source.licence ?? 'not stated',
        });
      }
    }
  });

  it('writes every period as text, and gives a country without rows none', () => {
    for (const row of rows) expect(typeof row['period']).toBe('string');
    expect(flowRows(NO_FLOWS, sources)).toEqual([]);
  });
});
