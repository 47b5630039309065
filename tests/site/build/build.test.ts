/**
 * The built site (dist/, built once by tests/site/global-setup.ts): seed figures on the profile, news
 * with their sources, reproducible bytes (the variant site, built twice), and a content mistake that
 * stops the build with a message naming the file. Language alternates: alternates.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readFacts, readSources } from '../../../src/content/read.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { LOCALES, language, localePath } from '../../../src/i18n/languages.ts';
import { newsHref, translationGroups } from '../../../src/news/items.ts';
import { copyProject } from '../../../scripts/support/project-copy.ts';
import { cleanEnv } from '../../../scripts/support/env.ts';
import { indexSearch } from '../../../scripts/support/search-index.ts';
import { listedOnEveryPage, publishedNews } from '../support/news.ts';
import { readPage } from '../support/site.ts';
import { variantRoot } from '../support/variant.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** Text as readers see it: the pages escape & < > " ' in text and attributes (Astro's escaping). */
const decoded = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const profileEn = text(readPage('/en/'));

describe('the profile page', () => {
  // Every headline figure of content/profile/facts.yaml, read from the file: an editor who fixes a
  // figure there changes what this test expects with it. How each language writes a number (1,7
  // millones; 27,6 %) is pinned by the unit tests of src/lib/format.ts.
  const facts = readFacts(process.cwd(), readSources(process.cwd()).ids).entries;

  it('has headline figures to show', () => {
    expect(facts.length).toBeGreaterThan(8);
  });

  it.each(facts.map((fact) => [fact.id, fact.data] as const))(
    'shows the headline figure %s in every edition: its label, its value and its text',
    (id, fact) => {
      for (const locale of LOCALES) {
        const html = readPage(localePath(locale, ''));
        const card = new RegExp(`<article class="fact" data-fact="${id}">([\\s\\S]*?)</article>`).exec(
          html,
        )?.[1];
        expect(card, `${id} in ${locale}`).toBeDefined();
        const shown = decoded(text(card!));
        expect(shown).toContain(fact.label[locale]);
        if (fact.text) expect(shown).toContain(fact.text[locale]);
        if (fact.kind === 'count' || fact.kind === 'percent')
          expect(card).toContain(`<data value="${fact.value}">`);
        if (fact.kind === 'shares') {
          for (const item of fact.items) expect(card).toContain(`<data value="${item.percent}">`);
        }
      }
    },
  );

  it('labels every seed statement as stated by the 2020 page', () => {
    const facts = readFileSync('content/profile/facts.yaml', 'utf8');
    const seedFacts = (facts.match(/source: inmovilidad-peru-2020/g) ?? []).length;
    expect(seedFacts).toBeGreaterThan(8);
    const labels = profileEn.split('As stated by the 2020 page').length - 1;
    expect(labels).toBe(seedFacts);
  });

  it('shows the UN DESA and UNHCR series with figures read from their tables', () => {
    const rows = (file: string) => parseCsv(readFileSync(file, 'utf8')).map((record) => record.cells);
    const undesa2020 = rows(datasetFor('previous-edition', 'stock').file);
    const venezuelans = rows(datasetFor('refugee-series', 'refugee').file);
    const world = (direction: string) =>
      Number(
        undesa2020.find((row) => row.direction === direction && row.iso3 === 'WLD' && row.year === '2020')!
          .count,
      );
    const year2019 = venezuelans.find((row) => row.year === '2019')!;
    for (const figure of [
      world('emigrants'),
      world('immigrants'),
      Number(year2019.asylum_seekers),
      Number(year2019.refugees),
    ]) {
      expect(profileEn).toContain(figure.toLocaleString('en-GB'));
    }
  });
});

describe('news', () => {
  // Drafts are left out: a production build publishes none (they show on the dev server only).
  const published = publishedNews();
  /** Text on one line, as HTML shows it: runs of whitespace collapse to one space. */
  const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

  it.each(published.map((item) => [item.id, item] as const))(
    '%s has a page with its title and every source',
    (_id, item) => {
      const html = readPage(newsHref(item));
      expect(html).toContain(`<html lang="${language(item.data.lang).tag}"`);
      // Compared as readers read them, whatever characters the title and the names hold (IOM & UNHCR).
      const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
      expect(decoded(text(heading)).trim()).toBe(oneLine(item.data.title));
      const list = /<ul class="sources-list"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
      const entries = [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]!);
      expect(entries).toHaveLength(item.data.sources.length);
      item.data.sources.forEach((source, index) => {
        const entry = entries[index]!;
        expect(decoded(text(entry))).toContain(oneLine(source.name));
        // A source links to its address; one without a confirmed address links nowhere (none is guessed).
        if (source.url)
          expect(entry).toContain(`href="${source.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
        else expect(entry).not.toContain('href=');
      });
    },
  );

  it('lists every item once in every edition, in the edition’s language when it has a version in it', () => {
    const group = translationGroups(published);
    const groups = new Set(published.map((item) => group(item.id)));
    for (const locale of LOCALES) {
      // Every page of the edition's index: past NEWS_PAGE_SIZE items, the list goes on at news/page/2/.
      const listed = listedOnEveryPage(localePath(locale, 'news/'));
      expect(new Set(listed).size, `${locale}: an item listed twice`).toBe(listed.length);
      expect(listed, locale).toHaveLength(groups.size);
      for (const versions of groups) {
        const shown = versions.filter((version) => listed.includes(newsHref(version)));
        expect(shown, `${locale}: ${versions[0]!.id}`).toHaveLength(1);
        const own = versions.find((version) => version.data.lang === locale);
        if (own) expect(shown[0]).toBe(own);
      }
    }
  });
});

describe('the build', () => {
  // The variant site is built again: it has every template (profile, country profiles, news items
  // and archive pages in every edition, embeds, pictures, downloads, feeds, search index) and 600
  // pages, at half the cost of building dist/ again.
  it('is reproducible: a second build gives identical bytes', () => {
    const root = variantRoot();
    const out = mkdtempSync(join(tmpdir(), 'peru-dist-'));
    try {
      const result = spawnSync('npx', ['astro', 'build', '--root', root, '--outDir', out], {
        encoding: 'utf8',
        env: cleanEnv(),
      });
      expect(result.status, result.stderr).toBe(0);
      const index = indexSearch(out);
      expect(index.status, index.stderr).toBe(0);
      const first = digestTree(join(root, 'dist'));
      expect(Object.keys(first).length).toBeGreaterThan(500);
      expect(digestTree(out)).toEqual(first);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 240_000);

  it('stops on a content mistake, naming the file and the field', () => {
    const copy = copyProject();
    try {
      const file = 'content/news/en/coyote-2020-operation.md';
      const original = readFileSync(join(copy.root, file), 'utf8');
      writeFileSync(join(copy.root, file), original.replace('date: 2020-11-30', 'date: 2020-02-30'));
      const result = copy.build();
      expect(result.status).not.toBe(0);
      const output = result.stdout + result.stderr;
      expect(output).toContain(file);
      expect(output).toContain('date: is not a real calendar date');
    } finally {
      copy.remove();
    }
  }, 240_000);
});

function digestTree(root: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const file of readdirSync(root, {
    recursive: true,
    withFileTypes: true,
  }) as import('node:fs').Dirent[]) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    digests[path.slice(root.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return digests;
}

describe('npm run build, as it reports', () => {
  const output = inject('buildOutput');

  it('prints a short summary: the check, the pages, the search index, dist/ replaced', () => {
    // SKIP_BUILD=1 (a dist/ built beforehand): this run built nothing, so printed nothing.
    if (process.env.SKIP_BUILD === '1') return expect(output).toBe('');
    const lines = output.trim().split('\n');
    expect(lines).toEqual([
      '✓ content is valid',
      expect.stringMatching(/^✓ built \d+ pages$/),
      expect.stringMatching(
        new RegExp(`^✓ search index: ${LOCALES.map((locale) => `\\d+ ${locale}`).join(', ')} pages$`),
      ),
      expect.stringMatching(/^✓ dist\/ replaced \(\d+\.\d s\)$/),
    ]);
    const pages = Number(/built (\d+) pages/.exec(output)![1]);
    expect(pages).toBe(
      readdirSync('dist', { recursive: true }).filter((file) => String(file).endsWith('.html')).length,
    );
  });
});
