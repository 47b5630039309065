/**
 * Every flow figure of a profile from one country's rows: the same function for Peru and every
 * other country. On small rows, then on Peru's from the five committed tables, grouped by
 * `flowTables` as the build groups them.
 */
import { describe, expect, it } from 'vitest';
import { flowTables, NO_FLOWS, type CountryFlows } from '../../../src/countries/flows.ts';
import { flowFigures } from '../../../src/profile/flows.ts';
import { monthsOfFiscalYear } from '../../../src/profile/periods.ts';
import {
  darienRows,
  encountersRows,
  netMigrationRows,
  remittancesRows,
  removalsRows,
  sum,
} from './flow-data.ts';

describe('flowFigures', () => {
  const flows: CountryFlows = {
    netMigration: [
      { iso3: 'CHL', m49: 152, year: 2022, net_migrants: 10, net_migration_rate: 1 },
      { iso3: 'CHL', m49: 152, year: 2023, net_migrants: 20, net_migration_rate: 2 },
    ],
    remittances: [{ iso3: 'CHL', year: 2023, received_usd: 0, paid_usd: 40, gdp_usd: 1000 }],
    encounters: [],
    darien: [{ period: '2019', period_type: 'year', nationality: 'CHL', migrants: 3 }],
    removals: [{ fiscal_year: 2024, citizenship_iso3: 'CHL', citizenship_name: 'Chile', removals: 9 }],
  };
  const darienTotals = [{ period: '2019', period_type: 'year' as const, migrants: 30 }];

  it("shapes each section from the country's own rows", () => {
    const figures = flowFigures({ flows, darienTotals, provisionalFrom: 2023 });
    expect(figures.netMigration!.latest).toEqual({ year: 2023, net: 20, rate: 2, provisional: true });
    expect(figures.netMigration!.provisionalFrom).toBe(2023);
    expect(figures.remittances!.received).toBeUndefined();
    expect(figures.remittances!.paid).toEqual({ year: 2023, value: 40 });
    expect(figures.northbound.darien!.share).toBeCloseTo(3 / 30, 12);
    expect(figures.northbound.darienAll!.latest.latest.value).toBe(30);
    expect(figures.northbound).not.toHaveProperty('encounters');
    expect(figures.removals!.latest.latest).toEqual({ period: 2024, value: 9, partial: false });
  });

  it('marks no year provisional when the registry gives no first one', () => {
    const figures = flowFigures({ flows, darienTotals, provisionalFrom: undefined });
    expect(figures.netMigration!.series.some((entry) => entry.provisional)).toBe(false);
  });

  it('gives a country without rows no figure, but everyone who crossed the Darién', () => {
    const figures = flowFigures({ flows: NO_FLOWS, darienTotals });
    expect(figures.netMigration).toBeUndefined();
    expect(figures.remittances).toBeUndefined();
    expect(figures.removals).toBeUndefined();
    expect(Object.keys(figures.northbound)).toEqual(['darienAll']);
  });
});

describe("flowFigures: Peru's profile, from the five tables", () => {
  const tables = flowTables({
    netMigration: netMigrationRows('PER'),
    remittances: remittancesRows('PER'),
    encounters: encountersRows(),
    darien: darienRows(),
    removals: removalsRows(),
  });
  const figures = flowFigures({
    flows: tables.byCountry.get('PER')!,
    darienTotals: tables.darienTotals,
    provisionalFrom: 2022,
  });

  it('net migration: 24,783 in 2023, positive since 2015, largest in 2018 (339,067)', () => {
    const rows = netMigrationRows('PER');
    const net = (year: number) => rows.find((row) => row.year === year)!.net_migrants;
    expect(figures.netMigration!.latest).toMatchObject({ year: 2023, net: net(2023), provisional: true });
    expect(net(2023)).toBe(24_783);
    expect(net(2014)).toBeLessThan(0);
    expect(figures.netMigration!.since!.year).toBe(2015);
    expect(figures.netMigration!.extreme).toMatchObject({ year: 2018, net: 339_067 });
    expect(net(2018)).toBe(339_067);
  });

  it('remittances: US$4,446,181,862 received in 2023, 1.66% of GDP; paid 2012–2016 not reported', () => {
    const row2023 = remittancesRows('PER').find((row) => row.year === 2023)!;
    expect(figures.remittances!.received).toMatchObject({ year: 2023, value: row2023.received_usd });
    expect(row2023.received_usd).toBe(4_446_181_862);
    expect((figures.remittances!.received!.shareOfGdp! * 100).toFixed(2)).toBe('1.66');
    expect(figures.remittances!.zeros.paid).toEqual([2012, 2013, 2014, 2015, 2016]);
  });

  it('the Darién: 520,085 people in 2023, 4,093 of them Peruvian', () => {
    const all2023 = darienRows().filter((row) => row.period.startsWith('2023'));
    const everyone = sum(all2023, (row) => row.migrants);
    const peruvians = sum(
      all2023.filter((row) => row.nationality === 'PER'),
      (row) => row.migrants,
    );
    expect([everyone, peruvians]).toEqual([520_085, 4_093]);
    expect(figures.northbound.darienAll!.series.find((entry) => entry.period === 2023)!.value).toBe(everyone);
    expect(figures.northbound.darien!.series.find((entry) => entry.period === 2023)!.value).toBe(peruvians);
  });

  it('encounters: 50,662 in FY2022, 75,719 in FY2023, FY2025 partial with 8 months', () => {
    const peru = encountersRows('PER');
    const inFiscalYear = (year: number) =>
      sum(
        peru.filter((row) => monthsOfFiscalYear(year).includes(row.month)),
        (row) => row.encounters,
      );
    const series = figures.northbound.encounters!.series;
    expect(series.find((entry) => entry.period === 2022)!.value).toBe(inFiscalYear(2022));
    expect(series.find((entry) => entry.period === 2023)!.value).toBe(inFiscalYear(2023));
    expect([inFiscalYear(2022), inFiscalYear(2023)]).toEqual([50_662, 75_719]);
    expect(series.at(-1)).toMatchObject({ period: 2025, partial: true });
    expect(series.at(-1)!.months).toHaveLength(8);
  });

  it("removals: 5,062 in FY2023 and 4,301 in FY2024, ICE's rows without a code left out", () => {
    const peru = removalsRows('PER');
    const inYear = (year: number) =>
      sum(
        peru.filter((row) => row.fiscal_year === year),
        (row) => row.removals,
      );
    expect([inYear(2023), inYear(2024)]).toEqual([5_062, 4_301]);
    expect(figures.removals!.latest.previous).toMatchObject({ period: 2023, value: inYear(2023) });
    expect(figures.removals!.latest.latest).toMatchObject({ period: 2024, value: inYear(2024) });
  });
});
