import { describe, expect, it } from 'vitest';
import { readStocks } from '../../../src/content/read.ts';
import { isKnownIso3, numericToIso3 } from '../../../src/lib/countries.ts';
import { MAP_WIDTH } from '../../../src/map/constants.ts';
import { loadTopology, worldGeometry } from '../../../src/map/geometry.ts';
import { WORLD } from '../../../src/schemas/stock.ts';

/**
 * Codes of the data table that the map cannot draw at this scale, each for a known reason:
 * GUF — French Guiana is part of France in Natural Earth's countries.
 */
const NOT_DRAWN = ['GUF'];

describe('worldGeometry', () => {
  const world = worldGeometry();
  const codes = world.countries.map((shape) => shape.iso3).filter((code): code is string => code !== undefined);

  it('is MAP_WIDTH wide and wider than high', () => {
    expect(world.width).toBe(MAP_WIDTH);
    expect(world.height).toBeGreaterThan(0);
    expect(world.height).toBeLessThan(world.width);
    expect(Number.isInteger(world.height)).toBe(true);
  });

  it('leaves Antarctica out', () => {
    expect(world.countries.some((shape) => shape.iso3 === 'ATA')).toBe(false);
    expect(world.countries.some((shape) => /antarctica/i.test(shape.name))).toBe(false);
  });

  it('draws Peru', () => {
    const peru = world.countries.filter((shape) => shape.iso3 === 'PER');
    expect(peru).toHaveLength(1);
    expect(peru[0]!.d).toMatch(/^m/);
    expect(peru[0]!.d.length).toBeGreaterThan(20);
  });

  it('draws the large countries of the data', () => {
    for (const code of ['USA', 'ARG', 'CHL', 'ESP', 'ITA', 'JPN', 'VEN', 'BRA', 'CAN', 'AUS']) expect(codes).toContain(code);
  });

  it('names every coded shape with a current ISO 3166-1 alpha-3 code', () => {
    expect(codes.length).toBeGreaterThan(150);
    expect(codes.filter((code) => !isKnownIso3(code))).toEqual([]);
  });

  it('draws no code twice', () => {
    const twice = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(twice).toEqual([]);
  });

  it('gives every shape a non-empty relative path and a name', () => {
    for (const shape of world.countries) {
      expect(shape.d).toMatch(/^m[-\d. ]+/);
      expect(shape.d).not.toMatch(/[MLZ]/);
      expect(shape.name.trim()).not.toBe('');
    }
  });

  it('sorts coded shapes by code', () => {
    const sorted = [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(codes).toEqual(sorted);
  });

  it('gives the same shapes in the same order when computed again from a fresh copy', () => {
    // A copy of the topology bypasses the cache, so this really computes everything twice.
    const again = worldGeometry(structuredClone(loadTopology()));
    expect(again).not.toBe(world);
    expect(again).toEqual(world);
  });

  it('draws the borders', () => {
    expect(world.borders).toMatch(/^m/);
    expect(world.borders.length).toBeGreaterThan(1_000);
  });
});

describe('the map and the data table', () => {
  const world = worldGeometry();
  const drawn = new Set(world.countries.map((shape) => shape.iso3));
  const stocks = readStocks(process.cwd());
  const dataCodes = [...new Set(stocks.entries.map((entry) => entry.data.iso3))].filter((code) => code !== WORLD).sort();

  it('reads the table', () => {
    expect(stocks.problems).toEqual([]);
    expect(dataCodes.length).toBeGreaterThan(50);
  });

  it('draws every country of the data but the known exceptions', () => {
    expect(dataCodes.filter((code) => !drawn.has(code))).toEqual(NOT_DRAWN);
  });

  it('lists only exceptions that are in the data', () => {
    for (const code of NOT_DRAWN) expect(dataCodes).toContain(code);
  });
});

describe('numericToIso3', () => {
  it.each([
    ['604', 'PER'],
    ['032', 'ARG'],
    ['152', 'CHL'],
    ['840', 'USA'],
    ['862', 'VEN'],
    ['724', 'ESP'],
  ])('%s → %s', (numeric, iso3) => {
    expect(numericToIso3(numeric)).toBe(iso3);
  });

  it('gives undefined for a number that names no country', () => {
    expect(numericToIso3('999')).toBeUndefined();
  });
});
