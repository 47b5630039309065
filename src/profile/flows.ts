/**
 * Every flow figure of a country's profile, from its rows of the flow tables: net migration,
 * remittances, the northbound route and removals from the US. Peru's profile and every country's
 * call this one function, so both show the same figures computed the same way.
 */
import type { CountryFlows, DarienPeriod } from '../countries/flows.ts';
import { netMigrationFigure, type NetMigrationFigure } from './net-migration.ts';
import { northboundFigures, type NorthboundFigures } from './northbound.ts';
import type { PeriodSeries } from './periods.ts';
import { remittancesFigure, type RemittancesFigure } from './remittances.ts';
import { removalsFigure } from './removals.ts';

export interface FlowFigures {
  netMigration: NetMigrationFigure | undefined;
  remittances: RemittancesFigure | undefined;
  northbound: NorthboundFigures;
  removals: PeriodSeries | undefined;
}

export function flowFigures(input: {
  flows: CountryFlows;
  /** Everyone who crossed the Darién, by period: what a nationality's crossings are set against. */
  darienTotals: readonly DarienPeriod[];
  /** The first year UN DESA calls most provisional (the registry's `periods.provisionalFrom`). */
  provisionalFrom?: number | undefined;
}): FlowFigures {
  const { flows, darienTotals, provisionalFrom } = input;
  return {
    netMigration: netMigrationFigure(flows.netMigration, provisionalFrom),
    remittances: remittancesFigure(flows.remittances),
    northbound: northboundFigures({ darien: flows.darien, darienTotals, encounters: flows.encounters }),
    removals: removalsFigure(flows.removals),
  };
}
