/**
 * The map's shapes without an ISO code: CLDR names every country in every edition, but not these,
 * and the topology's own names are English abbreviations that showed on the Spanish and Portuguese
 * maps ("N. Cyprus", "Somaliland"; the maps themselves: tests/unit/map/model.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { worldGeometry } from '../../../src/map/geometry.ts';
import { UNCODED_AREA_NAMES, uncodedAreaName } from '../../../src/map/uncoded-areas.ts';

const topologyNames = worldGeometry()
  .countries.filter((shape) => !shape.iso3)
  .map((shape) => shape.name);

describe('areas of the map without an ISO code', () => {
  it('are the ones the table names, no more and no fewer, each with a name in every edition', () => {
    expect(topologyNames.length).toBeGreaterThan(0);
    expect([...topologyNames].sort()).toEqual(Object.keys(UNCODED_AREA_NAMES).sort());
    for (const names of Object.values(UNCODED_AREA_NAMES)) {
      expect(Object.keys(names).sort()).toEqual([...LOCALES].sort());
    }
  });

  it('stop the build with the area’s name when one has no name here', () => {
    expect(() => uncodedAreaName('Atlantis', 'es')).toThrow(
      /"Atlantis" has no ISO code .* src\/map\/uncoded-areas\.ts/,
    );
  });
});
