/**
 * What readers get of a draft and of a hostile title (in the variant site): the draft nowhere
 * (pages, feeds, sitemap, search), the hostile string shown as text and inert, and that item, in
 * English only, listed in every other edition with its language named. And what editors get of a
 * draft on the dev server: its page, to preview it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../../../scripts/support/project-copy.ts';
import { cleanEnv } from '../../../scripts/support/env.ts';
import { useSiteSession } from '../support/site-session.ts';
import { languageName, otherLocales, strings } from '../../../src/i18n/index.ts';
import { localePath } from '../../../src/i18n/languages.ts';
import { DRAFT_WORD, GENERATED_COUNT, HOSTILE, newsFile, variantRoot } from '../support/variant.ts';

// The variant site has a draft and an item with a hostile title (see support/variant.ts).
const dist = join(variantRoot(), 'dist');
const session = useSiteSession(dist);

describe('a draft', () => {
  it('has no page and is absent from every page, feed and the sitemap', () => {
    const files = (readdirSync(dist, { recursive: true }) as string[]).filter((file) =>
      /\.(html|xml|json|csv)$/.test(file),
    );
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toContain('draft-item');
      expect(text, file).not.toContain(DRAFT_WORD);
    }
  });

  it('is in no page of the search index', () => {
    // Each indexed page is a gzipped fragment holding its text.
    const fragments = join(dist, 'pagefind/fragment');
    const texts = readdirSync(fragments).map((file) =>
      gunzipSync(readFileSync(join(fragments, file))).toString(),
    );
    expect(texts.length).toBeGreaterThan(GENERATED_COUNT / 2);
    expect(texts.some((text) => text.includes('Hostile'))).toBe(true);
    for (const text of texts) {
      expect(text).not.toContain(DRAFT_WORD);
      expect(text).not.toContain('draft-item');
    }
  });

  it('is not found by the search page', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/en/search/?q=${DRAFT_WORD}`);
    // Pagefind may offer near matches among hundreds of items; none may be the draft.
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 5000 })
      .toMatch(/Nothing found|result/);
    expect(await page.locator('#search-results a[href*="draft-item"]').count()).toBe(0);
    await page.close();
  });
});

describe('a hostile string in a title', () => {
  it('stays text on the page and inert in the JSON-LD', async () => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${session.server.origin}/en/news/hostile-item/`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('h1').textContent()).toBe(HOSTILE);
    const ld = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(ld!).headline).toBe(HOSTILE);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a link out of the site in a news body', () => {
  it('gets rel="noopener noreferrer" from the Markdown pipeline', () => {
    const html = readFileSync(join(dist, 'en/news/hostile-item/index.html'), 'utf8');
    expect(html).toContain('<a href="https://example.org/report" rel="noopener noreferrer">');
  });
});

describe('an item in one language only', () => {
  // The hostile item is the variant's newest: first in every edition's news index and feed.
  const read = (path: string) =>
    readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const item = '/en/news/hostile-item/';

  it.each(otherLocales('en'))('is listed in the %s edition, labelled with its language', (locale) => {
    const html = read(localePath(locale, 'news/'));
    const entry = html.match(new RegExp(`<li>(?:(?!</li>)[\\s\\S])*?href="${item}"[\\s\\S]*?</li>`))?.[0];
    expect(entry, 'listed').toBeDefined();
    const label = strings(locale).news.onlyIn(languageName('en', locale));
    expect(entry).toContain(`<span class="language-label">${label}</span>`);
    // The title and summary are marked as English; the date and label are in the edition's language.
    expect(entry).toMatch(/<h2 lang="en"><a href="\/en\/news\/hostile-item\/" hreflang="en">/);
    expect(entry).toContain('<p lang="en">A test item built into a copy of the project only.</p>');
    const feed = read(localePath(locale, 'rss.xml'));
    expect(feed).toContain(`<title>[${label}] `);
  });

  it('has no hreflang alternates, and its language switch leads to each edition’s news, named as the edition', () => {
    const html = read(item);
    expect(html).not.toContain('hreflang="x-default"');
    expect(html.match(/<link rel="alternate" hreflang=/g)).toBeNull();
    const switches = [
      ...html.matchAll(/<a class="language-switch" href="([^"]+)" hreflang="([^"]+)"[^>]*>([^<]*)</g),
    ];
    expect(switches.map(([, href, , label]) => [href, label])).toEqual(
      otherLocales('en').map((locale) => [localePath(locale, 'news/'), strings(locale).site.edition]),
    );
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toMatch(/<url><loc>[^<]*\/en\/news\/hostile-item\/<\/loc><\/url>/);
  });
});

describe('a draft on the dev server', () => {
  it('is listed and has its page, labelled as a draft in words, so editors can preview it', async () => {
    const dev = copyProject();
    writeFileSync(
      join(dev.root, 'content/news/en/draft-item.md'),
      newsFile(`title: Draft item\ndraft: true`, `${DRAFT_WORD}.`),
    );
    const port = 4400 + Math.floor(Math.random() * 500);
    const server = spawn(
      'npx',
      ['astro', 'dev', '--root', dev.root, '--host', '127.0.0.1', '--port', String(port)],
      {
        // The dev server as an editor runs it (in the foreground, which Astro skips for agents).
        env: cleanEnv({ ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' }),
        stdio: 'ignore',
        detached: true,
      },
    );
    try {
      const url = `http://127.0.0.1:${port}`;
      let index = '';
      // The dev server answers with an error page while it is still starting: poll until it is ready.
      const ready = (html: string) => html.includes('</html>') && !html.includes('<title>Error</title>');
      for (let attempt = 0; attempt < 60 && !ready(index); attempt++) {
        index = await fetch(`${url}/en/news/`)
          .then((response) => response.text())
          .catch(() => '');
        if (!ready(index)) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(index).toContain('/en/news/draft-item/');
      // In the list, the draft's entry carries the label; the published items' do not.
      // (What comes before the first list item is the head, whose styles name the label's class.)
      const entries = index
        .split(/<li[\s>]/)
        .slice(1)
        .filter((entry) => entry.includes('/en/news/'));
      const draftEntry = entries.find((entry) => entry.includes('/en/news/draft-item/'))!;
      // (The dev server adds attributes of its own to elements: any are let through.)
      const label = `<span class="draft-label"[^>]*>${strings('en').news.draft}</span>`;
      expect(draftEntry).toMatch(new RegExp(label));
      expect(entries.filter((entry) => entry.includes('draft-label'))).toHaveLength(1);
      const page = await fetch(`${url}/en/news/draft-item/`).then((response) => response.text());
      expect(page).toContain(DRAFT_WORD);
      // On its page, beside the date above the title: text, not a colour.
      expect(page).toMatch(
        new RegExp(`<p class="news-meta"[^>]*>.*${label}\\s*</p>\\s*<h1[^>]*>Draft item</h1>`, 's'),
      );
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
      dev.remove();
    }
  }, 60_000);
});
