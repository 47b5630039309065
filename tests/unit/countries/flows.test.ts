/** Every country's rows of the five flow tables, grouped by code and in period order, and the Darién's totals. */
import { describe, expect, it } from 'vitest';
import { flowTables, latestRates, NO_FLOWS } from '../../../src/countries/flows.ts';
import type {
  BorderEncountersRow,
  DarienRow,
  NetMigrationRow,
  RemittancesRow,
  RemovalsRow,
} from '../../../src/schemas/flows.ts';

const net = (iso3: string, year: number, net_migrants = 0): NetMigrationRow => ({
  iso3,
  m49: 0,
  year,
  net_migrants,
  net_migration_rate: 0,
});
const money = (iso3: string, year: number): RemittancesRow => ({
  iso3,
  year,
  received_usd: 1,
  paid_usd: null,
  gdp_usd: null,
});
const encounter = (citizenship: string, month: string, encounters = 1): BorderEncountersRow => ({
  month,
  fiscal_year: Number(month.slice(0, 4)) + (Number(month.slice(5)) >= 10 ? 1 : 0),
  citizenship,
  encounters,
});
const crossing = (nationality: string, period: string, migrants: number): DarienRow => ({
  period,
  period_type: period.length === 4 ? 'year' : 'month',
  nationality,
  migrants,
});
const removal = (
  fiscal_year: number,
  citizenship_iso3: string,
  citizenship_name: string,
  removals: number,
): RemovalsRow => ({
  fiscal_year,
  citizenship_iso3,
  citizenship_name,
  removals,
});

const input = {
  netMigration: [net('PER', 2023, 24783), net('CHL', 2020), net('PER', 1950, -97), net('PER', 2018, 339067)],
  remittances: [money('PER', 2023), money('XKX', 2010), money('PER', 1990)],
  encounters: [
    encounter('PER', '2023-01'),
    encounter('OTH', '2022-10'),
    encounter('PER', '2022-10'),
    encounter('PER', '2022-12'),
    encounter('MEX', '2022-11'),
  ],
  darien: [
    crossing('PER', '2023-02', 300),
    crossing('VEN', '2023-01', 1000),
    crossing('PER', '2019', 3),
    crossing('PER', '2023-01', 100),
    crossing('OOO', '2023-02', 7),
    crossing('TIB', '2012', 2),
    crossing('VEN', '2019', 50),
  ],
  removals: [
    removal(2024, 'PER', 'Peru', 4301),
    removal(2015, '', 'Korea', 43),
    removal(2014, 'PER', 'Peru', 678),
    removal(2015, '', 'Unknown', 5),
    removal(2023, 'XKX', 'Kosovo', 9),
  ],
};
const tables = flowTables(input);

describe('flowTables: each country', () => {
  it("holds the country's rows of every table, in period order", () => {
    const peru = tables.byCountry.get('PER')!;
    expect(peru.netMigration.map((row) => row.year)).toEqual([1950, 2018, 2023]);
    expect(peru.remittances.map((row) => row.year)).toEqual([1990, 2023]);
    expect(peru.encounters.map((row) => row.month)).toEqual(['2022-10', '2022-12', '2023-01']);
    expect(peru.darien.map((row) => row.period)).toEqual(['2019', '2023-01', '2023-02']);
    expect(peru.removals.map((row) => row.fiscal_year)).toEqual([2014, 2024]);
  });

  it('keeps the rows as they are, each once, and only for their own code', () => {
    const peru = tables.byCountry.get('PER')!;
    expect(peru.netMigration.find((row) => row.year === 2018)).toBe(input.netMigration[3]);
    expect(peru.darien.every((row) => row.nationality === 'PER')).toBe(true);
    expect(peru.encounters.every((row) => row.citizenship === 'PER')).toBe(true);
    const all = [...tables.byCountry.values()];
    expect(all.reduce((sum, flows) => sum + flows.netMigration.length, 0)).toBe(input.netMigration.length);
    expect(all.reduce((sum, flows) => sum + flows.darien.length, 0)).toBe(input.darien.length);
  });

  it('gives a code found in one table empty lists for the others', () => {
    expect(tables.byCountry.get('CHL')).toEqual({
      netMigration: [net('CHL', 2020)],
      remittances: [],
      encounters: [],
      darien: [],
      removals: [],
    });
    expect(tables.byCountry.get('MEX')!.encounters).toHaveLength(1);
    expect(tables.byCountry.get('MEX')!.netMigration).toEqual([]);
  });

  it("keeps the tables' own codes (XKX, OTH, OOO, TIB) apart, each under its code", () => {
    expect(tables.byCountry.get('XKX')!.remittances).toHaveLength(1);
    expect(tables.byCountry.get('XKX')!.removals).toHaveLength(1);
    expect(tables.byCountry.get('OTH')!.encounters).toHaveLength(1);
    expect(tables.byCountry.get('OOO')!.darien).toHaveLength(1);
    expect(tables.byCountry.get('TIB')!.darien).toHaveLength(1);
  });

  it("gives ICE's rows without a code (former states, stateless, unknown) to no country", () => {
    expect(tables.byCountry.has('')).toBe(false);
    const removals = [...tables.byCountry.values()].flatMap((flows) => flows.removals);
    expect(removals.map((row) => row.citizenship_name).sort()).toEqual(['Kosovo', 'Peru', 'Peru']);
  });

  it('knows no country for empty tables, and NO_FLOWS is empty and frozen', () => {
    const empty = flowTables({ netMigration: [], remittances: [], encounters: [], darien: [], removals: [] });
    expect(empty.byCountry.size).toBe(0);
    expect(empty.darienTotals).toEqual([]);
    expect(NO_FLOWS).toEqual({ netMigration: [], remittances: [], encounters: [], darien: [], removals: [] });
    expect(Object.isFrozen(NO_FLOWS)).toBe(true);
  });
});

describe('flowTables: the Darién totals', () => {
  it('sums every nationality (codes that are not countries too) per period, in period order', () => {
    expect(tables.darienTotals).toEqual([
      { period: '2012', period_type: 'year', migrants: 2 },
      { period: '2019', period_type: 'year', migrants: 3 + 50 },
      { period: '2023-01', period_type: 'month', migrants: 100 + 1000 },
      { period: '2023-02', period_type: 'month', migrants: 300 + 7 },
    ]);
  });

  it('adds up to the sum of every row, and leaves the rows it sums unchanged', () => {
    const total = (rows: readonly { migrants: number }[]) => rows.reduce((sum, row) => sum + row.migrants, 0);
    expect(total(tables.darienTotals)).toBe(total(input.darien));
    expect(input.darien[3]).toEqual(crossing('PER', '2023-01', 100));
    expect(tables.byCountry.get('PER')!.darien.find((row) => row.period === '2023-01')!.migrants).toBe(100);
  });
});

describe('latestRates', () => {
  const rated = (iso3: string, year: number, net_migration_rate: number): NetMigrationRow => ({
    iso3,
    m49: 0,
    year,
    net_migrants: Math.round(net_migration_rate * 1000),
    net_migration_rate,
  });

  it("gives every country's rate and net migrants in the table's latest year", () => {
    const tables = flowTables({
      netMigration: [
        rated('PER', 2022, 1),
        rated('PER', 2023, 0.7),
        rated('CHL', 2023, -2),
        rated('VEN', 2022, -5),
      ],
      remittances: [],
      encounters: [],
      darien: [],
      removals: [],
    });
    // Venezuela has no row for 2023, the latest year of the table: it has no rate on the map.
    expect(latestRates(tables)).toEqual({
      year: 2023,
      rates: [
        { iso3: 'PER', rate: 0.7, net: 700 },
        { iso3: 'CHL', rate: -2, net: -2000 },
      ],
    });
  });

  it('gives nothing for a table without rows', () => {
    expect(
      latestRates(
        flowTables({ netMigration: [], remittances: [], encounters: [], darien: [], removals: [] }),
      ),
    ).toBeUndefined();
  });
});
