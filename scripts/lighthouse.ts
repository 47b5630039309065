/**
 * `npm run bench` (second part): Lighthouse (mobile, Debian's Chromium) on the built profile page of
 * each edition, served from dist/ on 127.0.0.1 as a CDN serves it (compressed), five runs each. Prints
 * every run, then the medians, and judges the medians by what a busy 2-core machine can hold:
 * performance ≥ 98, accessibility, best practices and SEO 100, Total Blocking Time ≤ 50 ms,
 * Cumulative Layout Shift 0. A missed threshold is named at the end and the exit status is 1.
 *
 * `--baseline <dir>` measures another build too (a build of main, say), its runs taking turns with
 * this one's so that both see the same machine, and also fails when a median performance score is
 * lower than the baseline's, or a median blocking time higher than both the baseline's and the
 * threshold.
 *
 * Lighthouse's simulated throttling turns this machine's noise into milliseconds of blocking time,
 * which is why single runs are never judged: on a quiet machine every run scores 100 with 0 ms.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { LOCALES, localePath } from '../src/i18n/languages.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/serve.ts';

const RUNS = 5;
/** The least median score of each category, and the most median blocking time and layout shift. */
const THRESHOLDS = {
  scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as Record<string, number>,
  tbtMs: 50,
  cls: 0,
};

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const args = process.argv.slice(2);
const at = args.indexOf('--baseline');
const baseline = at >= 0 ? args[at + 1] : undefined;
if (at >= 0 && !baseline) throw new Error('--baseline needs the folder of the other build');
const paths = args.filter((_, index) => at < 0 || (index !== at && index !== at + 1));
if (paths.length === 0) paths.push(...LOCALES.map((locale) => localePath(locale, '')));

/** The sites measured: this build, and the baseline's when given. */
const sites: { name: string; server: StaticServer }[] = [{ name: 'dist', server: await serveDist() }];
if (baseline) sites.push({ name: baseline, server: await serveDist(baseline) });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

/** The medians of a site's runs on a page, printed with every run. */
function report(name: string, path: string, runs: readonly Result[]) {
  console.log(`\nLighthouse ${runs[0]!.lighthouseVersion}, mobile: ${name} ${path} (${runs.length} runs)`);
  const scores: Record<string, number> = {};
  for (const [id, least] of Object.entries(THRESHOLDS.scores)) {
    const each = runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    scores[id] = median(each);
    console.log(
      `  ${id.padEnd(16)} median ${String(scores[id]).padStart(3)}   runs ${each.join(', ')}   (≥ ${least})`,
    );
  }
  const tbt = runs.map((lhr) => Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN));
  console.log(
    `  ${'TBT'.padEnd(16)} median ${median(tbt)} ms   runs ${tbt.join(', ')} ms   (≤ ${THRESHOLDS.tbtMs} ms)`,
  );
  const cls = runs.map((lhr) => lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
  console.log(
    `  ${'CLS'.padEnd(16)} median ${median(cls).toFixed(3)}   runs ${cls.map((v) => v.toFixed(3)).join(', ')}   (≤ ${THRESHOLDS.cls})`,
  );
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'speed-index']) {
    const values = runs.map((lhr) => Math.round(lhr.audits[id]?.numericValue ?? NaN));
    console.log(`  ${id.padEnd(24)} median ${median(values)} ms   runs ${values.join(', ')} ms`);
  }
  // Audits that failed in any run, by name: what to look at when a score drops.
  const failing = new Set(
    runs.flatMap((lhr) =>
      Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => `${audit.id}: ${audit.title}`),
    ),
  );
  for (const audit of failing) console.log(`  ✗ ${audit}`);
  return { scores, tbt: median(tbt), cls: median(cls) };
}

const failures: string[] = [];
try {
  for (const path of paths) {
    const runs = new Map(sites.map((site) => [site.name, [] as Result[]]));
    for (let run = 0; run < RUNS; run++) {
      for (const site of sites) {
        const result = await lighthouse(`${site.server.origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(THRESHOLDS.scores),
        });
        // A run that failed to load the page (no blocking time measured) is left out, not counted as 0.
        if (result && Number.isFinite(result.lhr.audits['total-blocking-time']?.numericValue))
          runs.get(site.name)!.push(result.lhr);
      }
    }
    for (const [name, list] of runs)
      if (list.length === 0) throw new Error(`Lighthouse could not measure ${name} ${path}`);
    const ours = report('dist', path, runs.get('dist')!);
    for (const [id, least] of Object.entries(THRESHOLDS.scores)) {
      if (ours.scores[id]! < least)
        failures.push(`${path}: median ${id} score ${ours.scores[id]}, below ${least}`);
    }
    if (ours.tbt > THRESHOLDS.tbtMs)
      failures.push(`${path}: median Total Blocking Time ${ours.tbt} ms, over ${THRESHOLDS.tbtMs} ms`);
    if (!(ours.cls <= THRESHOLDS.cls))
      failures.push(`${path}: median Cumulative Layout Shift ${ours.cls.toFixed(3)}, over ${THRESHOLDS.cls}`);
    if (baseline) {
      const theirs = report(baseline, path, runs.get(baseline)!);
      console.log(
        `  dist against ${baseline}: performance ${ours.scores.performance} vs ${theirs.scores.performance}, TBT ${ours.tbt} vs ${theirs.tbt} ms`,
      );
      if (ours.scores.performance! < theirs.scores.performance!)
        failures.push(
          `${path}: median performance ${ours.scores.performance}, below the baseline's ${theirs.scores.performance}`,
        );
      if (ours.tbt > Math.max(theirs.tbt, THRESHOLDS.tbtMs))
        failures.push(
          `${path}: median Total Blocking Time ${ours.tbt} ms, over the baseline's ${theirs.tbt} ms`,
        );
    }
  }
} finally {
  chrome.kill();
  await Promise.all(sites.map((site) => site.server.close()));
}
if (failures.length > 0) {
  console.error(`\n✗ ${failures.length} Lighthouse threshold${failures.length === 1 ? '' : 's'} missed:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log('\n✓ every Lighthouse median meets its threshold');
