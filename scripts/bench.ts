/**
 * `npm run bench` (first part): byte budgets of the built profile pages (run `npm run build` first).
 * Brotli at quality 11, as a CDN serves static files. Sizes are deterministic, so they are printed
 * and checked against the budgets here rather than timed in tests. Every figure is printed with its
 * budget; a figure over budget is named again at the end, and the exit status is 1.
 *
 *   map JS            ≤ 3.25 KB brotli (2.5 KB until the map kept its state in links, and gained
 *                     the copy-link button and the embed code: +0.6 KB)
 *   profile page      ≤ 37 KB brotli (HTML + CSS + JS, map and charts included; 36 KB until each
 *                     figure gained its embed code and picture downloads and the page its citation)
 *
 *   country page      ≤ 40 KB brotli (a country's data profile: figures, chart, its own map, downloads)
 *
 * The map's embed page, in every edition, is measured against the same budgets: an embed is as light
 * as the profile. Three country profiles (Chile, Germany, Japan), in every edition, are measured
 * against the country page's budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { LOCALES, localePath } from '../src/i18n/languages.ts';
import { embedPath } from '../src/profile/embeds.ts';
import { countryName } from '../src/countries/names.ts';
import { countryPath } from '../src/countries/paths.ts';
import { slugify } from '../src/countries/slugs.ts';

const KB = 1024;
const BUDGET = { mapJs: 3.25 * KB, page: 37 * KB, countryPage: 40 * KB };
/** The country profiles measured, in every edition. */
const COUNTRIES = ['CHL', 'DEU', 'JPN'];
const countryPages = COUNTRIES.flatMap((code) =>
  LOCALES.map(
    (locale) =>
      `${localePath(locale, countryPath(locale, slugify(countryName(code, locale)))).slice(1)}index.html`,
  ),
);
// Every edition's profile (`index.html`, `en/index.html`…), then every edition's map embed.
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      ...['', embedPath('map')].flatMap((path) =>
        LOCALES.map((locale) => `${localePath(locale, path).slice(1)}index.html`),
      ),
      ...countryPages,
    ];

const brotli = (text: string) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
const readDist = (path: string) => readFileSync(join('dist', path), 'utf8');

/** The parts of a built page, each compressed on its own, and the page as served. */
function measure(html: string) {
  const svg = html.match(/<svg[^>]*class="map"[\s\S]*?<\/svg>/)?.[0] ?? '';
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((match) => readDist(match[1]!))
    .join('');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)]
    .map((match) => readDist(match[1]!))
    .join('');
  const inlineJs = [
    ...html.matchAll(/<script(?![^>]*(?:src=|application\/json|ld\+json))[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((match) => match[1])
    .join('');
  const rest = html.replace(svg, '').replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  return {
    parts: {
      'map SVG': brotli(svg),
      'rest of HTML': brotli(rest),
      CSS: brotli(inlineCss + linkedCss),
      JS: brotli(scripts + inlineJs),
    },
    // Compressed as served: one response (HTML with inline CSS) plus each linked file.
    total: brotli(html) + brotli(linkedCss) + brotli(scripts),
  };
}

const failures: string[] = [];
for (const page of pages) {
  const html = readDist(page);
  const { parts, total } = measure(html);
  console.log(`\n${page}  (raw ${kb(html.length)} HTML)`);
  for (const [name, size] of Object.entries(parts))
    console.log(`  ${name.padEnd(14)} ${kb(size).padStart(9)}`);
  for (const [name, size, budget] of [
    ['total', total, countryPages.includes(page) ? BUDGET.countryPage : BUDGET.page],
    ['map JS', parts.JS, BUDGET.mapJs],
  ] as const) {
    const ok = size <= budget;
    console.log(`  ${name.padEnd(14)} ${kb(size).padStart(9)}   budget ${kb(budget)}  ${ok ? 'ok' : 'OVER'}`);
    if (!ok) failures.push(`${page}: ${name} is ${kb(size)}, over its budget of ${kb(budget)}`);
  }
}
if (failures.length > 0) {
  console.error(`\n✗ ${failures.length} size budget${failures.length === 1 ? '' : 's'} missed:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log('\n✓ every size is within its budget');
