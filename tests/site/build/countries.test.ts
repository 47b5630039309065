/**
 * The country profiles as built: their figures equal the world tables' rows (read here straight from
 * the CSV files, not through the site's shaping) in every edition; every profile is reachable from
 * its edition's index; Peru's map table links to them; they are in the sitemap and the search index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';
import { countryName } from '../../../src/countries/names.ts';
import { countriesIndexPath, countryPath } from '../../../src/countries/paths.ts';
import { slugify } from '../../../src/countries/slugs.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { builtPages, isCountryPage, mapPayload, readPage } from '../support/site.ts';
import { variantRoot } from '../support/variant.ts';
import { SAMPLE_COUNTRIES } from '../support/world-sample.ts';

const corridors = parseCsv(readFileSync('content/data/world/undesa-ims2024-corridors.csv', 'utf8')).map(
  ({ cells }) => cells,
);
const unhcr = parseCsv(readFileSync('content/data/world/unhcr-population.csv', 'utf8')).map(
  ({ cells }) => cells,
);
const num = (cell: string | undefined) => Number(cell || 0);

/** A direction's 2024 total and women, from the CSV: immigrants its WLD row, emigrants the sum of its rows as origin. */
function totals(iso3: string, year: number) {
  const wld = corridors.find(
    (row) => row.destination === iso3 && row.origin === 'WLD' && num(row.year) === year,
  )!;
  const abroad = corridors.filter((row) => row.origin === iso3 && num(row.year) === year);
  return {
    immigrants: { count: num(wld.count), female: num(wld.female) },
    emigrants: {
      count: abroad.reduce((sum, row) => sum + num(row.count), 0),
      female: abroad.reduce((sum, row) => sum + num(row.female), 0),
    },
  };
}

/** UNHCR's latest year with the country as host (every other origin), the three categories together. */
function hosted(iso3: string) {
  const rows = unhcr.filter((row) => row.coa_iso === iso3 && row.coo_iso !== iso3);
  const year = Math.max(...rows.map((row) => num(row.year)));
  const total = rows
    .filter((row) => num(row.year) === year)
    .reduce((sum, row) => sum + num(row.refugees) + num(row.asylum_seekers) + num(row.oip), 0);
  return { year, total };
}

const page = (iso3: string, locale: (typeof LOCALES)[number]) =>
  localePath(locale, countryPath(locale, slugify(countryName(iso3, locale))));

/** The `<data value>` of the headline figure `name` (`stock-total-emigrants`…) on a page. */
function figureValue(html: string, name: string): number {
  const article = html.match(new RegExp(`data-figure="${name}"[\\s\\S]*?</article>`))?.[0];
  if (!article) throw new Error(`no figure ${name}`);
  return Number(article.match(/<data value="(\d+)">/)![1]);
}

describe.each(['CHL', 'DEU', 'JPN'])('the profile of %s', (iso3) => {
  const expected = totals(iso3, 2024);
  const before = totals(iso3, 2020);
  const host = hosted(iso3);

  it.each(LOCALES)('in the %s edition shows the tables’ 2024 totals, and their map', (locale) => {
    const html = readPage(page(iso3, locale));
    expect(figureValue(html, 'stock-total-emigrants')).toBe(expected.emigrants.count);
    expect(figureValue(html, 'stock-total-immigrants')).toBe(expected.immigrants.count);
    expect(figureValue(html, 'protection-hosted')).toBe(host.total);
    // The 2020 point the change is computed from.
    expect(html).toContain(
      `(${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale === 'pt' ? 'pt-BR' : 'es').format(before.immigrants.count)})`,
    );
    // The map: its home is the country, its 2024 views total what the table says.
    const payload = mapPayload(html);
    expect(html).toContain(`<world-map data-home="${iso3}">`);
    const view = (direction: string) =>
      payload.views.find((v) => v.direction === direction && v.year === 2024)!;
    expect(view('immigrants').total).toBe(expected.immigrants.count);
    expect(view('emigrants').total).toBe(expected.emigrants.count);
    // Each source line names the source, its edition and year.
    expect(html).toContain('International Migrant Stock 2024');
    expect(html).toContain('Refugee Population Statistics Database');
  });

  it("offers its rows to download, equal to the tables' rows", () => {
    const rows = parseCsv(readFileSync(`dist/data/countries/${iso3.toLowerCase()}.csv`, 'utf8')).map(
      ({ cells }) => cells,
    );
    const immigrants = corridors.filter((row) => row.destination === iso3);
    const emigrants = corridors.filter((row) => row.origin === iso3);
    // Every corridor row, plus one WLD total of emigrants per year.
    expect(rows).toHaveLength(immigrants.length + emigrants.length + 8);
    const key = (direction: string, code: string, year: string, count: string) =>
      `${direction}|${code}|${year}|${count}`;
    const got = new Set(rows.map((row) => key(row.direction!, row.iso3!, row.year!, row.count!)));
    for (const row of immigrants)
      expect(got).toContain(key('immigrants', row.origin!, row.year!, String(num(row.count))));
    for (const row of emigrants)
      expect(got).toContain(key('emigrants', row.destination!, row.year!, row.count!));
    expect(got).toContain(key('emigrants', 'WLD', '2024', String(expected.emigrants.count)));
    expect(rows.every((row) => row.source!.includes('International Migrant Stock 2024'))).toBe(true);
  });
});

describe('the index of countries', () => {
  const pages = builtPages();

  it.each(LOCALES)(
    'in the %s edition links to every country profile of the edition, and to no other',
    (locale) => {
      const index = readPage(localePath(locale, countriesIndexPath(locale)));
      const lists = [...index.matchAll(/<ul class="country-list">([\s\S]*?)<\/ul>/g)]
        .map((match) => match[1]!)
        .join('');
      const linked = [...lists.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]!).sort();
      const own = pages.filter(
        (path) => isCountryPage(path) && path.startsWith(localePath(locale, countriesIndexPath(locale))),
      );
      expect(own.length).toBeGreaterThanOrEqual(249);
      expect(linked).toEqual(own.sort());
    },
  );

  it('groups countries by UN M49 region, named in the edition’s language, with the filter’s label', () => {
    const index = readPage('/en/countries/');
    for (const region of ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'])
      expect(index).toContain(`>${region}</h2>`);
    expect(index).toMatch(/<label for="country-filter-input">Find a country<\/label>/);
    expect(readPage('/paises/')).toContain('>América</h2>');
  });

  it('a country without rows says so', () => {
    expect(readPage('/en/countries/antarctica/')).toContain(
      'Antarctica: UN DESA’s migrant stock tables and UNHCR’s population table have no rows for this place',
    );
  });
});

describe('links to the profiles', () => {
  it.each(LOCALES)("Peru's map table in the %s edition links each country to its profile", (locale) => {
    const html = readPage(localePath(locale, ''));
    expect(html).toContain(`class="row-profile" href="${page('CHL', locale)}"`);
    expect(mapPayload(html).profiles?.slugs.CHL).toBe(slugify(countryName('CHL', locale)));
  });

  it('the profile of Peru links to the curated profile', () => {
    expect(readPage('/en/countries/peru/')).toContain('<a href="/en/">');
  });

  it('pairs a country across editions with hreflang links', () => {
    const html = readPage('/en/countries/germany/');
    expect(html).toContain('hreflang="es" href="https://peru-migration-profile.example/paises/alemania/"');
    expect(html).toContain('hreflang="pt" href="https://peru-migration-profile.example/pt/paises/alemanha/"');
    expect(readPage('/pt/paises/')).toContain(
      'hreflang="en" href="https://peru-migration-profile.example/en/countries/"',
    );
  });

  it('lists every country profile in the sitemap', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    for (const path of builtPages().filter(isCountryPage)) expect(sitemap).toContain(`${path}</loc>`);
  });

  it('indexes every country profile for search, in every edition', () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const countries = builtPages().filter(
      (path) => path.startsWith('/en/countries/') && isCountryPage(path),
    ).length;
    for (const tag of ['es', 'en', 'pt']) expect(entry.languages[tag]!.page_count).toBeGreaterThan(countries);
  });
});

describe('a copy of the project built from another folder (the variant site)', () => {
  it('has the profiles of its own world tables, not those of the folder it was built from', () => {
    const dist = join(variantRoot(), 'dist');
    const profiles = (readdirSync(dist, { recursive: true }) as string[])
      .map((file) => `/${file.split('\\').join('/')}`)
      .filter((file) => file.endsWith('/index.html'))
      .map((file) => file.slice(0, -'index.html'.length))
      .filter(isCountryPage);
    const expected = LOCALES.flatMap((locale) =>
      SAMPLE_COUNTRIES.map((iso3) =>
        localePath(locale, countryPath(locale, slugify(countryName(iso3, locale)))),
      ),
    );
    expect(profiles.sort()).toEqual(expected.sort());
  });
});

describe('the trend chart of a profile', () => {
  it("names Chile's lines in a legend, its long label having no clear place beside the lines on a phone", () => {
    const html = readPage('/en/countries/chile/');
    const legend = html.match(/<ul class="chart-legend[^"]*"[^>]*>([\s\S]*?)<\/ul>/)?.[1] ?? '';
    expect(legend).toContain('Born in the country, living abroad');
    expect(legend).toContain('Immigrants in the country');
    expect(html).toContain('Chile: emigrants and immigrants, 1990–2024');
    expect(html).not.toContain('class="line-label"');
  });

  it("labels Peru's lines directly, on its profile", () => {
    for (const locale of LOCALES) {
      expect(readPage(localePath(locale, '')).match(/class="line-label"/g)).toHaveLength(2);
    }
  });
});

describe('the words of a profile', () => {
  // Portuguese writes most countries with an article that contracts with the preposition before it
  // (no Brasil, na Alemanha, nos Estados Unidos), and English some (in the United States): no table
  // of articles says which, so a profile names its country before a colon or as "the country",
  // never after a preposition.
  const prepositions: Record<string, readonly string[]> = {
    en: ['in', 'from', 'for', 'of'],
    es: ['en', 'de', 'para'],
    pt: ['em', 'de', 'para'],
  };
  it.each([
    ['en', 'USA'],
    ['en', 'NLD'],
    ['pt', 'USA'],
    ['pt', 'BRA'],
    ['pt', 'DEU'],
    ['es', 'USA'],
  ] as const)('%s profile of %s puts no preposition before the country’s name', (locale, iso3) => {
    const name = countryName(iso3, locale);
    const text = readPage(localePath(locale, countryPath(locale, slugify(name))))
      .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    for (const word of prepositions[locale]!)
      expect(text, `${word} ${name}`).not.toMatch(new RegExp(`\\b${word} ${name}\\b`, 'i'));
  });
});
