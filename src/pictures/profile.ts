/**
 * Every picture of the profile in one edition: its three charts and its map's two views, shaped by
 * the same functions as the page (`src/profile/trends.ts`, `src/charts/`, `mapModel`), with the edition's
 * words and number formats. Pure: the data comes in, SVG files come out.
 */
import { stockLineChart } from '../charts/line-chart.ts';
import { sexBars } from '../charts/sex-bars.ts';
import { stackedBars } from '../charts/stacked-bars.ts';
import { language, localePath, strings, type Locale } from '../i18n/index.ts';
import { countryName } from '../countries/names.ts';
import { formatCount, formatShare, formatTick } from '../lib/format.ts';
import { PROTECTION_CATEGORIES } from '../profile/protection.ts';
import { mainCountriesBySex, protectionTrend, stockTrend } from '../profile/trends.ts';
import { mapModel, type MapInput } from '../map/model.ts';
import { DIRECTIONS } from '../map/views.ts';
import type { Source } from '../schemas/source.ts';
import type { RefugeeRow, StockBySexRow } from '../schemas/stock.ts';
import { lineChartBody, sexBarsBody, stackedBarsBody } from './charts.ts';
import { SERIES } from './colours.ts';
import { latestView, MAP_DEFS, mapBody, mapLegend } from './map.ts';
import { mapPictureName } from './names.ts';
import { composePicture, MARGIN } from './svg.ts';

/** Widths of the pictures, in pixels (the PNG files are drawn at twice these). */
export const CHART_WIDTH = 800;
export const MAP_WIDTH_PX = 960;

export interface ProfilePicturesInput {
  locale: Locale;
  /** The site's public address, for the line naming where the picture was published. */
  site: string;
  stocks: { rows: readonly StockBySexRow[]; source: Source };
  venezuelans: { rows: readonly RefugeeRow[]; source: Source };
  /** The first year of the Venezuelan chart (as on the profile). */
  venezuelansFrom: number;
  /** The map's input, as the profile gives it. */
  map: Omit<MapInput, 'locale'>;
  /** How many countries each half of the by-sex chart shows (as on the profile). */
  countries?: number;
}

export interface Picture {
  /** Its file name without the format: `chart-stocks`, `map-emigrants`. */
  name: string;
  title: string;
  svg: string;
}

/** "1990–2024 · Source: UN DESA, International Migrant Stock 2024": the page's citation line. */
export function sourceLine(source: Source, years: string, locale: Locale): string {
  const t = strings(locale);
  return `${years} · ${t.fact.source}: ${source.publisher}, ${source.title}${source.edition ? `, ${source.edition}` : ''}`;
}

export function profilePictures(input: ProfilePicturesInput): Picture[] {
  const { locale, countries = 6 } = input;
  const t = strings(locale);
  const c = t.charts;
  const count = (value: number) => formatCount(value, locale);
  const tick = (value: number) => formatTick(value, locale);
  const published = t.pictures.publishedBy(t.site.name, new URL(localePath(locale), input.site).href);
  const chartInner = CHART_WIDTH - 2 * MARGIN;
  const pictures: Picture[] = [];
  const compose = (picture: Omit<Parameters<typeof composePicture>[0], 'lang'>) =>
    composePicture({ ...picture, lang: language(locale).tag });

  // 1. Peruvians abroad and immigrants in Peru.
  const trend = stockTrend(input.stocks.rows);
  const first = trend[0]!;
  const last = trend.at(-1)!;
  const lines = stockLineChart(trend, c);
  const stocksTitle = c.stocksTitle(first.year, last.year);
  const stocksBody = lineChartBody(lines, tick, chartInner);
  pictures.push({
    name: 'chart-stocks',
    title: stocksTitle,
    svg: compose({
      title: stocksTitle,
      width: CHART_WIDTH,
      body: stocksBody.svg,
      bodyHeight: stocksBody.height,
      footer: [sourceLine(input.stocks.source, `${first.year}–${last.year}`, locale), published],
    }),
  });

  // 2. People from Venezuela in need of international protection, by category.
  const categories = protectionTrend(input.venezuelans.rows, input.venezuelansFrom);
  const bars = stackedBars({
    categories: PROTECTION_CATEGORIES,
    bars: categories.map((year) => ({ year: year.year, values: year.values })),
  });
  const from = categories[0]!.year;
  const to = categories.at(-1)!.year;
  const venezuelansTitle = c.venezuelansTitle(from, to);
  const barsBody = stackedBarsBody(bars, PROTECTION_CATEGORIES, tick, chartInner, 2);
  pictures.push({
    name: 'chart-venezuelans',
    title: venezuelansTitle,
    svg: compose({
      title: venezuelansTitle,
      width: CHART_WIDTH,
      legend: PROTECTION_CATEGORIES.map((category, index) => ({
        fill: SERIES[index]!,
        label: t.headline.categories[category],
      })).reverse(),
      body: barsBody.svg,
      bodyHeight: barsBody.height,
      footer: [sourceLine(input.venezuelans.source, `${from}–${to}`, locale), published],
    }),
  });

  // 3. The largest countries of each direction, by sex.
  const destinations = mainCountriesBySex(input.stocks.rows, 'emigrants', countries);
  const origins = mainCountriesBySex(input.stocks.rows, 'immigrants', countries);
  const rowText = (row: { name: string; count: number; women: number }) =>
    c.bySexRow(row.name, count(row.count), formatShare(row.women / row.count, locale));
  const bySexTitle = c.bySexTitle(destinations.year);
  const sexBody = sexBarsBody(
    [
      { title: t.headline.destinations, group: destinations },
      { title: t.headline.origins, group: origins },
    ].map(({ title, group }) => ({
      title,
      model: sexBars({
        rows: group.countries.map((country) => ({ ...country, name: countryName(country.iso3, locale) })),
      }),
      rowText,
    })),
    chartInner,
  );
  pictures.push({
    name: 'chart-by-sex',
    title: bySexTitle,
    svg: compose({
      title: bySexTitle,
      width: CHART_WIDTH,
      legend: [
        { fill: SERIES[0], label: c.women },
        { fill: SERIES[1], label: c.men },
      ],
      body: sexBody.svg,
      bodyHeight: sexBody.height,
      footer: [sourceLine(input.stocks.source, String(destinations.year), locale), published],
    }),
  });

  // 4. The map, each direction at its latest year.
  const model = mapModel({ ...input.map, locale });
  const legend = mapLegend(model);
  for (const direction of DIRECTIONS) {
    if (!model.payload.views.some((view) => view.direction === direction)) continue;
    const index = latestView(model, direction);
    const view = model.payload.views[index]!;
    const body = mapBody(model, index, MAP_WIDTH_PX - 2 * MARGIN);
    pictures.push({
      name: mapPictureName(direction),
      title: view.caption,
      svg: compose({
        title: view.caption,
        width: MAP_WIDTH_PX,
        defs: MAP_DEFS,
        legendTitle: t.map.legendTitle,
        legend,
        body: body.svg,
        bodyHeight: body.height,
        footer: [sourceLine(input.map.source, String(view.year), locale), published],
      }),
    });
  }
  return pictures;
}
