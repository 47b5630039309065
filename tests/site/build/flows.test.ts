/**
 * The flow figures as built, against the flow tables read here straight from their CSV files (not
 * through the site's shaping): Peru's profile in every edition (remittances, net migration, the
 * northbound route, removals, with what each counts), three country profiles, the one line of a
 * section without rows, each country's download of its flow rows, and the index's map.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryName } from '../../../src/countries/names.ts';
import { countriesIndexPath, countryPath } from '../../../src/countries/paths.ts';
import { slugify } from '../../../src/countries/slugs.ts';
import { intlLocale, LOCALES, localePath, type Locale } from '../../../src/i18n/languages.ts';
import { strings } from '../../../src/i18n/index.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { readPage } from '../support/site.ts';

/** A flow table's rows, each cell as written (every column of the table is in every row). */
const table = (name: string) =>
  parseCsv(readFileSync(`content/data/flows/${name}.csv`, 'utf8')).map(
    ({ cells }) => cells as Readonly<Record<string, string>>,
  );
const netMigration = table('wpp2024-net-migration');
const remittances = table('wdi-remittances');
const encounters = table('cbp-southwest-border-encounters');
const darien = table('panama-darien-transit');
const removals = table('ice-removals');

const count = (value: number, locale: Locale) =>
  new Intl.NumberFormat(intlLocale(locale), { useGrouping: 'always' }).format(value);
const signed = (value: number, locale: Locale) =>
  new Intl.NumberFormat(intlLocale(locale), { useGrouping: 'always', signDisplay: 'exceptZero' }).format(
    value,
  );
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The article of a figure on a page, and its machine-readable value. */
function figure(html: string, name: string): { html: string; value: number } {
  const article = html.match(new RegExp(`data-figure="${name}"[\\s\\S]*?</article>`))?.[0];
  if (!article) throw new Error(`no figure ${name}`);
  return { html: article, value: Number(article.match(/<data value="(-?\d+)">/)![1]) };
}

/** A chart's table of numbers on a page, row by row, each row's cells as text. */
function chartTable(html: string, id: string): string[][] {
  const figureHtml = html.match(new RegExp(`<figure[^>]*id="${id}"[\\s\\S]*?</figure>`))?.[0];
  if (!figureHtml) throw new Error(`no chart ${id}`);
  const body = figureHtml.match(/<tbody>([\s\S]*?)<\/tbody>/)![1]!;
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '')),
  );
}

/** Net migration of a country by year, from the CSV. */
const netOf = (iso3: string) =>
  netMigration
    .filter((row) => row.iso3 === iso3)
    .map((row) => ({ year: Number(row.year), net: Number(row.net_migrants) }))
    .sort((a, b) => a.year - b.year);

/** Darién crossings by year: of one nationality, or of everyone. */
const darienYear = (year: number, nationality?: string) =>
  sum(
    darien
      .filter(
        (row) => row.period!.startsWith(String(year)) && (!nationality || row.nationality === nationality),
      )
      .map((row) => Number(row.migrants)),
  );
/** CBP encounters of a citizenship by fiscal year, and how many months the fiscal year has. */
const encountersIn = (fiscalYear: number, citizenship: string) =>
  sum(
    encounters
      .filter((row) => Number(row.fiscal_year) === fiscalYear && row.citizenship === citizenship)
      .map((row) => Number(row.encounters)),
  );
const removalsIn = (fiscalYear: number, iso3: string) =>
  Number(
    removals.find((row) => Number(row.fiscal_year) === fiscalYear && row.citizenship_iso3 === iso3)!.removals,
  );

const countryPage = (iso3: string, locale: Locale) =>
  localePath(locale, countryPath(locale, slugify(countryName(iso3, locale))));

/** The Darién table's years, and those it has whole: a year given whole, or all twelve of its months. */
const darienYears = [...new Set(darien.map((row) => Number(row.period!.slice(0, 4))))].sort((a, b) => a - b);
const darienComplete = (year: number) =>
  darien.some((row) => row.period === String(year)) ||
  new Set(darien.filter((row) => row.period!.startsWith(`${year}-`)).map((row) => row.period)).size === 12;
/** The last year a reader is told about as a whole year. */
const latestWholeDarienYear = darienYears.filter(darienComplete).at(-1)!;
/** CBP's fiscal years of a citizenship, and whether it has all twelve months of one. */
const fiscalYears = (citizenship: string) =>
  [
    ...new Set(
      encounters.filter((row) => row.citizenship === citizenship).map((row) => Number(row.fiscal_year)),
    ),
  ].sort((a, b) => a - b);
const wholeFiscalYear = (year: number, citizenship: string) =>
  encounters.filter((row) => Number(row.fiscal_year) === year && row.citizenship === citizenship).length ===
  12;
const latestWholeFiscalYear = (citizenship: string) =>
  fiscalYears(citizenship)
    .filter((year) => wholeFiscalYear(year, citizenship))
    .at(-1)!;
/** ICE's fiscal years of a citizenship, oldest first. */
const removalYears = (iso3: string) =>
  removals.filter((row) => row.citizenship_iso3 === iso3).map((row) => Number(row.fiscal_year));
/** Years as readers write runs of them: 2012–2016, 2019. */
const runsOf = (years: readonly number[]) =>
  years
    .reduce<number[][]>((runs, year) => {
      const last = runs.at(-1);
      if (last && year === last.at(-1)! + 1) last.push(year);
      else runs.push([year]);
      return runs;
    }, [])
    .map((run) => (run.length === 1 ? String(run[0]) : `${run[0]}–${run.at(-1)}`));

describe.each(LOCALES)("Peru's profile (%s)", (locale) => {
  const html = readPage(localePath(locale, ''));
  const t = strings(locale);

  it('leads the sending role with the latest remittances received, their change and weight in GDP', () => {
    const peru = remittances.filter((row) => row.iso3 === 'PER' && Number(row.received_usd) > 0);
    const latest = peru.at(-1)!;
    const before = peru.at(-2)!;
    const received = figure(html, 'remittances-received');
    expect(received.value).toBe(Number(latest.received_usd));
    const share = new Intl.NumberFormat(intlLocale(locale), {
      style: 'percent',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(Number(latest.received_usd) / Number(latest.gdp_usd));
    expect(received.html).toContain(share);
    const change = Number(latest.received_usd) / Number(before.received_usd) - 1;
    expect(received.html).toContain((100 * change).toFixed(1).replace('.', locale === 'en' ? '.' : ','));
  });

  it('shows remittances paid that the World Bank publishes as 0 as not reported, never as 0', () => {
    const zeros = remittances
      .filter((row) => row.iso3 === 'PER' && row.paid_usd === '0')
      .map((row) => row.year!);
    expect(zeros.length).toBeGreaterThan(0);
    const rows = chartTable(html, 'chart-remittances');
    for (const year of zeros) expect(rows.find((cells) => cells[0] === year)![3]).toBe(t.flows.notReported);
    const runs = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(
      runsOf(zeros.map(Number)),
    );
    expect(html).toContain(t.flows.remittances.zeroPaid(runs));
  });

  it('charts net migration year by year, with the turn to net immigration, the peak and the latest year', () => {
    const series = netOf('PER');
    const latest = series.at(-1)!;
    // The first year of the run of years with the latest's sign, and its largest.
    let start = series.length - 1;
    while (start > 0 && Math.sign(series[start - 1]!.net) === Math.sign(latest.net)) start--;
    const run = series.slice(start);
    const peak = run.reduce((best, entry) => (Math.abs(entry.net) > Math.abs(best.net) ? entry : best));
    const net = figure(html, 'net-migration');
    expect(net.value).toBe(latest.net);
    const words = t.flows.netMigration;
    expect(net.html).toContain((latest.net > 0 ? words.sinceArrivals : words.sinceDepartures)(run[0]!.year));
    expect(net.html).toContain(words.extreme(signed(peak.net, locale), peak.year));
    const provisionalFrom = datasetFor('world-net-migration', 'net-migration').periods.provisionalFrom;
    expect(net.html).toContain(words.modelled(provisionalFrom, latest.year));
    expect(chartTable(html, 'chart-net-migration').map((row) => row.slice(0, 2))).toEqual(
      series.map((entry) => [String(entry.year), signed(entry.net, locale)]),
    );
  });

  it('counts the northbound route where it crosses a border, and says that nothing counts transit through Peru', () => {
    expect(html).toContain(t.flows.transit.noCount);
    // The Darién: every nationality, and Peruvians among them, every year of the table; a year with
    // months missing says which.
    const rows = chartTable(html, 'chart-darien');
    expect(rows.map((row) => row[0])).toEqual(darienYears.map(String));
    for (const [index, year] of darienYears.entries()) {
      expect(rows[index]!.slice(1, 3)).toEqual([
        count(darienYear(year), locale),
        count(darienYear(year, 'PER'), locale),
      ]);
      expect(rows[index]![4] === '').toBe(darienComplete(year));
    }
    // The latest whole year leads.
    expect(figure(html, 'darien-all').value).toBe(darienYear(latestWholeDarienYear));
    expect(figure(html, 'darien-nationals').value).toBe(darienYear(latestWholeDarienYear, 'PER'));
    // The US border: Peruvians by fiscal year, events not people, a year with months missing said so.
    const border = chartTable(html, 'chart-us-border');
    expect(border.map((row) => row[0])).toEqual(fiscalYears('PER').map(t.flows.fiscalYear));
    for (const [index, year] of fiscalYears('PER').entries()) {
      expect(border[index]![1]).toBe(count(encountersIn(year, 'PER'), locale));
      expect(border[index]![2] === '').toBe(wholeFiscalYear(year, 'PER'));
    }
    const encountered = figure(html, 'us-border-encounters');
    expect(encountered.value).toBe(encountersIn(latestWholeFiscalYear('PER'), 'PER'));
    expect(encountered.html).toContain(t.flows.encounters.events);
  });

  it('counts the deportees Peru receives from the US, with what ICE counts as a removal', () => {
    const years = removalYears('PER');
    const [previous, latest] = years.slice(-2) as [number, number];
    const removed = figure(html, 'us-removals');
    expect(removed.value).toBe(removalsIn(latest, 'PER'));
    expect(removed.html).toContain(count(removalsIn(previous, 'PER'), locale));
    expect(removed.html).toContain(t.flows.removals.whatCounts);
    expect(chartTable(html, 'chart-removals')).toEqual(
      years.map((year) => [t.flows.fiscalYear(year), count(removalsIn(year, 'PER'), locale)]),
    );
  });
});

describe('country profiles', () => {
  it('give Mexico its remittances, net migration, US border encounters and removals, from the tables', () => {
    const html = readPage(countryPage('MEX', 'en'));
    const received = remittances.filter((row) => row.iso3 === 'MEX' && Number(row.received_usd) > 0).at(-1)!;
    expect(figure(html, 'remittances-received').value).toBe(Number(received.received_usd));
    expect(figure(html, 'net-migration').value).toBe(netOf('MEX').at(-1)!.net);
    expect(figure(html, 'us-border-encounters').value).toBe(
      encountersIn(latestWholeFiscalYear('MEX'), 'MEX'),
    );
    expect(figure(html, 'us-removals').value).toBe(removalsIn(removalYears('MEX').at(-1)!, 'MEX'));
  });

  it("give Venezuela its nationals' Darién crossings and say its zero remittances are not reported", () => {
    const html = readPage(countryPage('VEN', 'es'));
    const t = strings('es');
    expect(figure(html, 'darien-nationals').value).toBe(darienYear(latestWholeDarienYear, 'VEN'));
    const zeros = remittances
      .filter((row) => row.iso3 === 'VEN' && row.received_usd === '0')
      .map((row) => row.year);
    const rows = chartTable(html, 'chart-remittances');
    for (const year of zeros) expect(rows.find((row) => row[0] === year)![1]).toBe(t.flows.notReported);
    // The latest received figure is the latest year with a figure, not a zero.
    const received = remittances.filter((row) => row.iso3 === 'VEN' && Number(row.received_usd) > 0).at(-1)!;
    expect(figure(html, 'remittances-received').value).toBe(Number(received.received_usd));
  });

  it('chart the larger remittance flow: received for Peru, paid abroad for the United States', () => {
    // The latest year whose row reports both flows (a 0 is not reported), read from the table.
    const larger = (iso3: string) => {
      const both = remittances
        .filter((row) => row.iso3 === iso3 && Number(row.received_usd) > 0 && Number(row.paid_usd) > 0)
        .sort((a, b) => Number(a.year) - Number(b.year))
        .at(-1)!;
      return Number(both.paid_usd) > Number(both.received_usd) ? 'paid' : 'received';
    };
    expect(larger('PER')).toBe('received');
    expect(larger('USA')).toBe('paid');
    for (const iso3 of ['PER', 'USA']) {
      const flow = larger(iso3);
      const column = flow === 'received' ? 'received_usd' : 'paid_usd';
      const years = remittances
        .filter((row) => row.iso3 === iso3)
        .map((row) => Number(row.year))
        .sort((a, b) => a - b);
      const reported = remittances
        .filter((row) => row.iso3 === iso3 && Number(row[column]) > 0)
        .sort((a, b) => Number(a.year) - Number(b.year));
      const html = readPage(iso3 === 'PER' ? localePath('en', '') : countryPage(iso3, 'en'));
      const t = strings('en').flows.remittances;
      const name = iso3 === 'PER' ? 'Peru' : countryName(iso3, 'en');
      const chart = html.match(/<figure[^>]*id="chart-remittances"[\s\S]*?<\/figure>/)![0];
      expect(chart).toContain(t.chartTitle[flow](name, years[0]!, years.at(-1)!));
      // One column per year that reports that flow.
      const columns = [...chart.matchAll(/<path class="column[^"]*" d="([^"]*)"/g)]
        .map((path) => path[1]!.split('z').length - 1)
        .reduce((a, b) => a + b, 0);
      expect(columns).toBe(reported.length);
    }
  });

  it('give a country one line for a table that has no row for it, and no empty chart', () => {
    // Germany, in Portuguese: in ICE's tables, not among the citizenships CBP names apart.
    const html = readPage(countryPage('DEU', 'pt'));
    const t = strings('pt');
    if (encounters.some((row) => row.citizenship === 'DEU')) {
      expect(figure(html, 'us-border-encounters').value).toBe(
        encountersIn(latestWholeFiscalYear('DEU'), 'DEU'),
      );
    } else {
      expect(html).toContain(t.flows.encounters.none(countryName('DEU', 'pt')));
      expect(html).not.toContain('id="chart-us-border"');
    }
    expect(figure(html, 'us-removals').value).toBe(removalsIn(removalYears('DEU').at(-1)!, 'DEU'));
    // A country or area of UN DESA's net migration without remittances from the World Bank.
    const territory = netMigration.find(
      (row) => !remittances.some((other) => other.iso3 === row.iso3),
    )!.iso3!;
    const page = readPage(countryPage(territory, 'en'));
    expect(page).toContain(strings('en').flows.remittances.none(countryName(territory, 'en')));
    expect(page).not.toContain('id="chart-remittances"');
  });

  it("offer each country's flow rows in one download, every row of every table, with its source", () => {
    const csv = parseCsv(readFileSync('dist/data/countries/per-flows.csv', 'utf8')).map(({ cells }) => cells);
    const of = (dataset: string, indicator: string) =>
      csv.filter((row) => row.dataset === dataset && row.indicator === indicator);
    expect(of('wpp2024-net-migration', 'net_migrants')).toHaveLength(netOf('PER').length);
    expect(of('ice-removals', 'us_removals').map((row) => Number(row.value))).toEqual(
      removals.filter((row) => row.citizenship_iso3 === 'PER').map((row) => Number(row.removals)),
    );
    expect(of('panama-darien-transit', 'darien_crossings')).toHaveLength(
      darien.filter((row) => row.nationality === 'PER').length,
    );
    const paid = of('wdi-remittances', 'remittances_paid');
    expect(paid.filter((row) => row.value === '0').every((row) => row.note!.includes('not reported'))).toBe(
      true,
    );
    expect(csv.every((row) => row.source && row.edition && row.licence)).toBe(true);
  });
});

describe('the index of countries', () => {
  it.each(LOCALES)(
    'maps every country’s latest net migration rate, each a link to its profile (%s)',
    (locale) => {
      const html = readPage(localePath(locale, countriesIndexPath(locale)));
      const latest = Math.max(...netMigration.map((row) => Number(row.year)));
      const rows = netMigration.filter((row) => Number(row.year) === latest);
      const links = [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)" data-iso3="([A-Z]{3})">/g)];
      const byCode = new Map(links.map((link) => [link[3]!, { href: link[1]!, label: link[2]! }]));
      for (const row of rows.filter((each) => byCode.has(each.iso3!))) {
        const link = byCode.get(row.iso3!)!;
        expect(link.href).toBe(countryPage(row.iso3!, locale));
        expect(link.label).toContain(signed(Number(row.net_migrants), locale));
      }
      // Every country of the table drawn at this scale is on the map; the table lists them all.
      expect(
        [...byCode.keys()].filter((code) => rows.some((row) => row.iso3 === code)).length,
      ).toBeGreaterThan(190);
      const table = html.match(/<table class="map-table">[\s\S]*?<\/table>/)![0];
      expect([...table.matchAll(/<tr data-iso3=/g)]).toHaveLength(rows.length);
    },
  );
});
