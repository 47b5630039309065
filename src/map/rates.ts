/**
 * The map of the index of countries: each country's net migration rate in the latest year, on a
 * diverging scale, every shape with a profile a link to it. Shaped at build time from the world
 * geometry the profiles' maps draw; the component (`RateMap.astro`) only renders this.
 */
import type { Locale } from '../i18n/languages.ts';
import { formatDecimal, formatSignedCount } from '../lib/format.ts';
import { RATE_EDGES } from './constants.ts';
import { worldGeometry } from './geometry.ts';

/** A country's figure on the map. */
export interface CountryRate {
  iso3: string;
  rate: number;
  net: number;
}

export interface RateMapInput {
  locale: Locale;
  year: number;
  rates: readonly CountryRate[];
  /** A country's name in the edition's language. */
  name: (iso3: string) => string;
  /** A country's profile, where it has one. */
  profile: (iso3: string) => string | undefined;
  words: {
    /** "Chile: +1.23 per 1,000 inhabitants (+24,783 people), 2023". */
    label: (name: string, rate: string, net: string, year: number) => string;
    noData: (name: string) => string;
    /** The legend's bins: "below −5", "−5 to −1", …, "5 or more". */
    below: (edge: string) => string;
    between: (from: string, to: string) => string;
    above: (edge: string) => string;
  };
}

export interface RateShape {
  d: string;
  iso3?: string;
  /** `r0`…`r4`, or `nd` (no data). */
  className: string;
  /** The shape's accessible name and native title. */
  label: string;
  /** The profile the shape opens. */
  href?: string;
}

export interface RateMapModel {
  width: number;
  height: number;
  borders: string;
  shapes: RateShape[];
  legend: { className: string; label: string }[];
  /** Countries with a figure, highest rate first (ties by name): the table's and the arrow keys' order. */
  rows: { iso3: string; name: string; href?: string; rate: string; net: string; drawn: boolean }[];
}

/** The bin of a rate: the number of edges at or below it. */
export function rateBin(rate: number, edges: readonly number[] = RATE_EDGES): number {
  let bin = 0;
  while (bin < edges.length && rate >= edges[bin]!) bin++;
  return bin;
}

/** A rate as read: two decimals with its sign ("+1.23", "−0.40"); 0 has none. */
export function formatRate(rate: number, locale: Locale): string {
  const text = formatDecimal(Math.abs(rate), locale, 2);
  return rate > 0 ? `+${text}` : rate < 0 ? `-${text}` : text;
}

export function rateMapModel(input: RateMapInput): RateMapModel {
  const { locale, year, words } = input;
  const geometry = worldGeometry();
  const byIso3 = new Map(input.rates.map((entry) => [entry.iso3, entry]));
  const label = (entry: CountryRate) =>
    words.label(
      input.name(entry.iso3),
      formatRate(entry.rate, locale),
      formatSignedCount(entry.net, locale),
      year,
    );
  const drawn = new Set(geometry.countries.flatMap((shape) => (shape.iso3 ? [shape.iso3] : [])));
  const shapes = geometry.countries.map((shape): RateShape => {
    const entry = shape.iso3 ? byIso3.get(shape.iso3) : undefined;
    const href = shape.iso3 ? input.profile(shape.iso3) : undefined;
    const name = shape.iso3 ? input.name(shape.iso3) : shape.name;
    return {
      d: shape.d,
      ...(shape.iso3 ? { iso3: shape.iso3 } : {}),
      className: entry ? `r${rateBin(entry.rate)}` : 'nd',
      label: entry ? label(entry) : words.noData(name),
      ...(href ? { href } : {}),
    };
  });
  const edge = (value: number) => formatRate(value, locale);
  const legend = [
    words.below(edge(RATE_EDGES[0])),
    ...RATE_EDGES.slice(1).map((to, index) => words.between(edge(RATE_EDGES[index]!), edge(to))),
    words.above(edge(RATE_EDGES.at(-1)!)),
  ].map((text, bin) => ({ className: `r${bin}`, label: text }));
  const rows = [...input.rates]
    .map((entry) => ({ entry, name: input.name(entry.iso3) }))
    .sort((a, b) => b.entry.rate - a.entry.rate || a.name.localeCompare(b.name, locale))
    .map(({ entry, name }) => {
      const href = input.profile(entry.iso3);
      return {
        iso3: entry.iso3,
        name,
        ...(href ? { href } : {}),
        rate: formatRate(entry.rate, locale),
        net: formatSignedCount(entry.net, locale),
        drawn: drawn.has(entry.iso3),
      };
    });
  return { width: geometry.width, height: geometry.height, borders: geometry.borders, shapes, legend, rows };
}
