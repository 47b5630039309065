/**
 * A country's net migration, as UN DESA's World Population Prospects estimates it: immigrants minus
 * emigrants each year (negative when more people leave than arrive), with the rate per 1,000 people.
 * The figure leads with the latest year, set beside the year before, and tells since when the
 * balance has had its present sign and its largest value since then.
 */
import type { NetMigrationRow } from '../schemas/flows.ts';

export interface NetMigrationYear {
  year: number;
  net: number;
  /** Net migrants per 1,000 people. */
  rate: number;
  /** A year the publisher calls the most provisional of its estimates. */
  provisional: boolean;
}

export interface NetMigrationFigure {
  series: NetMigrationYear[];
  latest: NetMigrationYear;
  previous?: NetMigrationYear;
  /**
   * The first year of the run of years, up to the latest, whose balance has the latest's sign
   * (undefined when the latest is exactly 0). The whole series when it never changed sign.
   */
  since?: NetMigrationYear;
  /** The year of that run with the largest balance (the most negative for net emigration). */
  extreme?: NetMigrationYear;
  /** The first provisional year, when the series has any. */
  provisionalFrom?: number;
}

/** The figure of a country's rows (in any order); undefined when it has none. */
export function netMigrationFigure(
  rows: readonly NetMigrationRow[],
  provisionalFrom?: number,
): NetMigrationFigure | undefined {
  const series = [...rows]
    .sort((a, b) => a.year - b.year)
    .map((row) => ({
      year: row.year,
      net: row.net_migrants,
      rate: row.net_migration_rate,
      provisional: provisionalFrom !== undefined && row.year >= provisionalFrom,
    }));
  const latest = series.at(-1);
  if (!latest) return undefined;
  const previous = series.at(-2);
  const sign = Math.sign(latest.net);
  let start = series.length - 1;
  while (sign !== 0 && start > 0 && Math.sign(series[start - 1]!.net) === sign) start -= 1;
  const run = sign === 0 ? [] : series.slice(start);
  const extreme = run.reduce<NetMigrationYear | undefined>(
    (best, entry) => (!best || Math.abs(entry.net) > Math.abs(best.net) ? entry : best),
    undefined,
  );
  const firstProvisional = series.find((entry) => entry.provisional)?.year;
  return {
    series,
    latest,
    ...(previous ? { previous } : {}),
    ...(run[0] ? { since: run[0] } : {}),
    ...(extreme ? { extreme } : {}),
    ...(firstProvisional !== undefined ? { provisionalFrom: firstProvisional } : {}),
  };
}
