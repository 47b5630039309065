/**
 * Every flow figure of a profile from one country's rows: the same function for Peru and every
 * other country. On small rows, then on Peru's from the five committed tables, grouped by
 * `flowTables` as the build groups them.
 */
import { describe, expect, it } from 'vitest';
import { NO_FLOWS, type CountryFlows } from '../../../src/countries/flows.ts';
import { flowFigures } from '../../../src/profile/flows.ts';

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
