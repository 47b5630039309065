/**
 * Every country's own tables, shaped from the world tables in one pass: its stocks in the shape of
 * Peru's table (`content/data/undesa-ims2024-peru.csv`: both directions, every year, `WLD` totals,
 * `XXX` for UN DESA's "Others") and its UNHCR rows as host and as origin. Pure: the build calls it
 * once (`src/countries/load.ts`) and every page reads the result.
 */
import type { RefugeeRow, StockBySexRow } from '../schemas/stock.ts';
import { OTHERS, WORLD } from '../schemas/stock.ts';
import type { CorridorRow, LocationRow, UnhcrPopulationRow } from '../schemas/world.ts';

/** One country's rows. */
export interface CountryTables {
  /**
   * Emigrants (born in the country, by country of residence, with a `WLD` total per year, the sum
   * of its rows as origin) and immigrants (living in it, by country of birth, with UN DESA's own
   * `WLD` and `XXX` rows): the shape of a `stock-by-sex` table.
   */
  stocks: StockBySexRow[];
  /** UNHCR's rows with the country as origin or as country of asylum (none of people in their own country). */
  protection: RefugeeRow[];
}

/** The UN's name of a code (`WLD` World, `XXX` Others), as the locations table gives it. */
function namesOf(locations: readonly LocationRow[]): (code: string) => string {
  const names = new Map(locations.map((row) => [row.iso3, row.name]));
  return (code) => {
    const name = names.get(code);
    if (name === undefined) throw new Error(`No UN name for ${code} in the locations table`);
    return name;
  };
}

function tablesOf(byCountry: Map<string, CountryTables>, code: string): CountryTables {
  let tables = byCountry.get(code);
  if (!tables) {
    tables = { stocks: [], protection: [] };
    byCountry.set(code, tables);
  }
  return tables;
}

/** The order of Peru's table: emigrants then immigrants, by year, the total first, then largest first. */
function compareStocks(a: StockBySexRow, b: StockBySexRow): number {
  return (
    Number(a.direction === 'immigrants') - Number(b.direction === 'immigrants') ||
    a.year - b.year ||
    Number(b.iso3 === WORLD) - Number(a.iso3 === WORLD) ||
    b.count - a.count ||
    (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0)
  );
}

/**
 * Every country's tables, keyed by code: each place that is a destination or an origin of UN DESA's
 * corridors (not `WLD` or `XXX`), or an origin or country of asylum of UNHCR's table (not its groups).
 */
export function countryTables(input: {
  corridors: readonly CorridorRow[];
  locations: readonly LocationRow[];
  unhcr: readonly UnhcrPopulationRow[];
  /** Codes that are groups, not countries (UNHCR's `UNK`, `XXA`, `TIB`). */
  groups: readonly string[];
}): Map<string, CountryTables> {
  const name = namesOf(input.locations);
  const byCountry = new Map<string, CountryTables>();
  const emigrantTotals = new Map<string, StockBySexRow>();

  for (const row of input.corridors) {
    const { destination, origin, year, count, male, female } = row;
    tablesOf(byCountry, destination).stocks.push({
      direction: 'immigrants',
      iso3: origin,
      country: name(origin),
      year,
      count,
      male,
      female,
    });
    if (origin === WORLD || origin === OTHERS) continue;
    tablesOf(byCountry, origin).stocks.push({
      direction: 'emigrants',
      iso3: destination,
      country: name(destination),
      year,
      count,
      male,
      female,
    });
    const key = `${origin}|${year}`;
    const total = emigrantTotals.get(key) ?? {
      direction: 'emigrants',
      iso3: WORLD,
      country: name(WORLD),
      year,
      count: 0,
      male: 0,
      female: 0,
    };
    total.count += count;
    total.male += male;
    total.female += female;
    emigrantTotals.set(key, total);
  }
  for (const [key, total] of emigrantTotals) tablesOf(byCountry, key.split('|')[0]!).stocks.push(total);

  const groups = new Set(input.groups);
  for (const row of input.unhcr) {
    if (row.coo_iso === row.coa_iso) continue;
    const refugee: RefugeeRow = {
      year: row.year,
      origin_iso3: row.coo_iso,
      asylum_country_iso3: row.coa_iso,
      refugees: row.refugees,
      asylum_seekers: row.asylum_seekers,
      other_in_need_of_international_protection: row.oip,
    };
    if (!groups.has(row.coo_iso)) tablesOf(byCountry, row.coo_iso).protection.push(refugee);
    if (!groups.has(row.coa_iso)) tablesOf(byCountry, row.coa_iso).protection.push(refugee);
  }
  for (const tables of byCountry.values()) tables.stocks.sort(compareStocks);
  return byCountry;
}
