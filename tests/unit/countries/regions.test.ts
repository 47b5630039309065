import { describe, expect, it } from 'vitest';
import { countriesByRegion, regionName } from '../../../src/countries/regions.ts';

const country = (iso3: string, region: string | null, name: string) => ({
  iso3,
  region,
  names: { es: name, en: name, pt: name },
  slugs: { es: name.toLowerCase(), en: name.toLowerCase(), pt: name.toLowerCase() },
});

describe('countriesByRegion', () => {
  it('groups countries by M49 region, regions and names in alphabetical order, no region last', () => {
    const regions = countriesByRegion(
      [
        country('PER', '019', 'Perú'),
        country('ATA', null, 'Antártida'),
        country('DEU', '150', 'Alemania'),
        country('CHL', '019', 'Chile'),
        country('AUT', '150', 'Austria'),
      ],
      'es',
      'Sin región M49',
    );
    expect(regions.map((region) => [region.code, region.name])).toEqual([
      ['019', 'América'],
      ['150', 'Europa'],
      ['none', 'Sin región M49'],
    ]);
    expect(regions[0]!.countries.map((entry) => entry.iso3)).toEqual(['CHL', 'PER']);
  });

  it("names M49 regions from CLDR in the edition's language", () => {
    expect(regionName('002', 'en')).toBe('Africa');
    expect(regionName('142', 'pt')).toBe('Ásia');
    expect(() => regionName('999', 'en')).toThrow();
  });
});
