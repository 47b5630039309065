/**
 * `npm run bench:scale -- N`: the site's build with N generated news items, against Astro's own floor.
 *
 * Writes N valid generated items (scripts/support/generated-news.ts) into a temporary copy of the
 * project, never into `content/`, and runs `npm run build` there (content check beside Astro, then Pagefind).
 * In the same run it builds a bare Astro project of the same N items with a one-line layout: the
 * least any Astro site of N Markdown pages costs on this machine. The ratios between the two are the
 * figures that mean something on any machine; the absolute times only describe this one.
 *
 * Prints wall time, peak memory (the build's whole process tree), pages, the heaviest page and feed,
 * and checks them against the archive's goals; the exit status is 1 when a goal is missed.
 *
 *   time    ≤ 3 × the bare Astro build's            memory  ≤ 1.5 × the bare Astro build's
 *   page    ≤ 200 KB of HTML                         feed    ≤ 500 KB
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { copyProject } from './support/project-copy.ts';
import { writeGeneratedNews } from './support/generated-news.ts';
import { measure, type Measurement } from './support/measure.ts';

const GOALS = { time: 3, memory: 1.5, pageBytes: 200 * 1024, feedBytes: 500 * 1024 };

function usage(message: string): never {
  console.error(`${message}\nusage: npm run bench:scale -- <number of news items>, such as 5000`);
  process.exit(2);
}

const arg = process.argv[2];
if (arg === undefined) usage('bench:scale needs the number of news items to generate.');
if (!/^[1-9]\d*$/.test(arg)) usage(`the number of news items must be a whole number ≥ 1, got "${arg}".`);
const count = Number(arg);

/** A bare Astro project: one collection of the same Markdown files, one page per item, no layout. */
function bareAstro(items: number): string {
  const root = mkdtempSync(join(tmpdir(), 'peru-floor-'));
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "name": "floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { news: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/news' }) }) };
`,
  );
  writeFileSync(
    join(root, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('news')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>
`,
  );
  writeGeneratedNews(join(root, 'content/news'), items);
  return root;
}

/** Every file of a built site with its size. */
function files(dist: string): { path: string; bytes: number }[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .map((file) => join(dist, file))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ path: `/${relative(dist, file)}`, bytes: statSync(file).size }));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function check(run: Measurement, name: string) {
  if (run.status !== 0) {
    console.error(`✗ the ${name} build failed:\n${run.output.slice(-4000)}`);
    process.exit(1);
  }
}

console.log(`Generating ${count} news items in temporary copies…`);
const copy = copyProject();
const floorRoot = bareAstro(count);
try {
  rmSync(join(copy.root, 'dist'), { recursive: true, force: true });
  writeGeneratedNews(join(copy.root, 'content/news'), count);

  // The floor first, then the site: each on a machine as quiet as the other.
  const floor = await measure('npx', ['astro', 'build'], floorRoot);
  check(floor, 'bare Astro');
  const site = await measure('npm', ['run', 'build'], copy.root);
  check(site, "site's");

  const built = files(join(copy.root, 'dist'));
  const pages = built.filter((file) => file.path.endsWith('.html'));
  const heaviest = (list: typeof built) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const page = heaviest(pages);
  const feed = heaviest(built.filter((file) => file.path.endsWith('rss.xml')));
  const floorPages = files(join(floorRoot, 'dist')).filter((file) => file.path.endsWith('.html')).length;

  const timeRatio = site.wallMs / floor.wallMs;
  const memoryRatio = site.peakBytes / floor.peakBytes;
  console.log(`
${count} news items                site          bare Astro    ratio
  wall time                  ${seconds(site.wallMs).padStart(10)}    ${seconds(floor.wallMs).padStart(10)}    ${timeRatio.toFixed(2)}×  (goal ≤ ${GOALS.time}×)
  peak memory                ${mb(site.peakBytes).padStart(10)}    ${mb(floor.peakBytes).padStart(10)}    ${memoryRatio.toFixed(2)}×  (goal ≤ ${GOALS.memory}×)
  pages                      ${String(pages.length).padStart(10)}    ${String(floorPages).padStart(10)}
  heaviest page   ${kb(page.bytes).padStart(10)}  ${page.path}  (goal ≤ ${kb(GOALS.pageBytes)})
  heaviest feed   ${kb(feed.bytes).padStart(10)}  ${feed.path}  (goal ≤ ${kb(GOALS.feedBytes)})
`);
  const stages = site.output
    .split('\n')
    .filter((line) => /built in|Completed in|Indexed|Finished in/i.test(line));
  if (stages.length)
    console.log(`Stages of the site's build:\n${stages.map((line) => `  ${line.trim()}`).join('\n')}\n`);

  const missed = [
    timeRatio > GOALS.time &&
      `wall time is ${timeRatio.toFixed(2)}× the bare Astro build's (goal ≤ ${GOALS.time}×)`,
    memoryRatio > GOALS.memory &&
      `peak memory is ${memoryRatio.toFixed(2)}× the bare Astro build's (goal ≤ ${GOALS.memory}×)`,
    page.bytes > GOALS.pageBytes && `${page.path} is ${kb(page.bytes)} (goal ≤ ${kb(GOALS.pageBytes)})`,
    feed.bytes > GOALS.feedBytes && `${feed.path} is ${kb(feed.bytes)} (goal ≤ ${kb(GOALS.feedBytes)})`,
  ].filter(Boolean);
  if (missed.length) {
    console.error(
      `✗ ${missed.length} goal${missed.length === 1 ? '' : 's'} missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`,
    );
    process.exitCode = 1;
  } else {
    console.log('✓ every goal is met');
  }
} finally {
  copy.remove();
  rmSync(floorRoot, { recursive: true, force: true });
}
