/** The map's projection: Equal Earth, an equal-area projection, so areas compare fairly. */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { MAP_WIDTH } from './constants.ts';

/** Fits Equal Earth to `MAP_WIDTH` for the given land; returns the projection and the map height. */
export function fitProjection(land: FeatureCollection): { projection: GeoProjection; height: number } {
  // fitWidth places the land's top edge at y = 0, so its bottom edge is the height.
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, land);
  const [, [, bottom]] = geoPath(projection).bounds(land);
  return { projection, height: Math.ceil(bottom) };
}
