/**
 * Every country's rows of the flow tables, shaped in one pass: its net migration and remittances by
 * year, its citizens' encounters at the US southwest border by month, its nationals' crossings of
 * the Darién by period, and its citizens' removals from the US by fiscal year. Beside them, what
 * every page sets a country's figure against: all nationalities' Darién crossings by period. Pure:
 * the build calls it once (`src/countries/load.ts`) and every page reads the result.
 */
import type {
  BorderEncountersRow,
  DarienRow,
  NetMigrationRow,
  RemittancesRow,
  RemovalsRow,
} from '../schemas/flows.ts';

/** One country's rows of each flow table, in period order. */
export interface CountryFlows {
  netMigration: NetMigrationRow[];
  remittances: RemittancesRow[];
  encounters: BorderEncountersRow[];
  darien: DarienRow[];
  removals: RemovalsRow[];
}

export interface FlowTables {
  /** Each code's rows (ISO codes, and the tables' own: XKX, OTH, OOO, TIB). */
  byCountry: Map<string, CountryFlows>;
  /** The Darién table's rows summed over every nationality, by period (`2019`, `2020-01`…), in period order. */
  darienTotals: DarienPeriod[];
}

/** A period of the Darién table, summed over some nationalities. */
export type DarienPeriod = Omit<DarienRow, 'nationality'>;

export const NO_FLOWS: CountryFlows = Object.freeze({
  netMigration: [],
  remittances: [],
  encounters: [],
  darien: [],
  removals: [],
}) as CountryFlows;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function flowTables(input: {
  netMigration: readonly NetMigrationRow[];
  remittances: readonly RemittancesRow[];
  encounters: readonly BorderEncountersRow[];
  darien: readonly DarienRow[];
  removals: readonly RemovalsRow[];
}): FlowTables {
  const byCountry = new Map<string, CountryFlows>();
  const of = (code: string) => {
    let flows = byCountry.get(code);
    if (!flows) {
      flows = { netMigration: [], remittances: [], encounters: [], darien: [], removals: [] };
      byCountry.set(code, flows);
    }
    return flows;
  };
  for (const row of input.netMigration) of(row.iso3).netMigration.push(row);
  for (const row of input.remittances) of(row.iso3).remittances.push(row);
  for (const row of input.encounters) of(row.citizenship).encounters.push(row);
  for (const row of input.darien) of(row.nationality).darien.push(row);
  // ICE's entries without a code (former states, stateless, unknown) belong to no country.
  for (const row of input.removals) if (row.citizenship_iso3) of(row.citizenship_iso3).removals.push(row);
  for (const flows of byCountry.values()) {
    flows.netMigration.sort((a, b) => a.year - b.year);
    flows.remittances.sort((a, b) => a.year - b.year);
    flows.encounters.sort((a, b) => byText(a.month, b.month));
    flows.darien.sort((a, b) => byText(a.period, b.period));
    flows.removals.sort((a, b) => a.fiscal_year - b.fiscal_year);
  }

  const totals = new Map<string, DarienPeriod>();
  for (const { period, period_type, migrants } of input.darien) {
    const total = totals.get(period);
    if (total) total.migrants += migrants;
    else totals.set(period, { period, period_type, migrants });
  }
  return {
    byCountry,
    darienTotals: [...totals.values()].sort((a, b) => byText(a.period, b.period)),
  };
}

/**
 * Every country's net migration in the table's latest year, for the index's map: the year, and each
 * country's rate per 1,000 inhabitants and net migrants. Undefined when the table has no rows.
 */
export function latestRates(
  tables: FlowTables,
): { year: number; rates: { iso3: string; rate: number; net: number }[] } | undefined {
  let year = -Infinity;
  for (const flows of tables.byCountry.values()) {
    const last = flows.netMigration.at(-1);
    if (last && last.year > year) year = last.year;
  }
  if (!Number.isFinite(year)) return undefined;
  const rates = [...tables.byCountry].flatMap(([iso3, flows]) => {
    const row = flows.netMigration.find((entry) => entry.year === year);
    return row ? [{ iso3, rate: row.net_migration_rate, net: row.net_migrants }] : [];
  });
  return { year, rates };
}
