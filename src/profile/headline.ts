/**
 * The headline figures of a country's profile, computed from the data: for each migration role, the
 * latest sourced figure with its change since the previous point of the same table. Pure: the page
 * passes the rows in and renders what comes out.
 */
import type { MigrationRole } from '../schemas/fact.ts';
import type { RefugeeRow, StockDirection, StockRow } from '../schemas/stock.ts';
import { hostedBy, originatingFrom, type ProtectionYear } from './protection.ts';
import {
  latestOf,
  mainCountries,
  share,
  stockView,
  totalsSeries,
  womenInTotal,
  yearsOf,
  type LatestFigure,
  type MainCountries,
} from './stocks.ts';

/** A direction's total in the latest year, its change since the previous estimate, and its women. */
export interface StockTotalFigure {
  kind: 'stock-total';
  direction: StockDirection;
  latest: LatestFigure;
  /** Women in the latest total, where the table gives people by sex. */
  women?: number;
}

/** A direction's largest countries in the latest year, with the rest. */
export interface StockMainFigure {
  kind: 'stock-main';
  direction: StockDirection;
  year: number;
  total: number;
  main: MainCountries;
}

/**
 * People in need of international protection (UNHCR's three categories), hosted by the country or
 * from it abroad, in the latest year, with the change since the year before.
 */
export interface ProtectionFigure {
  kind: 'protection';
  perspective: 'hosted' | 'abroad';
  latest: ProtectionYear;
  previous?: ProtectionYear;
  change?: number;
  /** The origin with the most people hosted, and its share (hosted figures only). */
  largest?: { iso3: string; total: number; share: number };
}

export type HeadlineFigure = StockTotalFigure | StockMainFigure | ProtectionFigure;

export interface HeadlineInput {
  /** The country the profile is about (ISO alpha-3). */
  country: string;
  /** The latest stock table: both directions, every year (by sex where it has it). */
  stocks: readonly StockRow[];
  /** UNHCR rows with the country as origin or as country of asylum. */
  protection: readonly RefugeeRow[];
  /** How many countries a "main countries" figure lists. */
  mainCount?: number;
}

function stockFigures(
  rows: readonly StockRow[],
  direction: StockDirection,
  mainCount: number,
): HeadlineFigure[] {
  const years = yearsOf(rows, direction);
  const year = years.at(-1);
  if (year === undefined) return [];
  const latest = latestOf(totalsSeries(rows, direction).map(({ year, total }) => ({ year, value: total })));
  const women = womenInTotal(rows, direction, year);
  const view = stockView(rows, direction, year);
  return [
    { kind: 'stock-total', direction, latest, ...(women === undefined ? {} : { women }) },
    { kind: 'stock-main', direction, year, total: view.total, main: mainCountries(view, mainCount) },
  ];
}

function protectionFigure(
  perspective: ProtectionFigure['perspective'],
  series: readonly ProtectionYear[],
  rows: readonly RefugeeRow[],
  country: string,
): ProtectionFigure[] {
  const latest = series.at(-1);
  if (!latest) return [];
  const previous = series.at(-2);
  const figure: ProtectionFigure = {
    kind: 'protection',
    perspective,
    latest,
    ...(previous ? { previous } : {}),
    ...(previous && previous.total > 0 ? { change: latest.total / previous.total - 1 } : {}),
  };
  if (perspective === 'hosted') {
    const origins = new Map<string, number>();
    for (const row of rows) {
      if (row.year !== latest.year || row.asylum_country_iso3 !== country) continue;
      const total = row.refugees + row.asylum_seekers + (row.other_in_need_of_international_protection ?? 0);
      origins.set(row.origin_iso3, (origins.get(row.origin_iso3) ?? 0) + total);
    }
    const [iso3, total] = [...origins].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    if (iso3 !== undefined && total !== undefined) {
      figure.largest = { iso3, total, share: share(total, latest.total) };
    }
  }
  return [figure];
}

/** Every role's headline figures, from the data; roles the data does not measure have none. */
export function headlineFigures(input: HeadlineInput): Record<MigrationRole, HeadlineFigure[]> {
  const { country, stocks, protection, mainCount = 5 } = input;
  return {
    origin: [
      ...stockFigures(stocks, 'emigrants', mainCount),
      ...protectionFigure('abroad', originatingFrom(protection, country), protection, country),
    ],
    destination: stockFigures(stocks, 'immigrants', mainCount),
    transit: [],
    'refugee-host': protectionFigure('hosted', hostedBy(protection, country), protection, country),
    'deportee-receiving': [],
    context: [],
  };
}
