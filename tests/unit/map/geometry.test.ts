import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/content/read.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { numericToIso3 } from '../../../src/countries/names.ts';
import { isKnownIso3 } from '../../../src/schemas/iso3.ts';
import { MAP_WIDTH, PATH_DIGITS } from '../../../src/map/constants.ts';
import { loadTopology, worldGeometry } from '../../../src/map/geometry.ts';
import { OTHERS, WORLD } from '../../../src/schemas/stock.ts';
import { doubleArea, readPath } from './svg-path.ts';

/**
 * Codes of the data table that the map cannot draw at this scale, each for a known reason:
 * GUF — French Guiana is part of France in Natural Earth's countries.
 */
const NOT_DRAWN = ['GUF'];

describe('worldGeometry', () => {
  const world = worldGeometry();
  const codes = world.countries
    .map((shape) => shape.iso3)
    .filter((code): code is string => code !== undefined);

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
    for (const code of ['USA', 'ARG', 'CHL', 'ESP', 'ITA', 'JPN', 'VEN', 'BRA', 'CAN', 'AUS'])
      expect(codes).toContain(code);
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

  // Simplification alone flattened small countries to a line drawn there and back
  // ("m5004 745-1-6 1 6z" for Liechtenstein): they could not be seen or hovered.
  it('draws every shape with an area: no shape collapsed to a point or a line', () => {
    const flat = world.countries
      .filter((shape) => readPath(shape.d, PATH_DIGITS).every((subpath) => doubleArea(subpath.points) === 0))
      .map((shape) => shape.iso3 ?? shape.name);
    expect(flat).toEqual([]);
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

  /** The order of the shapes as another Node process computes it, under the given locale. */
  function orderUnder(locale: string): Promise<{ order: string[]; errors: string[] }> {
    const module = pathToFileURL(join(process.cwd(), 'src/map/geometry.ts')).href;
    const script = `import { worldGeometry } from '${module}';
      console.log(JSON.stringify(worldGeometry().countries.map((shape) => shape.iso3 ?? shape.name)));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, LC_ALL: locale, LANG: locale },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((done, fail) => {
      child.on('error', fail);
      child.on('close', () =>
        done({
          order: JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as string[],
          errors: stderr.split('\n').filter((line) => /error/i.test(line)),
        }),
      );
    });
  }

  // The three processes compute side by side (each takes a while); each test waits for its own.
  const orders = new Map<string, ReturnType<typeof orderUnder>>();
  beforeAll(() => {
    for (const locale of ['C.UTF-8', 'et_EE.UTF-8', 'lt_LT.UTF-8']) orders.set(locale, orderUnder(locale));
  });

  it('computes the same order in another process (the check below depends on it)', async () => {
    const { order, errors } = await orders.get('C.UTF-8')!;
    expect(errors).toEqual([]);
    expect(order).toEqual(world.countries.map((shape) => shape.iso3 ?? shape.name));
  });

  // Sorting with the machine's collation made the map's bytes depend on where it was built: Estonian
  // puts Z between S and T (ZAF before TZA), Lithuanian puts Y between I and J (YEM before JAM).
  it("gives the same order whatever the build machine's locale", async () => {
    const here = world.countries.map((shape) => shape.iso3 ?? shape.name);
    for (const locale of ['et_EE.UTF-8', 'lt_LT.UTF-8']) {
      const { order, errors } = await orders.get(locale)!;
      expect(errors).toEqual([]);
      expect(order).toEqual(here);
    }
  });

  it('draws the borders', () => {
    expect(world.borders).toMatch(/^m/);
    expect(world.borders.length).toBeGreaterThan(1_000);
  });
});

describe('worldGeometry on a small made-up topology', () => {
  // Squares in degrees, wound clockwise as d3 and world-atlas expect; no transform (raw coordinates).
  const square = (x: number, y: number, size: number) => [
    [x, y],
    [x, y + size],
    [x + size, y + size],
    [x + size, y],
    [x, y],
  ];
  const topology = {
    type: 'Topology',
    arcs: [
      square(110, -35, 20),
      square(150, -10, 5),
      square(-80, -15, 10),
      square(-60, -85, 20),
      square(20, 40, 5),
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0]], id: '036', properties: { name: 'Australia' } },
          // Natural Earth draws Ashmore and Cartier Islands apart, under Australia's number
          { type: 'Polygon', arcs: [[1]], id: '036', properties: { name: 'Ashmore and Cartier Is.' } },
          { type: 'Polygon', arcs: [[2]], id: '604', properties: { name: 'Peru' } },
          { type: 'Polygon', arcs: [[3]], id: '010', properties: { name: 'Antarctica' } },
          { type: 'Polygon', arcs: [[4]], properties: { name: 'Kosovo' } },
        ],
      },
    },
  } as unknown as Parameters<typeof worldGeometry>[0];
  const small = worldGeometry(topology);

  it('draws one shape per code, parts of a country together', () => {
    const australia = small.countries.filter((shape) => shape.iso3 === 'AUS');
    expect(australia).toHaveLength(1);
    const parts = readPath(australia[0]!.d, PATH_DIGITS);
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(Math.abs(doubleArea(part.points))).toBeGreaterThan(0);
  });

  it('leaves out land wholly south of 60°S, keeps areas without a code by name', () => {
    expect(small.countries.map((shape) => shape.iso3 ?? shape.name).sort()).toEqual(['AUS', 'Kosovo', 'PER']);
  });

  it('fits the land to MAP_WIDTH', () => {
    expect(small.width).toBe(MAP_WIDTH);
    const xs = small.countries.flatMap((shape) =>
      readPath(shape.d, PATH_DIGITS).flatMap((part) => part.points.map(([x]) => x)),
    );
    const scale = 10 ** PATH_DIGITS;
    expect(Math.min(...xs)).toBeLessThanOrEqual(1 * scale);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual((MAP_WIDTH - 1) * scale);
  });

  it('does not replace the cached world geometry', () => {
    expect(worldGeometry()).not.toBe(small);
    expect(worldGeometry().countries.length).toBeGreaterThan(150);
  });
});

describe("the map and its dataset's table", () => {
  const world = worldGeometry();
  const drawn = new Set(world.countries.map((shape) => shape.iso3));
  const stocks = readDataset(process.cwd(), datasetFor('map', 'stock-by-sex'));
  // The world total and UN DESA's «Others» are not countries: nothing to draw.
  const dataCodes = [...new Set(stocks.entries.map((entry) => entry.data.iso3))]
    .filter((code) => code !== WORLD && code !== OTHERS)
    .sort();

  it('reads the table', () => {
    expect(stocks.problems).toEqual([]);
    expect(dataCodes.length).toBeGreaterThan(50);
  });

  it('draws every country of the data but the known exceptions', () => {
    expect(dataCodes.filter((code) => !drawn.has(code))).toEqual(NOT_DRAWN);
  });

  it('matches every data code but the known exceptions to a shape of the topology', () => {
    // Id matching alone, before simplification: each code has a Natural Earth shape to draw.
    const topology = loadTopology();
    const inTopology = new Set(
      topology.objects.countries.geometries.map((geometry) => numericToIso3(String(geometry.id))),
    );
    expect(dataCodes.filter((code) => !inTopology.has(code))).toEqual(NOT_DRAWN);
  });

  it('lists only exceptions that are in the data', () => {
    for (const code of NOT_DRAWN) expect(dataCodes).toContain(code);
  });
});
