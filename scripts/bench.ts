/**
 * `npm run bench` (first part): the byte budget of every built page (run `npm run build` first).
 * Brotli at quality 11, as a CDN serves static files, counting what a visitor downloads for the page:
 * its HTML (inline CSS and scripts included) and each stylesheet and script it links. Sizes are
 * deterministic, so they are printed and checked against the budgets here rather than timed in tests.
 *
 *   any page          ≤ 44 KB brotli (HTML + CSS + JS). Every page is measured, not a sample: the
 *                     heaviest are the profiles (Peru's, with its map, charts and the flow sections;
 *                     the United States', whose map names every country)
 *   map JS            ≤ 3.25 KB brotli, on every page that carries the map
 *
 * It prints the heaviest page of each template (profile, country profile, embed, news item, list
 * page…) with its parts, and names every page over budget at the end (exit status 1). Pass paths
 * under dist/ to measure only those pages.
 *
 * The browser editor (/admin/, src/admin/) is not a page of the site: a tool for editors, which loads
 * Sveltia CMS (a 2.2 MB script, 500 KB brotli with its page, and more files as it needs them). It is left
 * out here by its path, explicitly, and its weight is reported apart, never against the budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const KB = 1024;
const BUDGET = { page: 44 * KB, mapJs: 3.25 * KB };

const compress = promisify(brotliCompress);
const brotli = async (text: string) =>
  (await compress(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
const readDist = (path: string) => readFileSync(join('dist', path), 'utf8');

/** The browser editor's folder under dist/: outside the pages' budget (see above). */
const EDITOR_FOLDER = 'admin';

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === join('dist', EDITOR_FOLDER) ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [relative('dist', path)] : [];
  });
}

/** Which template a page is built from, by its path (every edition's word for countries). */
function templateOf(page: string): string {
  const path = page.replace(/^(en|pt)\//, '');
  if (path === 'index.html') return 'profile';
  if (/^(paises|countries)\/index\.html$/.test(path)) return 'index of countries';
  if (/^(paises|countries)\//.test(path)) return 'country profile';
  if (path.startsWith('embed/')) return 'embed';
  if (/^news\/(tags|countries|years|page)\//.test(path)) return 'news list';
  if (path === 'news/index.html') return 'news list';
  if (path.startsWith('news/')) return 'news item';
  return path.replace(/\/?index\.html$/, '') || path;
}

interface Measured {
  page: string;
  total: number;
  /** The map's script, on a page with the map. */
  mapJs?: number;
}

/** Each linked stylesheet and script, compressed once: every page links the same few files. */
const linked = new Map<string, Promise<number>>();
const linkedSize = (path: string) => {
  let size = linked.get(path);
  if (!size) linked.set(path, (size = brotli(readDist(path))));
  return size;
};
const linksOf = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
const STYLESHEETS = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g;
const SCRIPTS = /<script[^>]+src="([^"]+)"/g;
const MAP = /<svg[^>]*class="map"[\s\S]*?<\/svg>/;

/** A page as served: its HTML compressed, plus each file it links. */
async function measure(page: string): Promise<Measured> {
  const html = readDist(page);
  const sizes = await Promise.all([
    brotli(html),
    ...linksOf(html, STYLESHEETS).map(linkedSize),
    ...linksOf(html, SCRIPTS).map(linkedSize),
  ]);
  const total = sizes.reduce((a, b) => a + b);
  return { page, total, ...(MAP.test(html) ? { mapJs: await scriptsOf(html) } : {}) };
}

/** The page's scripts, linked and inline (not its data), compressed together. */
function scriptsOf(html: string): Promise<number> {
  const inline = [
    ...html.matchAll(/<script(?![^>]*(?:src=|application\/json|ld\+json))[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((match) => match[1])
    .join('');
  return brotli(linksOf(html, SCRIPTS).map(readDist).join('') + inline);
}

/** The parts of a page, each compressed on its own: where its weight is. */
async function parts(page: string): Promise<Record<string, number>> {
  const html = readDist(page);
  const svg = html.match(MAP)?.[0] ?? '';
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
  const rest = html.replace(svg, '').replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  const [mapSvg, restOfHtml, css, js] = await Promise.all([
    brotli(svg),
    brotli(rest),
    brotli(inlineCss + linksOf(html, STYLESHEETS).map(readDist).join('')),
    scriptsOf(html),
  ]);
  return { 'map SVG': mapSvg, 'rest of HTML': restOfHtml, CSS: css, JS: js };
}

const pages = process.argv.slice(2).length ? process.argv.slice(2) : htmlFiles('dist').sort();
const measured: Measured[] = [];
// A few pages at a time: brotli at quality 11 runs on libuv's threads.
for (let index = 0; index < pages.length; index += 8) {
  measured.push(...(await Promise.all(pages.slice(index, index + 8).map(measure))));
}

const heaviest = new Map<string, Measured>();
for (const entry of measured) {
  const template = templateOf(entry.page);
  if ((heaviest.get(template)?.total ?? -1) < entry.total) heaviest.set(template, entry);
}
console.log(`${measured.length} pages measured; the heaviest of each template:`);
for (const [template, entry] of [...heaviest].sort((a, b) => b[1].total - a[1].total)) {
  console.log(`\n${template}: ${entry.page}`);
  for (const [name, size] of Object.entries(await parts(entry.page)))
    console.log(`  ${name.padEnd(14)} ${kb(size).padStart(9)}`);
  console.log(`  ${'total'.padEnd(14)} ${kb(entry.total).padStart(9)}   budget ${kb(BUDGET.page)}`);
}

const failures = [
  ...measured
    .filter((entry) => entry.total > BUDGET.page)
    .map((entry) => `${entry.page}: ${kb(entry.total)}, over the page budget of ${kb(BUDGET.page)}`),
  ...measured
    .filter((entry) => entry.mapJs !== undefined && entry.mapJs > BUDGET.mapJs)
    .map((entry) => `${entry.page}: map JS ${kb(entry.mapJs!)}, over its budget of ${kb(BUDGET.mapJs)}`),
];
const editorPage = join(EDITOR_FOLDER, 'index.html');
if (process.argv.length === 2 && existsSync(join('dist', editorPage))) {
  const editor = await measure(editorPage);
  console.log(
    `\nthe browser editor, /${EDITOR_FOLDER}/ (not a page of the site, outside the budget): ${kb(editor.total)}`,
  );
}

const mapJs = Math.max(...measured.map((entry) => entry.mapJs ?? 0));
console.log(`\nmap JS (largest on any page with the map): ${kb(mapJs)}   budget ${kb(BUDGET.mapJs)}`);
if (failures.length > 0) {
  console.error(`\n✗ ${failures.length} size budget${failures.length === 1 ? '' : 's'} missed:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`\n✓ every page is within its budget`);
