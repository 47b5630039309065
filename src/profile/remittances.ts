/**
 * A country's personal remittances, as the World Bank publishes them: money received from people
 * abroad and paid to people abroad, in current US dollars, and what the money received weighs
 * against GDP. A published 0 is read as not reported, never as zero: the World Bank's data does not
 * tell a true zero from a missing report, and many of its zeros are not plausible (Peru paid nothing
 * abroad in 2012–2016, while its central bank reported outflows).
 */
import type { RemittancesRow } from '../schemas/flows.ts';

export type RemittanceFlow = 'received' | 'paid';

export interface RemittancesYear {
  year: number;
  /** US dollars received; null when not reported (blank, or published as 0). */
  received: number | null;
  /** US dollars paid abroad; null when not reported. */
  paid: number | null;
  /** Received as a fraction of GDP, where both are reported. */
  receivedShareOfGdp: number | null;
}

export interface ReportedAmount {
  year: number;
  value: number;
  /** The latest earlier year that reports the same flow, and the change since then. */
  previous?: { year: number; value: number };
  change?: number;
}

export interface RemittancesFigure {
  series: RemittancesYear[];
  /** The latest year that reports remittances received. */
  received?: ReportedAmount & { shareOfGdp: number | null };
  /** The latest year that reports remittances paid. */
  paid?: ReportedAmount;
  /** The years the table gives as 0 that are shown as not reported. */
  zeros: { received: number[]; paid: number[] };
  /** The flow charted year by year: the country's larger one (see `largerFlow`). */
  charted: RemittanceFlow;
}

/** A published amount as the site reads it: 0 and blank are not reported. */
const reported = (value: number | null) => (value === null || value === 0 ? null : value);

function latestReported(
  series: readonly RemittancesYear[],
  flow: 'received' | 'paid',
): ReportedAmount | undefined {
  const years = series.filter((entry) => entry[flow] !== null);
  const latest = years.at(-1);
  if (!latest) return undefined;
  const before = years.at(-2);
  return {
    year: latest.year,
    value: latest[flow]!,
    ...(before
      ? { previous: { year: before.year, value: before[flow]! }, change: latest[flow]! / before[flow]! - 1 }
      : {}),
  };
}

/**
 * The flow that tells a country's story: the larger of the two in the latest year that reports both,
 * so Peru's chart shows the money its emigrants send home and the United States' the money sent
 * from it, nearly twelve times what it receives. Where no year reports both, the one reported;
 * received when neither is (the figure then has no chart).
 */
export function largerFlow(series: readonly RemittancesYear[]): RemittanceFlow {
  const both = series.filter((entry) => entry.received !== null && entry.paid !== null).at(-1);
  if (both) return both.paid! > both.received! ? 'paid' : 'received';
  return series.some((entry) => entry.received !== null) || !series.some((entry) => entry.paid !== null)
    ? 'received'
    : 'paid';
}

/** The figure of a country's rows (in any order); undefined when no year reports either flow. */
export function remittancesFigure(rows: readonly RemittancesRow[]): RemittancesFigure | undefined {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const series = sorted.map((row): RemittancesYear => {
    const received = reported(row.received_usd);
    const gdp = reported(row.gdp_usd);
    return {
      year: row.year,
      received,
      paid: reported(row.paid_usd),
      receivedShareOfGdp: received !== null && gdp !== null ? received / gdp : null,
    };
  });
  const received = latestReported(series, 'received');
  const paid = latestReported(series, 'paid');
  if (!received && !paid) return undefined;
  return {
    series,
    ...(received
      ? {
          received: {
            ...received,
            shareOfGdp: series.find((entry) => entry.year === received.year)!.receivedShareOfGdp,
          },
        }
      : {}),
    ...(paid ? { paid } : {}),
    zeros: {
      received: sorted.filter((row) => row.received_usd === 0).map((row) => row.year),
      paid: sorted.filter((row) => row.paid_usd === 0).map((row) => row.year),
    },
    charted: largerFlow(series),
  };
}
