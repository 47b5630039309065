/**
 * The profile's pictures, composed from the content as committed in every edition: one file per chart
 * and per map view, each well-formed and self-contained, in the edition's words and number format,
 * drawn from the page's own geometry.
 */
// Well-formedness is judged by resvg's strict XML parser, the one the build draws the PNGs with (it
// refuses an unescaped < or &); the site suite checks the built files with Chromium's XML parser.
import { XMLParser } from 'fast-xml-parser';
import { isWellFormedSvg } from './well-formed.ts';
import { describe, expect, it } from 'vitest';
import { lineChart } from '../../../src/charts/line-chart.ts';
import { readDataNotes, readDataset, readSources } from '../../../src/content/read.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { strings } from '../../../src/i18n/index.ts';
import { language, LOCALES, type Locale } from '../../../src/i18n/languages.ts';
import { formatCount } from '../../../src/lib/format.ts';
import { PROFILE_COUNTRY, VENEZUELANS_FROM } from '../../../src/profile/settings.ts';
import { stockTrend } from '../../../src/profile/trends.ts';
import { BIN_FILLS, PERU_FILL } from '../../../src/map/constants.ts';
import { mapModel } from '../../../src/map/model.ts';
import { DIRECTIONS } from '../../../src/map/views.ts';
import { mapBody, mapPictures } from '../../../src/pictures/map.ts';
import { CHART_PICTURES, mapPictureName } from '../../../src/pictures/names.ts';
import { CHART_WIDTH, profilePictures, sourceLine, type Picture } from '../../../src/pictures/profile.ts';
import { MARGIN } from '../../../src/pictures/svg.ts';

const ROOT = process.cwd();
const SITE = 'https://example.org/';
const sources = readSources(ROOT).entries;
const sourceOf = (id: string) => sources.find((entry) => entry.id === id)!.data;
const rowsOf = <D extends Parameters<typeof readDataset>[1]>(dataset: D) =>
  readDataset(ROOT, dataset).entries.map((entry) => entry.data);
const stockDataset = datasetFor('stock-series', 'stock-by-sex');
const mapDataset = datasetFor('map', 'stock-by-sex');
const venezuelansDataset = datasetFor('refugee-series', 'refugee');
const stocks = rowsOf(stockDataset);
const mapInput = {
  rows: rowsOf(mapDataset),
  notes: readDataNotes(ROOT)
    .entries.map((entry) => entry.data)
    .filter((note) => note.dataset === mapDataset.id),
  source: sourceOf(mapDataset.source),
  home: PROFILE_COUNTRY,
  newsCounts: {},
};
const picturesOf = (locale: Locale) =>
  profilePictures({
    locale,
    site: SITE,
    stocks: { rows: stocks, source: sourceOf(stockDataset.source) },
    venezuelans: { rows: rowsOf(venezuelansDataset), source: sourceOf(venezuelansDataset.source) },
    venezuelansFrom: VENEZUELANS_FROM,
    map: mapInput,
  });
const editions = LOCALES.map((locale) => [locale, picturesOf(locale)] as const);
const all = editions.flatMap(([locale, pictures]) => pictures.map((picture) => [locale, picture] as const));
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
/** The text drawn in a picture, entities decoded. */
const drawnText = (picture: Picture) =>
  picture.svg
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

describe('the profile’s pictures', () => {
  it.each(editions)('%s has every chart and every map view, once each', (_, pictures) => {
    expect(pictures.map((picture) => picture.name)).toEqual([
      ...CHART_PICTURES,
      ...DIRECTIONS.map(mapPictureName),
    ]);
  });

  it.each(all.map(([locale, picture]) => [locale, picture.name, picture] as const))(
    '%s %s is well-formed, titled, sized and carries no stylesheet hooks',
    (locale, _, picture) => {
      expect(isWellFormedSvg(picture.svg)).toBe(true);
      const svg = parser.parse(picture.svg).svg;
      expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(svg.title).toBe(picture.title);
      expect(svg['xml:lang']).toBe(language(locale).tag);
      expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`);
      expect(picture.svg).not.toMatch(/\sclass=|\sstyle=|var\(--|vector-effect/);
      // The source line, then where it was published, drawn at the bottom in the edition's words.
      const t = strings(locale);
      const text = drawnText(picture);
      expect(text).toContain(`${t.fact.source}: `);
      expect(text).toContain(`${t.site.name} · ${SITE}${locale === 'es' ? '' : `${locale}/`}`);
      expect(text.trim().endsWith(`${SITE}${locale === 'es' ? '' : `${locale}/`}`)).toBe(true);
    },
  );

  it.each(LOCALES)(
    '%s: the by-sex chart writes the largest destination’s figure as the edition does',
    (locale) => {
      const text = drawnText(picturesOf(locale).find((picture) => picture.name === 'chart-by-sex')!);
      const trend = stockTrend(stocks);
      // The largest destination's figure, as the edition writes it (1,234 / 1.234).
      const largest = Math.max(
        ...stocks
          .filter(
            (row) =>
              row.direction === 'emigrants' && row.year === trend.at(-1)!.year && row.iso3.length === 3,
          )
          .filter((row) => !['WLD', 'XXX'].includes(row.iso3))
          .map((row) => row.count),
      );
      expect(text).toContain(formatCount(largest, locale));
    },
  );

  it('writes numbers as each edition does (1,672,482 / 1.672.482)', () => {
    const en = drawnText(picturesOf('en').find((picture) => picture.name === 'chart-by-sex')!);
    const es = drawnText(picturesOf('es').find((picture) => picture.name === 'chart-by-sex')!);
    expect(en).toMatch(/\d,\d{3}/);
    expect(en).not.toMatch(/\d\.\d{3}\b/);
    expect(es).toMatch(/\d\.\d{3}/);
  });

  it('draws the line chart from the page’s geometry: a point per year and series', () => {
    const trend = stockTrend(stocks);
    const model = lineChart([
      { key: 'emigrants', label: 'e', points: trend.map((p) => ({ year: p.year, value: p.emigrants })) },
      { key: 'immigrants', label: 'i', points: trend.map((p) => ({ year: p.year, value: p.immigrants })) },
    ]);
    const svg = picturesOf('en').find((picture) => picture.name === 'chart-stocks')!.svg;
    expect(svg.match(/<circle /g)).toHaveLength(2 * trend.length);
    const inner = CHART_WIDTH - 2 * MARGIN;
    const first = model.lines[0]!.points[0]!;
    expect(svg).toContain(
      `<circle cx="${Math.round(((first.x * inner) / 100) * 100) / 100}" cy="${first.y}" r="3"/>`,
    );
  });

  it.each(LOCALES)('%s: each map view has the legend of the bins and its source line', (locale) => {
    const t = strings(locale);
    const model = mapModel({ ...mapInput, locale });
    const views = mapPictures(model);
    expect(views.map((view) => view.name)).toEqual(DIRECTIONS.map(mapPictureName));
    for (const view of views) {
      const picture = picturesOf(locale).find((candidate) => candidate.name === view.name)!;
      expect(picture.title).toBe(view.title);
      const text = drawnText(picture);
      expect(text).toContain(t.map.legendTitle);
      for (const item of model.legend) expect(text).toContain(item.label);
      expect(text).toContain(sourceLine(mapInput.source, view.title.slice(-4), locale).slice(0, 40));
    }
  });

  it('colours each map view by its own figures: the two directions differ, Peru is marked apart', () => {
    const model = mapModel({ ...mapInput, locale: 'en' });
    const emigrants = mapBody(
      model,
      model.payload.views.findLastIndex((v) => v.direction === 'emigrants'),
      900,
    );
    const immigrants = mapBody(
      model,
      model.payload.views.findLastIndex((v) => v.direction === 'immigrants'),
      900,
    );
    expect(emigrants.svg).not.toBe(immigrants.svg);
    for (const body of [emigrants, immigrants]) {
      expect(body.svg).toContain(`fill="${PERU_FILL}"`);
      expect(body.svg).toContain('fill="url(#no-data)"');
      expect(BIN_FILLS.some((fill) => body.svg.includes(`fill="${fill}"`))).toBe(true);
      expect(body.svg.match(/<path d=/g)!.length).toBe(model.shapes.length + 1);
    }
  });

  it('draws the map at the width asked for, and as high as it says', () => {
    const model = mapModel({ ...mapInput, locale: 'en' });
    const body = mapBody(model, 0, 912);
    const scale = Number(/scale\(([\d.]+)\)/.exec(body.svg)![1]);
    expect(scale * model.width).toBeCloseTo(912, 1);
    expect(body.height).toBeCloseTo(scale * model.height, 1);
  });

  it('gives the same bytes for the same content', () => {
    expect(picturesOf('pt').map((picture) => picture.svg)).toEqual(
      editions.find(([locale]) => locale === 'pt')![1].map((picture) => picture.svg),
    );
  });
});
