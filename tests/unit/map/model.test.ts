/** Everything the world map renders, shaped from the real stock table, checked against the CSV itself. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataNotes, readDataset, readSources } from '../../../src/content/read.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { mapModel } from '../../../src/map/model.ts';
import { BIN_FILLS } from '../../../src/map/constants.ts';
import { LOCALES } from '../../../src/i18n/languages.ts';

const ROOT = process.cwd();
const dataset = datasetFor('map', 'stock-by-sex');
const source = readSources(ROOT).entries.find((entry) => entry.id === dataset.source)!.data;
const notes = readDataNotes(ROOT)
  .entries.map((entry) => entry.data)
  .filter((note) => note.dataset === dataset.id);
const model = mapModel({
  locale: 'en',
  rows: readDataset(ROOT, dataset).entries.map((entry) => entry.data),
  notes,
  source,
  home: 'PER',
  newsCounts: { VEN: 2, JPN: 1 },
});

/** The CSV as written: the check figures come from the file, not from the code that reads it. */
const csv = parseCsv(readFileSync(dataset.file, 'utf8')).map(({ cells }) => ({
  direction: cells['direction']!,
  iso3: cells['iso3']!,
  year: Number(cells['year']),
  count: Number(cells['count']),
}));
const latestEmigrantYear = Math.max(
  ...csv.filter((row) => row.direction === 'emigrants').map((row) => row.year),
);
const inView = csv.filter((row) => row.direction === 'emigrants' && row.year === latestEmigrantYear);
const total = inView.find((row) => row.iso3 === 'WLD')!.count;
const withData = inView
  .filter((row) => row.iso3 !== 'WLD' && row.iso3 !== 'XXX' && row.count > 0)
  .sort((a, b) => b.count - a.count || (a.iso3 < b.iso3 ? -1 : 1));
const number = (text: string) => Number(text.replace(/,/g, ''));

describe('mapModel on the real table, in English', () => {
  it("shows emigrants' latest year by default", () => {
    expect(latestEmigrantYear).toBe(2024);
    expect(model.initial).toMatchObject({ direction: 'emigrants', year: latestEmigrantYear, total });
    expect(
      model.directions.filter((direction) => direction.checked).map((direction) => direction.value),
    ).toEqual(['emigrants']);
    expect(model.years.filter((year) => year.selected).map((year) => year.value)).toEqual([
      latestEmigrantYear,
    ]);
    expect(model.caption).toContain(String(latestEmigrantYear));
    expect(model.label).toContain(String(latestEmigrantYear));
  });

  it("lists in its table the CSV's rows with a count in that view, largest first, with their figures", () => {
    expect(model.rows.map((row) => row.iso3)).toEqual(withData.map((row) => row.iso3));
    expect(model.rows.map((row) => number(row.count))).toEqual(withData.map((row) => row.count));
    // Chile's row as the CSV has it: its count, its share of the world total, its share of women.
    const chile = model.rows.find((row) => row.iso3 === 'CHL')!;
    const row = parseCsv(readFileSync(dataset.file, 'utf8')).find(
      ({ cells }) =>
        cells['direction'] === 'emigrants' &&
        cells['iso3'] === 'CHL' &&
        Number(cells['year']) === latestEmigrantYear,
    )!.cells;
    const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
    expect(chile).toMatchObject({
      name: 'Chile',
      count: Number(row['count']).toLocaleString('en-GB'),
      share: percent(Number(row['count']), total),
      women: percent(Number(row['female']), Number(row['count'])),
      drawn: true,
    });
  });

  it('adds other or unknown origin to the listed countries to make the world total', () => {
    const listed = model.rows.reduce((sum, row) => sum + number(row.count), 0);
    expect(number(model.other.count) + listed).toBe(total);
    expect(number(model.total.count)).toBe(total);
    expect(model.total.share).toBe('100.0%');
  });

  it('gives every shape with data a role, a name and a place in the keyboard order', () => {
    const counted = new Set(withData.map((row) => row.iso3));
    const shapes = model.shapes.filter((shape) => shape.iso3 && counted.has(shape.iso3));
    expect(shapes.length).toBe(model.rows.filter((row) => row.drawn).length);
    for (const shape of shapes) {
      expect(shape.label).toMatch(new RegExp(`: [\\d,]+ people, `));
      expect(shape.title).toBe(shape.label);
      expect(['0', '-1']).toContain(shape.tabindex);
      expect(shape.className).toMatch(new RegExp(`^b[0-${BIN_FILLS.length - 1}]$`));
    }
    // Shapes without data are not in the keyboard order and have no name but their native title.
    for (const shape of model.shapes.filter((shape) => !shape.iso3 || !counted.has(shape.iso3))) {
      expect(shape.label).toBeUndefined();
      expect(shape.tabindex).toBeUndefined();
    }
  });

  it('puts exactly one shape in the tab order: the largest country drawn', () => {
    const stops = model.shapes.filter((shape) => shape.tabindex === '0');
    expect(stops.map((shape) => shape.iso3)).toEqual([model.rows.find((row) => row.drawn)!.iso3]);
    expect(stops[0]!.iso3).toBe('USA');
  });

  it('draws the home country apart from the scale', () => {
    const peru = model.shapes.filter((shape) => shape.iso3 === 'PER');
    expect(peru).toEqual([expect.objectContaining({ className: 'pe', title: 'Peru' })]);
    expect(peru[0]).not.toHaveProperty('tabindex');
  });

  it('hatches a country without data and says so in its title', () => {
    const counted = new Set<string | undefined>(withData.map((row) => row.iso3));
    const empty = model.shapes.filter((shape) => shape.iso3 !== 'PER' && !counted.has(shape.iso3));
    expect(empty.length).toBeGreaterThan(0);
    for (const shape of empty) {
      expect(shape.className).toBe('nd');
      expect(shape.title).toMatch(/: No data$/);
    }
  });

  it('says which countries of the table the map cannot draw', () => {
    const drawn = new Set(model.shapes.map((shape) => shape.iso3));
    expect(model.rows.filter((row) => !row.drawn).map((row) => row.iso3)).toEqual(
      withData.map((row) => row.iso3).filter((code) => !drawn.has(code)),
    );
  });

  it('writes the data note of a row as "Data note: …"', () => {
    const note = notes.find((entry) => entry.iso3 === 'PRK')!;
    expect(model.rows.find((row) => row.iso3 === 'PRK')?.note).toBe(`Data note: ${note.text.en}`);
    expect(model.rows.filter((row) => row.note).map((row) => row.iso3)).toEqual(['PRK']);
  });

  it('links the rows of countries with news to their archive page in this edition', () => {
    expect(model.rows.find((row) => row.iso3 === 'VEN')?.news).toEqual({
      href: '/en/news/countries/ven/',
      text: '2 news items',
    });
    expect(model.rows.find((row) => row.iso3 === 'CHL')).not.toHaveProperty('news');
  });

  it("credits the source by its short name and title, not its publisher's full name", () => {
    expect(source.shortName).toBeDefined();
    expect(model.sourceLine).toBe(`Source: ${source.shortName}, ${source.title}`);
    expect(model.payload.words.source).toBe(model.sourceLine);
  });

  it('has a legend entry for every bin, for no data and for the home country', () => {
    expect(model.legend.map((entry) => entry.className)).toEqual([
      ...BIN_FILLS.map((_, bin) => `b${bin}`),
      'nd',
      'pe',
    ]);
  });

  it("gives the browser script the same default view as the page's", () => {
    const index = model.payload.views.findIndex(
      (view) => view.direction === model.initial.direction && view.year === model.initial.year,
    );
    expect(model.payload.views[index]).toMatchObject({ label: model.label, caption: model.caption });
    for (const row of model.rows) expect(model.payload.counts[row.iso3]![index]).toBe(number(row.count));
  });
});

describe("mapModel on a country's profile", () => {
  const rows = readDataset(ROOT, dataset).entries.map((entry) => entry.data);
  const country = mapModel({
    locale: 'en',
    rows,
    notes: [],
    source,
    home: 'PER',
    newsCounts: {},
    text: {
      title: 'Where people born in Ruritania live',
      emigrants: 'Born in Ruritania, abroad',
      immigrants: 'Immigrants in Ruritania',
      emigrantsLong: 'People born in Ruritania living abroad, by country of residence',
      immigrantsLong: 'Immigrants in Ruritania, by country of birth',
      home: 'Ruritania',
    },
    profiles: { base: '/en/countries/', slugs: { CHL: 'chile' } },
  });

  it("names the home country in the map's heading, views, legend and labels", () => {
    expect(country.title).toBe('Where people born in Ruritania live');
    expect(country.directions.map((direction) => direction.label)).toEqual([
      'Born in Ruritania, abroad',
      'Immigrants in Ruritania',
    ]);
    expect(country.legend.at(-1)).toEqual({ className: 'pe', label: 'Ruritania' });
    expect(country.label).toContain('People born in Ruritania living abroad');
  });

  it("links a country's table row to its profile, in the table and in the payload", () => {
    expect(country.rows.find((row) => row.iso3 === 'CHL')!.profile).toEqual({
      href: '/en/countries/chile/',
      text: 'Country profile',
    });
    expect(country.rows.find((row) => row.iso3 === 'USA')!.profile).toBeUndefined();
    expect(country.payload.profiles).toEqual({
      base: '/en/countries/',
      text: 'Country profile',
      slugs: { CHL: 'chile' },
    });
    expect(model.payload.profiles).toBeUndefined();
  });
});

describe('the areas of the map without an ISO code', () => {
  const table = readDataset(ROOT, dataset).entries.map((entry) => entry.data);
  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'are named in the language of the %s map, never by the topology’s English names',
    (locale) => {
      const model = mapModel({ locale, rows: table, notes, source, home: 'PER', newsCounts: {} });
      const titles = model.shapes.filter((shape) => !shape.iso3).map((shape) => shape.title);
      expect(titles.length).toBeGreaterThan(0);
      for (const english of ['Indian Ocean Ter.', 'N. Cyprus', 'Siachen Glacier', 'Somaliland']) {
        expect(
          titles.filter((title) => title.startsWith(`${english}:`)),
          locale,
        ).toEqual([]);
      }
      expect(titles.join('\n')).toContain(locale === 'es' ? 'Somalilandia' : 'Somalilândia');
    },
  );
});
