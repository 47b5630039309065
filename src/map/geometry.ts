/**
 * The world map's geometry, computed once at build time: Natural Earth countries (world-atlas),
 * simplified without breaking shared borders, projected with Equal Earth and written as SVG path
 * strings. Nothing of this runs in the browser.
 */
import { createRequire } from 'node:module';
import { geoArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { numericToIso3 } from '../countries/names.ts';
import {
  FALLBACK_WEIGHTS,
  ISLAND_MIN_AREA,
  MAP_WIDTH,
  PATH_DIGITS,
  SIMPLIFY_MIN_WEIGHT,
  SOUTH_LIMIT,
  TOPOLOGY,
} from './constants.ts';
import { toRelativePath } from './path.ts';
import { fitProjection } from './projection.ts';

export interface CountryShape {
  /** ISO 3166-1 alpha-3, or undefined for areas without one (Kosovo, Northern Cyprus, Somaliland). */
  iso3: string | undefined;
  /** The topology's own name, for areas without an ISO code. */
  name: string;
  d: string;
}

export interface WorldGeometry {
  width: number;
  height: number;
  countries: CountryShape[];
  /** Every border and coastline once, drawn over the fills. */
  borders: string;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Loads the topology shipped by world-atlas. */
export function loadTopology(): CountriesTopology {
  const require = createRequire(import.meta.url);
  return require(`world-atlas/${TOPOLOGY}.json`) as CountriesTopology;
}

/** True for shapes that lie wholly south of `SOUTH_LIMIT` (Antarctica and its islands). */
function isFarSouth(shape: Feature): boolean {
  return maxLatitude(shape) < SOUTH_LIMIT;
}

function maxLatitude(shape: Feature): number {
  let max = -90;
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[1] === 'number' && typeof value[0] === 'number')
      max = Math.max(max, value[1]);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  walk((shape.geometry as { coordinates?: unknown } | null)?.coordinates);
  return max;
}

/**
 * Drops the islands of a country smaller than `ISLAND_MIN_AREA`, but never a country's largest
 * part: Malta or Tuvalu stay on the map, the islets around Canada or Indonesia go. Removing whole
 * polygons (not points) keeps the topology's shared borders intact.
 */
export function withoutSmallIslands(topology: CountriesTopology): CountriesTopology {
  const geometries = topology.objects.countries.geometries.map((geometry) => {
    if (geometry.type !== 'MultiPolygon') return geometry;
    const areas = geometry.arcs.map((arcs) =>
      geoArea(feature(topology, { type: 'Polygon', arcs, properties: {} })),
    );
    const largest = Math.max(...areas);
    return {
      ...geometry,
      arcs: geometry.arcs.filter((_, index) => areas[index]! >= ISLAND_MIN_AREA || areas[index] === largest),
    };
  });
  return { ...topology, objects: { countries: { ...topology.objects.countries, geometries } } };
}

/**
 * One shape per ISO code: Natural Earth draws some dependencies apart under their sovereign's code
 * (Ashmore and Cartier Islands are Australia's), and one country must be one shape to hover and name.
 */
function mergeByCountry(
  shapes: Feature<Geometry, { name: string }>[],
): { iso3: string | undefined; name: string; shape: Feature }[] {
  const groups = new Map<
    string,
    { iso3: string | undefined; name: string; polygons: Polygon['coordinates'][] }
  >();
  for (const shape of shapes) {
    const iso3 = shape.id === undefined ? undefined : numericToIso3(String(shape.id));
    const key = iso3 ?? `~${shape.properties.name}`;
    const group = groups.get(key) ?? { iso3, name: shape.properties.name, polygons: [] };
    const geometry = shape.geometry as Polygon | MultiPolygon;
    if (geometry.type === 'Polygon') group.polygons.push(geometry.coordinates);
    else group.polygons.push(...geometry.coordinates);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ iso3, name, polygons }) => ({
    iso3,
    name,
    shape: { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } },
  }));
}

const sortKey = (shape: { iso3: string | undefined; name: string }) =>
  shape.iso3 ? `0${shape.iso3}` : `1${shape.name}`;

let cached: WorldGeometry | undefined;

/** Projects the world once per build; every view of the map reuses these paths. */
export function worldGeometry(topology: CountriesTopology = loadTopology()): WorldGeometry {
  if (cached && topology === loadTopology()) return cached;
  const detailed = withoutSmallIslands(topology);
  const presimplified = presimplify(detailed, sphericalTriangleArea);
  const simplified = simplify(presimplified, SIMPLIFY_MIN_WEIGHT) as CountriesTopology;
  const object = simplified.objects.countries;
  const shapesOf = (source: CountriesTopology) =>
    (
      feature(source, source.objects.countries) as FeatureCollection<Geometry, { name: string }>
    ).features.filter((shape) => !isFarSouth(shape));
  const all = (feature(simplified, object) as FeatureCollection<Geometry, { name: string }>).features;
  const dropped = new Set(all.filter((shape) => isFarSouth(shape)).map((shape) => shape.id));
  // Fitted to the detailed shapes: simplified ones lie within them, so all stay inside the map.
  const { projection, height } = fitProjection({ type: 'FeatureCollection', features: shapesOf(detailed) });
  const path = geoPath(projection).digits(PATH_DIGITS);
  const draw = (shape: Feature) => toRelativePath(path(shape) ?? '', PATH_DIGITS);

  // Simplification can shrink a small country (Liechtenstein, Aruba, the Solomon Islands) to a
  // sliver or to nothing. Each country is drawn at the coarsest level that keeps at least half its
  // area, down to the unsimplified shape, so every country stays on the map and can be hovered.
  const byCountry = (source: CountriesTopology) =>
    new Map(mergeByCountry(shapesOf(source)).map(({ iso3, name, shape }) => [iso3 ?? `~${name}`, shape]));
  const levels = [
    byCountry(simplified),
    ...FALLBACK_WEIGHTS.map((weight) => byCountry(simplify(presimplified, weight) as CountriesTopology)),
  ];
  const full = byCountry(detailed);
  const countries = mergeByCountry(shapesOf(simplified))
    .map(({ iso3, name }) => {
      const key = iso3 ?? `~${name}`;
      const area = path.area(full.get(key)!);
      const shape = levels
        .map((level) => level.get(key)!)
        .find((candidate) => path.area(candidate) >= area / 2);
      return { iso3, name, d: draw(shape ?? full.get(key)!) };
    })
    .filter((shape) => shape.d !== '')
    // A stable order, the same on every build machine: by code (code-point order, not the locale's),
    // then areas without a code, by name.
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));

  const borders = toRelativePath(
    path(mesh(simplified, object, (a, b) => !dropped.has(a.id) && !dropped.has(b.id))) ?? '',
    PATH_DIGITS,
  );
  const result = { width: MAP_WIDTH, height, countries, borders };
  if (topology === loadTopology()) cached = result;
  return result;
}
