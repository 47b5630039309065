/**
 * `npm run bench` (second part): Lighthouse (mobile, Debian's Chromium) on the built profile page of
 * each edition, served from dist/ on 127.0.0.1, five runs each. Prints every run, then the medians,
 * and judges the medians by what a busy 2-core machine can hold: performance ≥ 98, accessibility,
 * best practices and SEO 100, Total Blocking Time ≤ 50 ms, Cumulative Layout Shift 0. A missed
 * threshold is named at the end and the exit status is 1.
 *
 * Lighthouse's simulated throttling turns this machine's noise into milliseconds of blocking time,
 * which is why single runs are never judged: on a quiet machine every run scores 100 with 0 ms.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { LOCALES, localePath } from '../src/i18n/languages.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './support/browser.ts';
import { serveDist } from './support/serve.ts';

const RUNS = 5;
/** The least median score of each category, and the most median blocking time and layout shift. */
const THRESHOLDS = {
  scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as Record<string, number>,
  tbtMs: 50,
  cls: 0,
};

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : LOCALES.map((locale) => localePath(locale, ''));
const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const failures: string[] = [];
try {
  for (const path of paths) {
    const runs: Result[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(THRESHOLDS.scores),
      });
      // A run that failed to load the page (no blocking time measured) is left out, not counted as 0.
      if (result && Number.isFinite(result.lhr.audits['total-blocking-time']?.numericValue))
        runs.push(result.lhr);
    }
    if (runs.length === 0) throw new Error(`Lighthouse could not measure ${path}`);
    console.log(`\nLighthouse ${runs[0]!.lighthouseVersion}, mobile: ${path} (${runs.length} runs)`);
    for (const [id, least] of Object.entries(THRESHOLDS.scores)) {
      const scores = runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
      const value = median(scores);
      console.log(
        `  ${id.padEnd(16)} median ${String(value).padStart(3)}   runs ${scores.join(', ')}   (≥ ${least})`,
      );
      if (value < least) failures.push(`${path}: median ${id} score ${value}, below ${least}`);
    }
    const tbt = runs.map((lhr) => Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN));
    console.log(
      `  ${'TBT'.padEnd(16)} median ${median(tbt)} ms   runs ${tbt.join(', ')} ms   (≤ ${THRESHOLDS.tbtMs} ms)`,
    );
    if (median(tbt) > THRESHOLDS.tbtMs)
      failures.push(`${path}: median Total Blocking Time ${median(tbt)} ms, over ${THRESHOLDS.tbtMs} ms`);
    const cls = runs.map((lhr) => lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
    console.log(
      `  ${'CLS'.padEnd(16)} median ${median(cls).toFixed(3)}   runs ${cls.map((v) => v.toFixed(3)).join(', ')}   (≤ ${THRESHOLDS.cls})`,
    );
    if (!(median(cls) <= THRESHOLDS.cls))
      failures.push(
        `${path}: median Cumulative Layout Shift ${median(cls).toFixed(3)}, over ${THRESHOLDS.cls}`,
      );
    // Audits that failed in any run, by name: what to look at when a score drops.
    const failing = new Set(
      runs.flatMap((lhr) =>
        Object.values(lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
          .map((audit) => `${audit.id}: ${audit.title}`),
      ),
    );
    for (const audit of failing) console.log(`  ✗ ${audit}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
if (failures.length > 0) {
  console.error(`\n✗ ${failures.length} Lighthouse threshold${failures.length === 1 ? '' : 's'} missed:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log('\n✓ every Lighthouse median meets its threshold');
