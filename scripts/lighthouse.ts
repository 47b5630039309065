/**
 * Lighthouse (mobile, Debian's Chromium) on the built profile page of each edition, served from
 * dist/ on 127.0.0.1. Prints the four category scores, Total Blocking Time and Cumulative Layout
 * Shift; exits non-zero when a score is below 100, TBT above 0 ms or CLS above 0.
 * Part of `npm run bench` (run `npm run build` first).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './support/browser.ts';
import { serveDist } from './support/serve.ts';

const paths = ['/', '/en/'];
const RUNS = 5;
const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
let failed = false;
try {
  for (const path of paths) {
    // Lighthouse's simulated throttling turns this machine's noise into milliseconds of blocking
    // time: each page is measured RUNS times and the median run is reported.
    const runs: Result[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      // A run that failed to load the page (no blocking time measured) is left out, not counted as 0.
      if (result && Number.isFinite(result.lhr.audits['total-blocking-time']?.numericValue))
        runs.push(result.lhr);
    }
    if (runs.length === 0) throw new Error(`Lighthouse could not measure ${path}`);
    const tbtOf = (lhr: (typeof runs)[number]) => lhr.audits['total-blocking-time']?.numericValue ?? NaN;
    const lhr = [...runs].sort((a, b) => tbtOf(a) - tbtOf(b))[Math.floor(runs.length / 2)]!;
    const { categories, audits } = lhr;
    const scores = Object.values(categories).map(
      (category) => [category.title, Math.round((category.score ?? 0) * 100)] as const,
    );
    const tbt = tbtOf(lhr);
    const cls = audits['cumulative-layout-shift']?.numericValue ?? NaN;
    console.log(
      `\nLighthouse ${lhr.lighthouseVersion}, mobile: ${path} (median of ${runs.length} runs by TBT)`,
    );
    for (const [title, score] of scores) console.log(`  ${title.padEnd(16)} ${String(score).padStart(3)}`);
    console.log(
      `  ${'TBT'.padEnd(16)} ${Math.round(tbt)} ms   (runs: ${runs.map((run) => Math.round(tbtOf(run))).join(', ')} ms)`,
    );
    console.log(`  ${'CLS'.padEnd(16)} ${cls.toFixed(3)}`);
    const failing = Object.values(audits).filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    );
    for (const audit of failing) console.log(`  ✗ ${audit.id}: ${audit.title}`);
    if (scores.some(([, score]) => score < 100) || tbt > 0 || cls > 0) failed = true;
  }
} finally {
  await chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
