/**
 * `npm run bench`: byte budgets of the built profile page (run `npm run build` first).
 * Brotli at quality 11, as a CDN serves static files. Sizes are deterministic, so they are printed
 * and checked against the budgets here rather than timed in tests.
 *
 *   map JS            ≤  2 KB brotli
 *   profile page      ≤ 30 KB brotli (HTML + CSS + JS, map included)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const BUDGET = { mapJs: 2 * 1024, page: 30 * 1024 };
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index.html', 'en/index.html'];

const brotli = (text: string) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let failed = false;
for (const page of pages) {
  const html = readFileSync(join('dist', page), 'utf8');
  const svg = html.match(/<svg[^>]*class="map"[\s\S]*?<\/svg>/)?.[0] ?? '';
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((match) => readFileSync(join('dist', match[1]!), 'utf8'))
    .join('');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)]
    .map((match) => readFileSync(join('dist', match[1]!), 'utf8'))
    .join('');
  const inlineJs = [
    ...html.matchAll(/<script(?![^>]*(?:src=|application\/json|ld\+json))[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((match) => match[1])
    .join('');
  const rest = html.replace(svg, '').replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  const js = scripts + inlineJs;
  const parts = {
    'map SVG': brotli(svg),
    'rest of HTML': brotli(rest),
    CSS: brotli(inlineCss + linkedCss),
    JS: brotli(js),
  };
  // Compressed as one response (HTML with inline CSS) plus the script file, as served.
  const total = brotli(html) + brotli(linkedCss) + brotli(scripts);
  console.log(`\n${page}  (raw ${kb(html.length)} HTML)`);
  for (const [name, size] of Object.entries(parts))
    console.log(`  ${name.padEnd(14)} ${kb(size).padStart(9)}`);
  console.log(
    `  ${'total'.padEnd(14)} ${kb(total).padStart(9)}   budget ${kb(BUDGET.page)}  ${total <= BUDGET.page ? 'ok' : 'OVER'}`,
  );
  console.log(
    `  ${'map JS'.padEnd(14)} ${kb(parts.JS).padStart(9)}   budget ${kb(BUDGET.mapJs)}  ${parts.JS <= BUDGET.mapJs ? 'ok' : 'OVER'}`,
  );
  if (total > BUDGET.page || parts.JS > BUDGET.mapJs) failed = true;
}
process.exit(failed ? 1 : 0);
