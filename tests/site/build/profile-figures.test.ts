/**
 * The profile's figures against the data tables: each headline figure, chart, chart table and
 * revision is recomputed here straight from the CSV files (not through the site's own shaping code)
 * and must be what the built page shows, with its year and source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { readPage } from '../support/site.ts';

/** A CSV file as records, read with a parser of its own (fields may be quoted, with "" inside). */
function records(file: string): Record<string, string>[] {
  const split = (line: string) => {
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i]!;
      if (quoted && char === '"' && line[i + 1] === '"') ((field += '"'), i++);
      else if (char === '"') quoted = !quoted;
      else if (char === ',' && !quoted) (fields.push(field), (field = ''));
      else field += char;
    }
    return [...fields, field];
  };
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const names = split(header!);
  return lines.map((line) => Object.fromEntries(split(line).map((value, i) => [names[i], value])));
}

const stocks = records(datasetFor('stock-series', 'stock-by-sex').file);
const previousEdition = records(datasetFor('previous-edition', 'stock').file);
const protection = records(datasetFor('protection', 'refugee').file);
const venezuelans = records(datasetFor('refugee-series', 'refugee').file);

const en = readPage('/en/');
const number = (value: number) => new Intl.NumberFormat('en').format(value);
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
const signedPercent = (change: number) => `${change < 0 ? '-' : '+'}${Math.abs(100 * change).toFixed(1)}%`;

/** The world total of a direction by year, from a stock table. */
function worldSeries(rows: Record<string, string>[], direction: string): Map<number, Record<string, string>> {
  return new Map(
    rows
      .filter((row) => row.direction === direction && row.iso3 === 'WLD')
      .map((row) => [Number(row.year), row] as const)
      .sort((a, b) => a[0] - b[0]),
  );
}

/** UNHCR's three categories summed over rows. */
function categories(rows: Record<string, string>[]) {
  const sum = (field: string) => rows.reduce((total, row) => total + Number(row[field] || 0), 0);
  const refugees = sum('refugees');
  const asylum = sum('asylum_seekers');
  const others = sum('other_in_need_of_international_protection');
  const othersReported = rows.some((row) => row.other_in_need_of_international_protection !== '');
  return { refugees, asylum, others, othersReported, total: refugees + asylum + others };
}

function article(html: string, figure: string): string {
  const match = html.match(
    new RegExp(`<article class="fact headline-figure" data-figure="${figure}">([\\s\\S]*?)</article>`),
  );
  if (!match) throw new Error(`no headline figure ${figure} on the page`);
  return match[1]!;
}

const dataValues = (html: string) =>
  [...html.matchAll(/<data value="(\d+)"/g)].map((match) => Number(match[1]));
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function figure(html: string, id: string): string {
  const match = html.match(new RegExp(`<figure class="chart-figure" id="${id}"[\\s\\S]*?</figure>`));
  if (!match) throw new Error(`no chart ${id} on the page`);
  return match[0];
}

/** A table's body rows as the text of their cells. */
const bodyRows = (html: string) =>
  [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
    .map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1]!)))
    .filter((cells) => !cells.every((cell) => cell === '') && !/^Year|^Country|^Direction/.test(cells[0]!));

describe.each(['emigrants', 'immigrants'] as const)('the headline of %s', (direction) => {
  const series = worldSeries(stocks, direction);
  const years = [...series.keys()];
  const [year, previousYear] = [years.at(-1)!, years.at(-2)!];
  const latest = series.get(year)!;
  const previous = series.get(previousYear)!;
  const total = article(en, `stock-total-${direction}`);
  const main = article(en, `stock-main-${direction}`);

  it("gives the table's latest world total, its year, and the change since the estimate before", () => {
    expect(dataValues(total)[0]).toBe(Number(latest.count));
    expect(text(total)).toContain(`${number(Number(latest.count))} ${year}`);
    const change = Number(latest.count) / Number(previous.count) - 1;
    expect(text(total)).toContain(
      `${signedPercent(change)} since ${previousYear} (${number(Number(previous.count))})`,
    );
  });

  it('says the share of women in it', () => {
    expect(text(total)).toContain(`${percent(Number(latest.female), Number(latest.count))} of them women`);
  });

  it('lists the five largest countries of that year, the other countries and the unknown', () => {
    const countries = stocks
      .filter((row) => row.direction === direction && Number(row.year) === year)
      .filter((row) => row.iso3 !== 'WLD' && row.iso3 !== 'XXX' && Number(row.count) > 0)
      .map((row) => Number(row.count))
      .sort((a, b) => b - a);
    const rest = countries.slice(5).reduce((sum, count) => sum + count, 0);
    const unknown = Number(latest.count) - countries.reduce((sum, count) => sum + count, 0);
    const expected = [...countries.slice(0, 5), rest, ...(unknown > 0 ? [unknown] : [])];
    expect(dataValues(main)).toEqual(expected);
    expect(expected.reduce((sum, count) => sum + count, 0)).toBe(Number(latest.count));
  });

  it('cites UN DESA’s latest edition for the year it shows', () => {
    for (const html of [total, main]) {
      expect(text(html)).toMatch(new RegExp(`${year} · Source: .*International Migrant Stock ${year}`));
      expect(html).toContain('href="/en/sources/#source-undesa-ims-2024"');
    }
  });
});

describe.each([
  ['hosted', 'asylum_country_iso3'],
  ['abroad', 'origin_iso3'],
] as const)('the headline of people in need of international protection, %s', (perspective, field) => {
  const rows = protection.filter((row) => row[field] === 'PER');
  const year = Math.max(...rows.map((row) => Number(row.year)));
  const latest = categories(rows.filter((row) => Number(row.year) === year));
  const previous = categories(rows.filter((row) => Number(row.year) === year - 1));
  const html = article(en, `protection-${perspective}`);

  it("gives the latest year's total and each of UNHCR's categories", () => {
    expect(dataValues(html)).toEqual([
      latest.total,
      latest.refugees,
      latest.asylum,
      ...(latest.othersReported ? [latest.others] : []),
    ]);
    expect(text(html)).toContain(`${number(latest.total)} ${year}`);
    if (!latest.othersReported) expect(text(html)).toContain('not reported');
  });

  it('gives the change since the year before', () => {
    expect(text(html)).toContain(
      `${signedPercent(latest.total / previous.total - 1)} since ${year - 1} (${number(previous.total)})`,
    );
  });

  it('cites UNHCR for that year', () => {
    expect(text(html)).toMatch(new RegExp(`^.*${year} · Source: UNHCR`));
    expect(html).toContain('href="/en/sources/#source-unhcr-population-statistics"');
  });
});

describe('the share of Venezuelans among the people Peru hosts', () => {
  it('is computed from the same year of the same table', () => {
    const hosted = protection.filter((row) => row.asylum_country_iso3 === 'PER');
    const year = Math.max(...hosted.map((row) => Number(row.year)));
    const all = categories(hosted.filter((row) => Number(row.year) === year));
    const fromVenezuela = categories(
      hosted.filter((row) => Number(row.year) === year && row.origin_iso3 === 'VEN'),
    );
    expect(text(article(en, 'protection-hosted'))).toContain(
      `${percent(fromVenezuela.total, all.total)} of them from Venezuela`,
    );
  });
});

/** The y of each circle or bar in a chart, and where its 0 is, to check that heights follow values. */
const zeroLine = (html: string) => Number(html.match(/<text x="0" y="([\d.]+)" dy="4">0<\/text>/)![1]);

describe('the chart of Peruvians abroad and immigrants in Peru', () => {
  const chart = figure(en, 'chart-stocks');
  const emigrants = worldSeries(stocks, 'emigrants');
  const immigrants = worldSeries(stocks, 'immigrants');

  it("has a table of every year's world totals, from the data", () => {
    expect(bodyRows(chart)).toEqual(
      [...emigrants.keys()].map((year) => [
        String(year),
        number(Number(emigrants.get(year)!.count)),
        number(Number(immigrants.get(year)!.count)),
      ]),
    );
  });

  it('draws each point at a height proportional to its value', () => {
    const zero = zeroLine(chart);
    const groups = [...chart.matchAll(/<g class="series-\d">([\s\S]*?)<\/g>/g)].map((group) =>
      [...group[1]!.matchAll(/cy="([\d.]+)"/g)].map((match) => zero - Number(match[1])),
    );
    const values = [emigrants, immigrants].map((series) =>
      [...series.values()].map((row) => Number(row.count)),
    );
    const scale = groups[0]![0]! / values[0]![0]!;
    groups.forEach((heights, line) =>
      heights.forEach((height, i) => expect(height).toBeCloseTo(values[line]![i]! * scale, 0)),
    );
  });

  it('names the first year with more immigrants than Peruvians abroad, with both figures', () => {
    const year = [...emigrants.keys()].find(
      (year) => Number(immigrants.get(year)!.count) > Number(emigrants.get(year)!.count),
    )!;
    const finding = text(chart.match(/<p class="chart-finding">([\s\S]*?)<\/p>/)![1]!);
    expect(finding).toContain(`In ${year}`);
    expect(finding).toContain(number(Number(immigrants.get(year)!.count)));
    expect(finding).toContain(number(Number(emigrants.get(year)!.count)));
  });
});

describe('the chart of Venezuelans in need of international protection in Peru', () => {
  const chart = figure(en, 'chart-venezuelans');
  const years = [...new Set(venezuelans.map((row) => Number(row.year)))].filter((year) => year >= 2015);

  it("has a table of every year's categories and total, from the data", () => {
    expect(bodyRows(chart)).toEqual(
      years.map((year) => {
        const inYear = categories(venezuelans.filter((row) => Number(row.year) === year));
        return [
          String(year),
          number(inYear.refugees),
          number(inYear.asylum),
          inYear.othersReported ? number(inYear.others) : 'not reported',
          number(inYear.total),
        ];
      }),
    );
  });

  it('stacks bars whose heights add up to each year’s total, on one scale', () => {
    const bars = [
      ...chart.matchAll(
        /<rect class="series-\d" x="([\d.]+)%" width="[\d.]+%" y="[\d.]+" height="([\d.]+)"/g,
      ),
    ];
    const byColumn = new Map<string, number>();
    for (const [, x, height] of bars) byColumn.set(x!, (byColumn.get(x!) ?? 0) + Number(height));
    const totals = years.map(
      (year) => categories(venezuelans.filter((row) => Number(row.year) === year)).total,
    );
    const heights = [...byColumn.values()];
    const scale = heights.at(-1)! / totals.at(-1)!;
    // A year too small to show at this scale (under a tenth of a pixel) draws no bar at all.
    const drawn = totals.filter((total) => total * scale >= 0.05);
    expect(heights).toHaveLength(drawn.length);
    heights.forEach((height, i) => expect(Math.abs(height - drawn[i]! * scale)).toBeLessThan(0.5));
  });
});

describe('the chart of the largest countries by sex', () => {
  const chart = figure(en, 'chart-by-sex');

  it.each(['emigrants', 'immigrants'])(
    'has the six largest countries of the %s, women and men, from the data',
    (direction) => {
      const year = Math.max(
        ...stocks.filter((row) => row.direction === direction).map((row) => Number(row.year)),
      );
      const largest = stocks
        .filter((row) => row.direction === direction && Number(row.year) === year)
        .filter((row) => row.iso3 !== 'WLD' && row.iso3 !== 'XXX')
        .sort((a, b) => Number(b.count) - Number(a.count))
        .slice(0, 6)
        .map((row) => [number(Number(row.female)), number(Number(row.male)), number(Number(row.count))]);
      const group = chart.split('scope="colgroup"')[direction === 'emigrants' ? 1 : 2]!;
      expect(bodyRows(group.split('</tbody>')[0]!).map((cells) => cells.slice(1))).toEqual(largest);
    },
  );

  it("draws each country's bar in proportion to the group's largest", () => {
    for (const svg of chart.match(/<svg class="chart"[\s\S]*?<\/svg>/g)!) {
      const rows = [
        ...svg.matchAll(
          /<text x="0" y="[\d.]+">[^<]*? ([\d,]+) · [\d.]+% women<\/text><rect class="series-1" x="0" y="[\d.]+" width="([\d.]+)%" height="16"><\/rect><rect class="series-2" x="[\d.]+%" y="[\d.]+" width="([\d.]+)%"/g,
        ),
      ];
      expect(rows.length).toBe(6);
      const counts = rows.map((row) => Number(row[1]!.replaceAll(',', '')));
      rows.forEach((row, i) =>
        expect(Number(row[2]) + Number(row[3])).toBeCloseTo((100 * counts[i]!) / counts[0]!, 1),
      );
    }
  });
});

describe('the revisions between editions', () => {
  const section = en.match(/<section aria-labelledby="revisions"[\s\S]*?<\/section>/)![0];

  it('sets both editions’ world totals side by side for every year both give, direction by direction', () => {
    const groups = section.split('<tbody>').slice(1);
    expect(groups).toHaveLength(2);
    (['emigrants', 'immigrants'] as const).forEach((direction, i) => {
      const older = worldSeries(previousEdition, direction);
      const newer = worldSeries(stocks, direction);
      const expected = [...newer.keys()]
        .filter((year) => older.has(year))
        .map((year) => {
          const [was, is] = [Number(older.get(year)!.count), Number(newer.get(year)!.count)];
          return [String(year), number(was), number(is), signedPercent(is / was - 1)];
        });
      const [heading, ...rows] = bodyRows(groups[i]!.split('</tbody>')[0]!);
      expect(heading).toEqual([direction === 'emigrants' ? 'Peruvians abroad' : 'Immigrants in Peru']);
      expect(rows).toEqual(expected);
    });
  });

  it('says in words how the newer edition revised the total of Peruvians abroad', () => {
    const was = Number(worldSeries(previousEdition, 'emigrants').get(2020)!.count);
    const is = Number(worldSeries(stocks, 'emigrants').get(2020)!.count);
    expect(text(section)).toContain(
      `For 2020, the 2020 edition counted ${number(was)} Peruvians abroad; the 2024 edition counts ${number(is)} (${signedPercent(is / was - 1)}).`,
    );
  });
});
