/**
 * A country's rows of the five flow tables as one download (`/data/countries/<iso3>-flows.csv`), in
 * long form: one row per table, period and indicator, with its unit, a note where the figure needs
 * one, and its source on every row. The tables' own files keep each its own columns; one long file
 * per country keeps a profile's downloads to one more file, whatever the number of tables.
 */
import type { CountryFlows } from '../countries/flows.ts';
import type { Source } from '../schemas/source.ts';
import { PROVENANCE_COLUMNS, provenanceOf, type Row } from './files.ts';

export const FLOW_COLUMNS = [
  'dataset',
  'period',
  'period_type',
  'indicator',
  'value',
  'unit',
  'note',
] as const;

/** The sources of the five tables, by the dataset ids of the registry. */
export interface FlowSources {
  netMigration: { id: string; source: Source };
  remittances: { id: string; source: Source };
  encounters: { id: string; source: Source };
  darien: { id: string; source: Source };
  removals: { id: string; source: Source };
}

const PUBLISHED_ZERO = 'published as 0: most likely not reported';

export function flowRows(flows: CountryFlows, sources: FlowSources): Row[] {
  const row = (
    table: { id: string; source: Source },
    period: string | number,
    periodType: 'year' | 'month' | 'fiscal_year',
    indicator: string,
    value: number,
    unit: string,
    note: string | null = null,
  ): Row => ({
    dataset: table.id,
    period: String(period),
    period_type: periodType,
    indicator,
    value,
    unit,
    note,
    ...provenanceOf(table.source),
  });
  const dollars = (year: number, indicator: string, value: number | null): Row[] =>
    value === null
      ? []
      : [
          row(
            sources.remittances,
            year,
            'year',
            indicator,
            value,
            'current US$',
            value === 0 ? PUBLISHED_ZERO : null,
          ),
        ];
  return [
    ...flows.netMigration.flatMap((r) => [
      row(sources.netMigration, r.year, 'year', 'net_migrants', r.net_migrants, 'people'),
      row(
        sources.netMigration,
        r.year,
        'year',
        'net_migration_rate',
        r.net_migration_rate,
        'per 1,000 people',
      ),
    ]),
    ...flows.remittances.flatMap((r) => [
      ...dollars(r.year, 'remittances_received', r.received_usd),
      ...dollars(r.year, 'remittances_paid', r.paid_usd),
      ...(r.gdp_usd === null
        ? []
        : [row(sources.remittances, r.year, 'year', 'gdp', r.gdp_usd, 'current US$')]),
    ]),
    ...flows.encounters.map((r) =>
      row(
        sources.encounters,
        r.month,
        'month',
        'us_southwest_border_encounters',
        r.encounters,
        'encounters (events)',
        `US fiscal year ${r.fiscal_year}`,
      ),
    ),
    ...flows.darien.map((r) =>
      row(sources.darien, r.period, r.period_type, 'darien_crossings', r.migrants, 'people'),
    ),
    ...flows.removals.map((r) =>
      row(
        sources.removals,
        r.fiscal_year,
        'fiscal_year',
        'us_removals',
        r.removals,
        'removals',
        `as ICE names the citizenship: ${r.citizenship_name}`,
      ),
    ),
  ];
}

/** The download's columns: the long form's own, then the source. */
export const FLOW_DOWNLOAD_COLUMNS = [...FLOW_COLUMNS, ...PROVENANCE_COLUMNS];
