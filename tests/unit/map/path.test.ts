import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { numericToIso3 } from '../../../src/countries/names.ts';
import { MAP_WIDTH, PATH_DIGITS } from '../../../src/map/constants.ts';
import { loadTopology, worldGeometry } from '../../../src/map/geometry.ts';
import { toRelativePath } from '../../../src/map/path.ts';
import { allPoints, doubleArea, readPath } from './svg-path.ts';

// ── The reader itself, so a mistake in it does not hide one in the code under test ───────────────
describe('test path reader', () => {
  it('reads absolute and relative commands, implicit lines and sign separators', () => {
    expect(readPath('M1,2L3,4 5,6Z', 0)).toEqual([
      {
        points: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        closed: true,
      },
    ]);
    expect(readPath('m1 2 3 4-1-1z', 0)).toEqual([
      {
        points: [
          [1, 2],
          [4, 6],
          [3, 5],
        ],
        closed: true,
      },
    ]);
    expect(readPath('m1.5-.5 .5 .5', 1)).toEqual([
      {
        points: [
          [15, -5],
          [20, 0],
        ],
        closed: false,
      },
    ]);
  });

  it('measures the area of a ring', () => {
    expect(Math.abs(doubleArea(readPath('M0,0L10,0L10,10L0,10Z', 0)[0]!.points))).toBe(200);
    expect(doubleArea(readPath('M5,5L5,5L5,5Z', 0)[0]!.points)).toBe(0);
  });

  it('refuses numbers with more decimals than asked for', () => {
    expect(() => readPath('m.30000000000000004 0', 1)).toThrow(/decimals/);
  });
});

// ── toRelativePath ────────────────────────────────────────────────────────────────────────────────
describe('toRelativePath', () => {
  const square = 'M0,0L10,0L10,10L0,10Z';

  it('writes a square as relative steps, implicit line-tos after the move', () => {
    const relative = toRelativePath(square);
    // Hand-derived: move to 0,0 then steps (10,0), (0,10), (−10,0) as implicit lines, then close.
    expect(relative).toBe('m0 0 10 0 0 10-10 0z');
    expect(relative).not.toMatch(/[MLZ]/);
  });

  it('keeps the points of the square', () => {
    expect(readPath(toRelativePath(square), 1)).toEqual(readPath(square, 1));
    expect(readPath(toRelativePath(square), 1)).toEqual([
      {
        points: [
          [0, 0],
          [100, 0],
          [100, 100],
          [0, 100],
        ],
        closed: true,
      },
    ]);
  });

  it('moves relative to the start of the closed subpath after z', () => {
    const two = 'M0,0L10,0L10,10ZM20,20L30,20L30,30Z';
    const subpaths = readPath(toRelativePath(two, 0), 0);
    expect(subpaths).toEqual([
      {
        points: [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
        closed: true,
      },
      {
        points: [
          [20, 20],
          [30, 20],
          [30, 30],
        ],
        closed: true,
      },
    ]);
  });

  it('moves relative to the last point of an open subpath (as in the borders mesh)', () => {
    const lines = 'M0,0L5,5M10,10L15,10M3,-4L3,-8';
    expect(readPath(toRelativePath(lines, 0), 0)).toEqual(readPath(lines, 0));
    expect(readPath(toRelativePath(lines, 0), 0).map((subpath) => subpath.points[0])).toEqual([
      [0, 0],
      [10, 10],
      [3, -4],
    ]);
  });

  it.each([
    ['negative coordinates', 'M-10,-20L-30,-5L15,-40L-10,-20Z', 0],
    ['negative decimals', 'M-10.25,-20.5L-30.75,5.25L-0.25,-0.5Z', 2],
    ['a step to zero and back', 'M5,5L0,0L-5,-5L0,0Z', 0],
    ['several subpaths with negative steps', 'M100,100L90,80L70,95ZM-50,-50L-60,-70L-40,-40ZM0,0L1,1', 0],
  ])('keeps every point: %s', (_name, d, digits) => {
    const relative = toRelativePath(d, digits);
    expect(readPath(relative, digits)).toEqual(readPath(d, digits));
  });

  it('writes exact one-decimal steps, without float noise', () => {
    // 12.6 − 12.3 and 45.7 − 45.6 are 0.2999999999999989 and 0.10000000000000142 in doubles.
    const d = 'M12.3,45.6L12.6,45.7L12.3,45.9L0.1,0.2L0.3,0.3Z';
    const relative = toRelativePath(d, 1);
    expect(relative).not.toMatch(/\d\.\d{2,}/);
    expect(relative).not.toMatch(/e-/);
    // readPath throws on any number with more than one decimal
    expect(readPath(relative, 1)).toEqual([
      {
        points: [
          [123, 456],
          [126, 457],
          [123, 459],
          [1, 2],
          [3, 3],
        ],
        closed: true,
      },
    ]);
  });

  it('is shorter than the absolute path for a long path', () => {
    const points = Array.from({ length: 400 }, (_, i) => {
      const angle = (i / 400) * 2 * Math.PI;
      return [Math.round(5000 + 1200 * Math.cos(angle)), Math.round(3000 + 900 * Math.sin(angle))] as const;
    });
    const d = `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`;
    const relative = toRelativePath(d, 0);
    expect(relative.length).toBeLessThan(d.length * 0.75);
    expect(readPath(relative, 0)).toEqual(readPath(d, 0));
  });
});

// ── On the real map ──────────────────────────────────────────────────────────────────────────────
describe('toRelativePath on Natural Earth countries', () => {
  const topology = loadTopology();
  const shapes = (
    feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
  ).features;
  const byIso3 = (code: string): Feature<Geometry, { name: string }> =>
    shapes.find((shape) => shape.id !== undefined && numericToIso3(String(shape.id)) === code)!;

  describe.each(['PER', 'CHL', 'IDN', 'NOR'])('%s projected by d3', (code) => {
    it.each([0, 1])('round-trips every point with %d decimals', (digits) => {
      const shape = byIso3(code);
      expect(shape).toBeDefined();
      const absolute = geoPath(geoEqualEarth().fitWidth(MAP_WIDTH, shape)).digits(digits)(shape)!;
      expect(absolute.length).toBeGreaterThan(100);
      const relative = toRelativePath(absolute, digits);
      expect(readPath(relative, digits)).toEqual(readPath(absolute, digits));
      expect(relative.length).toBeLessThan(absolute.length);
    });
  });

  const world = worldGeometry();
  const scale = 10 ** PATH_DIGITS;

  it.each(['PER', 'CHL', 'RUS', 'FJI', 'NZL', 'USA', 'BRA'])('draws %s within the map', (code) => {
    const shape = world.countries.find((country) => country.iso3 === code);
    expect(shape).toBeDefined();
    const points = allPoints(readPath(shape!.d, PATH_DIGITS));
    expect(points.length).toBeGreaterThan(3);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(world.width * scale);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(world.height * scale);
    }
  });

  it('draws every shape and border within the map', () => {
    const points = [...world.countries.map((country) => country.d), world.borders].flatMap((d) =>
      allPoints(readPath(d, PATH_DIGITS)),
    );
    const [minX, maxX, minY, maxY] = points.reduce(
      ([x0, x1, y0, y1], [x, y]) => [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)],
      [Infinity, -Infinity, Infinity, -Infinity],
    );
    expect(minX).toBeGreaterThanOrEqual(0);
    expect(maxX).toBeLessThanOrEqual(MAP_WIDTH * scale);
    expect(minY).toBeGreaterThanOrEqual(0);
    expect(maxY).toBeLessThanOrEqual(world.height * scale);
    // Not squeezed into a corner either: the drawing spans most of the map each way.
    expect(maxX - minX).toBeGreaterThan(0.8 * MAP_WIDTH * scale);
    expect(maxY - minY).toBeGreaterThan(0.8 * world.height * scale);
  });
});
