/** The index's map of net migration rates: bins, signs, shapes that link to profiles, legend and table. */
import { describe, expect, it } from 'vitest';
import { RATE_EDGES } from '../../../src/map/constants.ts';
import { formatRate, rateBin, rateMapModel, type CountryRate } from '../../../src/map/rates.ts';
import { worldGeometry } from '../../../src/map/geometry.ts';

describe('rateBin', () => {
  it.each([
    [-47.2, 0],
    [RATE_EDGES[0] - 0.01, 0],
    [RATE_EDGES[0], 1],
    [0, 2],
    [RATE_EDGES[2] - 0.001, 2],
    [RATE_EDGES[2], 3],
    [RATE_EDGES[3], 4],
    [39.6, 4],
  ])('puts %d per 1,000 in bin %d', (rate, bin) => {
    expect(rateBin(rate)).toBe(bin);
  });
});

describe('formatRate', () => {
  it.each([
    [0.732, 'en', '+0.73'],
    [-3.99, 'es', '-3,99'],
    [1234.5, 'pt', '+1.234,50'],
    [0, 'en', '0.00'],
  ] as const)('writes %d in %s as %s', (rate, locale, text) => {
    expect(formatRate(rate, locale)).toBe(text);
  });
});

describe('rateMapModel', () => {
  const rates: CountryRate[] = [
    { iso3: 'PER', rate: 0.732, net: 24783 },
    { iso3: 'VEN', rate: -3.99, net: -112899 },
    { iso3: 'CAN', rate: 12.5, net: 500000 },
    // Drawn nowhere at this scale, listed in the table all the same.
    { iso3: 'TUV', rate: -10, net: -100 },
  ];
  const words = {
    label: (name: string, rate: string, net: string, year: number) => `${name}: ${rate} (${net}), ${year}`,
    noData: (name: string) => `${name}: no figure`,
    below: (edge: string) => `below ${edge}`,
    between: (from: string, to: string) => `${from} to ${to}`,
    above: (edge: string) => `${edge} or more`,
  };
  const model = rateMapModel({
    locale: 'en',
    year: 2023,
    rates,
    name: (iso3) => `name of ${iso3}`,
    // Every country but Canada has a profile.
    profile: (iso3) => (iso3 === 'CAN' ? undefined : `/en/countries/${iso3.toLowerCase()}/`),
    words,
  });
  const shape = (iso3: string) => model.shapes.find((each) => each.iso3 === iso3)!;

  it('draws every shape of the world geometry, once', () => {
    expect(model.shapes).toHaveLength(worldGeometry().countries.length);
  });

  it('colours a country by its rate and names it with its figure', () => {
    expect(shape('PER')).toMatchObject({
      className: 'r2',
      label: 'name of PER: +0.73 (+24,783), 2023',
      href: '/en/countries/per/',
    });
    expect(shape('VEN').className).toBe('r1');
  });

  it('links a country only where it has a profile, and names a country without a figure so', () => {
    expect(shape('CAN').href).toBeUndefined();
    expect(shape('CHL')).toMatchObject({
      className: 'nd',
      label: 'name of CHL: no figure',
      href: '/en/countries/chl/',
    });
  });

  it('labels each bin of the legend with its edges, signed', () => {
    expect(model.legend.map((item) => item.label)).toEqual([
      'below -5.00',
      '-5.00 to -1.00',
      '-1.00 to +1.00',
      '+1.00 to +5.00',
      '+5.00 or more',
    ]);
    expect(model.legend.map((item) => item.className)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('lists every country with a figure, highest rate first, whether drawn or not', () => {
    expect(model.rows.map((row) => row.iso3)).toEqual(['CAN', 'PER', 'VEN', 'TUV']);
    expect(model.rows.find((row) => row.iso3 === 'TUV')!.drawn).toBe(false);
    expect(model.rows.find((row) => row.iso3 === 'PER')).toMatchObject({
      rate: '+0.73',
      net: '+24,783',
      drawn: true,
    });
  });

  it('lists countries of the same rate by name, in the edition’s order', () => {
    const tied = rateMapModel({
      locale: 'es',
      year: 2023,
      rates: [
        { iso3: 'AAA', rate: 1, net: 1 },
        { iso3: 'BBB', rate: 1, net: 1 },
        { iso3: 'CCC', rate: 2, net: 1 },
      ],
      name: (iso3) => ({ AAA: 'Ñandú', BBB: 'Nauru', CCC: 'Zeta' })[iso3]!,
      profile: () => undefined,
      words,
    });
    // Spanish sorts Ñ after N, as a letter of its own (English would put Ñandú first).
    expect(tied.rows.map((row) => row.name)).toEqual(['Zeta', 'Nauru', 'Ñandú']);
  });
});
