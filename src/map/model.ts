/**
 * Everything the world map renders, shaped at build time from a stock table: the shapes with their
 * default view, the legend, the table's rows and the payload of the browser script. The component
 * (`WorldMap.astro`) only renders this.
 */
import { strings, localePath, type Locale } from '../i18n/index.ts';
import { countryName } from '../countries/names.ts';
import { uncodedAreaName } from './uncoded-areas.ts';
import { formatCount, formatShare } from '../lib/format.ts';
import { archivePaths } from '../news/archive.ts';
import { womenInTotal, type StockView } from '../profile/stocks.ts';
import type { DataNote } from '../datasets/notes.ts';
import type { Source } from '../schemas/source.ts';
import type { StockDirection, StockRow } from '../schemas/stock.ts';
import { countryLabel, shapeClass } from './figures.ts';
import { worldGeometry } from './geometry.ts';
import { countIn, noteIn, ranked, womenIn, type MapPayload } from './payload.ts';
import { binLabels } from './scale.ts';
import { allViews, mapPayload } from './views.ts';

export interface MapInput {
  locale: Locale;
  /** The stock table the map shows (both directions, every year). */
  rows: readonly StockRow[];
  /** Data notes on that table. */
  notes: readonly DataNote[];
  source: Source;
  /** The country the profile is about: drawn apart from the scale. */
  home: string;
  /** Number of news items about each country in this edition, to link a table row to them. */
  newsCounts: Readonly<Record<string, number>>;
  /**
   * The words that name the home country (`t.countries.map(name)`), on a country's profile; by
   * default the Peru profile's own.
   */
  text?: {
    title: string;
    emigrants: string;
    immigrants: string;
    emigrantsLong: string;
    immigrantsLong: string;
    home: string;
  };
  /** Where each country's profile is, to link each table row to it: base address and slugs. */
  profiles?: { base: string; slugs: Readonly<Record<string, string>> };
}

export interface MapShape {
  d: string;
  iso3: string | undefined;
  /** `b0`…`b4`, `nd` (no data) or `pe` (the home country). */
  className: string;
  /** The native title (a tooltip without JavaScript). */
  title: string;
  /** The accessible name of a country with data in the default view. */
  label?: string;
  /** `0` for the one shape in the tab order (the largest figure), `-1` for the others with data. */
  tabindex?: '0' | '-1';
}

export interface MapTableRow {
  iso3: string;
  name: string;
  drawn: boolean;
  news?: { href: string; text: string };
  /** The country's profile. */
  profile?: { href: string; text: string };
  note?: string;
  count: string;
  share: string;
  /** The share of women, where the table gives people by sex. */
  women?: string;
}

export interface MapModel {
  /** The map's heading. */
  title: string;
  width: number;
  height: number;
  borders: string;
  shapes: MapShape[];
  directions: { value: StockDirection; label: string; checked: boolean }[];
  years: { value: number; selected: boolean }[];
  /** The default view, shown without JavaScript: the latest year of the first direction. */
  initial: StockView;
  label: string;
  caption: string;
  legend: { className: string; label: string }[];
  rows: MapTableRow[];
  other: { count: string; share: string };
  total: { count: string; share: string; women?: string };
  /** Whether the table gives people by sex (the table then has a column of women's shares). */
  bySex: boolean;
  sourceLine: string;
  payload: MapPayload;
}

export function mapModel({
  locale,
  rows,
  notes,
  source,
  home,
  newsCounts,
  text,
  profiles,
}: MapInput): MapModel {
  const strings_ = strings(locale);
  // The map's own words, naming the home country when it is not Peru.
  const t = text ? { ...strings_, map: { ...strings_.map, ...text, peru: text.home } } : strings_;
  const geometry = worldGeometry();
  const views = allViews(rows);
  const viewName = (direction: StockDirection) =>
    direction === 'emigrants' ? t.map.emigrantsLong : t.map.immigrantsLong;
  const words = {
    people: t.map.people,
    ofTotal: t.map.ofTotal,
    noData: t.map.noData,
    notDrawn: t.map.notDrawn,
    dataNote: t.dataNote,
    women: t.map.women,
    source: `${t.fact.source}: ${source.shortName ?? source.publisher}, ${source.title}`,
    copied: t.share.copied,
    copyFailed: t.share.copyFailed,
  };
  const payload = mapPayload(views, {
    locale,
    words,
    viewTexts: (view) => ({
      label: t.map.mapLabel(viewName(view.direction), view.year),
      caption: t.map.tableCaption(viewName(view.direction), view.year),
      status: t.map.showing(viewName(view.direction), view.year, view.countries.length),
    }),
    name: (code) => countryName(code, locale),
    notes: notes.map((note) => ({ ...note, text: note.text[locale] })),
    news: (code) =>
      newsCounts[code]
        ? { href: localePath(locale, archivePaths.country(code)), text: t.news.newsAbout(newsCounts[code]) }
        : undefined,
    ...(profiles
      ? {
          profiles: {
            base: profiles.base,
            text: t.countries.profileLink,
            slug: (code: string) => profiles.slugs[code],
          },
        }
      : {}),
  });

  // The default view: the latest year of the first direction (Peruvians abroad).
  const index = views.findLastIndex((view) => view.direction === views[0]!.direction);
  const initial = views[index]!;
  const initialView = payload.views[index]!;
  const order = ranked(payload, index);
  const drawn = new Set(geometry.countries.map((shape) => shape.iso3));
  const firstFocus = order.find((code) => drawn.has(code));

  const shapes = geometry.countries.map((shape): MapShape => {
    const name = shape.iso3 ? countryName(shape.iso3, locale) : uncodedAreaName(shape.name, locale);
    if (shape.iso3 === home) return { d: shape.d, iso3: shape.iso3, className: 'pe', title: t.map.peru };
    const count = shape.iso3 ? countIn(payload, index, shape.iso3) : 0;
    if (count === 0) {
      return { d: shape.d, iso3: shape.iso3, className: 'nd', title: `${name}: ${t.map.noData}` };
    }
    const label = countryLabel(name, count, initial.total, initial.year, locale, words);
    return {
      d: shape.d,
      iso3: shape.iso3,
      className: shapeClass(count),
      title: label,
      label,
      tabindex: shape.iso3 === firstFocus ? '0' : '-1',
    };
  });

  const legend = [
    ...binLabels((value) => formatCount(value, locale), {
      fewerThan: t.map.fewerThan,
      orMore: t.map.orMore,
    }).map((label, bin) => ({ className: `b${bin}`, label })),
    { className: 'nd', label: t.map.noData },
    { className: 'pe', label: t.map.peru },
  ];

  const directions = [...new Set(views.map((view) => view.direction))];
  const totalWomen = womenInTotal(rows, initial.direction, initial.year);
  return {
    title: t.map.title,
    width: geometry.width,
    height: geometry.height,
    borders: geometry.borders,
    shapes,
    directions: directions.map((direction) => ({
      value: direction,
      label: direction === 'emigrants' ? t.map.emigrants : t.map.immigrants,
      checked: direction === initial.direction,
    })),
    years: [...new Set(views.map((view) => view.year))].map((year) => ({
      value: year,
      selected: year === initial.year,
    })),
    initial,
    label: initialView.label,
    caption: initialView.caption,
    legend,
    rows: order.map((code) => {
      const count = countIn(payload, index, code);
      const news = payload.news[code];
      const slug = payload.profiles?.slugs[code];
      const note = noteIn(payload, index, code);
      const women = womenIn(payload, index, code);
      return {
        iso3: code,
        name: payload.names[code]!,
        drawn: drawn.has(code),
        ...(news ? { news } : {}),
        ...(slug
          ? { profile: { href: `${payload.profiles!.base}${slug}/`, text: payload.profiles!.text } }
          : {}),
        ...(note ? { note: `${t.dataNote}: ${note}` } : {}),
        count: formatCount(count, locale),
        share: formatShare(count / initial.total, locale),
        ...(women === undefined ? {} : { women: formatShare(women / count, locale) }),
      };
    }),
    other: {
      count: formatCount(initial.otherOrUnknown.count, locale),
      share: formatShare(initial.otherOrUnknown.share, locale),
    },
    total: {
      count: formatCount(initial.total, locale),
      share: formatShare(1, locale),
      ...(totalWomen === undefined ? {} : { women: formatShare(totalWomen / initial.total, locale) }),
    },
    bySex: payload.women !== undefined,
    sourceLine: words.source,
    payload,
  };
}
