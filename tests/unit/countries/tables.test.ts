/** Every country's tables, shaped from the world tables in one pass. */
import { describe, expect, it } from 'vitest';
import { countryTables } from '../../../src/countries/tables.ts';
import type { CorridorRow, LocationRow, UnhcrPopulationRow } from '../../../src/schemas/world.ts';

const locations: LocationRow[] = [
  { m49: 0, iso3: 'WLD', name: 'World' },
  { m49: 2003, iso3: 'XXX', name: 'Others' },
  { m49: 152, iso3: 'CHL', name: 'Chile' },
  { m49: 604, iso3: 'PER', name: 'Peru' },
  { m49: 32, iso3: 'ARG', name: 'Argentina' },
];
const c = (destination: string, origin: string, count: number, male: number, year = 2024): CorridorRow => ({
  destination,
  origin,
  year,
  count,
  male,
  female: count - male,
});
const corridors = [
  c('CHL', 'WLD', 100, 50),
  c('CHL', 'PER', 60, 30),
  c('CHL', 'ARG', 30, 15),
  c('CHL', 'XXX', 10, 5),
  c('ARG', 'WLD', 50, 20),
  c('ARG', 'PER', 40, 16),
  c('ARG', 'CHL', 10, 4),
];
const u = (
  year: number,
  coo: string,
  coa: string,
  refugees: number,
  oip: number | null,
): UnhcrPopulationRow => ({
  year,
  coo_iso: coo,
  coa_iso: coa,
  refugees,
  asylum_seekers: 1,
  returned_refugees: 0,
  idps: 0,
  returned_idps: 0,
  stateless: 0,
  ooc: 0,
  oip,
  hst: 0,
});

describe('countryTables', () => {
  const tables = countryTables({
    corridors,
    locations,
    unhcr: [u(2024, 'PER', 'CHL', 5, null), u(2024, 'UNK', 'CHL', 2, 3), u(2024, 'CHL', 'CHL', 9, 0)],
    groups: ['UNK', 'XXA', 'TIB'],
  });

  it("gives a destination its immigrants as UN DESA's rows, WLD and XXX included", () => {
    const immigrants = tables.get('CHL')!.stocks.filter((row) => row.direction === 'immigrants');
    expect(immigrants.map((row) => [row.iso3, row.count])).toEqual([
      ['WLD', 100],
      ['PER', 60],
      ['ARG', 30],
      ['XXX', 10],
    ]);
    expect(immigrants[0]).toMatchObject({ country: 'World', male: 50, female: 50 });
  });

  it('gives an origin its emigrants by destination, with a WLD total that is their sum, by sex', () => {
    const emigrants = tables.get('PER')!.stocks;
    expect(emigrants.map((row) => [row.direction, row.iso3, row.count, row.male, row.female])).toEqual([
      ['emigrants', 'WLD', 100, 46, 54],
      ['emigrants', 'CHL', 60, 30, 30],
      ['emigrants', 'ARG', 40, 16, 24],
    ]);
  });

  it('never makes a country of WLD, XXX or a UNHCR group', () => {
    for (const code of ['WLD', 'XXX', 'UNK']) expect(tables.has(code)).toBe(false);
  });

  it("gives UNHCR's rows to the origin and the country of asylum, none of people in their own country", () => {
    const chile = tables.get('CHL')!.protection;
    expect(chile.map((row) => [row.origin_iso3, row.other_in_need_of_international_protection])).toEqual([
      ['PER', null],
      ['UNK', 3],
    ]);
    expect(tables.get('PER')!.protection).toHaveLength(1);
  });
});
