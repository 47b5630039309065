/**
 * The archive with a few hundred items (the variant site): the news index and the tag,
 * country and year pages are paginated, link both ways and list every item exactly once; the feeds
 * hold the latest items in order; drafts stay out of every page, list, feed and the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedItem } from '../../../scripts/support/generated-news.ts';
import { readNews } from '../../../src/news/files.ts';
import { localePath, LOCALES, type Locale } from '../../../src/i18n/languages.ts';
import { FEED_SIZE, NEWS_PAGE_SIZE } from '../../../src/news/archive.ts';
import { GENERATED_COUNT, variantRoot } from '../support/variant.ts';

// The variant site holds a few hundred generated items besides the project's own.
const root = variantRoot();
const generated = Array.from({ length: GENERATED_COUNT }, (_, index) => generatedItem(index));
const published = readNews(root)
  .entries.filter((item) => !item.data.draft)
  .map((item) => ({
    id: item.id,
    lang: item.data.lang,
    date: item.data.date,
    root: item.data.translationOf ?? item.id,
    tags: item.data.tags,
    countries: item.data.countries,
  }));

const read = (path: string) =>
  readFileSync(join(root, 'dist', path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
const hrefOf = (item: { id: string; lang: Locale }) =>
  localePath(item.lang, `news/${item.id.split('/')[1]}/`);

/**
 * What an edition lists: of each item and its translations, the version in its language, or else
 * the original (the one the others translate), or else the first version in registry order.
 */
function editionItems(lang: Locale) {
  const versionsOf = new Map<string, typeof published>();
  for (const item of published) versionsOf.set(item.root, [...(versionsOf.get(item.root) ?? []), item]);
  return [...versionsOf.values()].map(
    (versions) =>
      versions.find((item) => item.lang === lang) ??
      versions.find((item) => item.id === item.root) ??
      // An original that is a draft: the first published version in registry order.
      [...versions].sort((a, b) => LOCALES.indexOf(a.lang) - LOCALES.indexOf(b.lang))[0]!,
  );
}

/** Follows a paginated list from its first page by its "next" links, checking each "prev" link back. */
function walk(first: string): { path: string; items: string[] }[] {
  const pages: { path: string; items: string[] }[] = [];
  let path: string | undefined = first;
  while (path) {
    const html = read(path);
    const items = [...html.matchAll(/<h2[^>]*><a href="([^"]+)"/g)].map((match) => match[1]!);
    const prev = html.match(/<a href="([^"]+)" rel="prev">/)?.[1];
    expect(prev).toBe(pages.at(-1)?.path);
    pages.push({ path, items });
    path = html.match(/<a href="([^"]+)" rel="next">/)?.[1];
    if (pages.length > 1000) throw new Error(`${first}: the pages never end`);
  }
  return pages;
}

function expectPaginated(first: string, expected: { id: string; lang: Locale; date: Date }[]) {
  const pages = walk(first);
  const last = Math.ceil(expected.length / NEWS_PAGE_SIZE);
  expect(pages).toHaveLength(last);
  pages.forEach((page, index) => {
    expect(page.path).toBe(index === 0 ? first : `${first}page/${index + 1}/`);
    expect(page.items.length).toBeLessThanOrEqual(NEWS_PAGE_SIZE);
    if (last > 1) expect(read(page.path)).toMatch(new RegExp(`>(Page|Página) ${index + 1} (of|de) ${last}<`));
  });
  const listed = pages.flatMap((page) => page.items);
  // Every item exactly once, newest first across the pages.
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual(expected.map(hrefOf).sort());
  const dateOf = new Map(expected.map((item) => [hrefOf(item), item.date.getTime()]));
  const dates = listed.map((href) => dateOf.get(href)!);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  return listed;
}

/** The value of a kind that files the most items in an edition: the longest list to page through. */
function largest(items: ReturnType<typeof editionItems>, values: (item: (typeof items)[number]) => string[]) {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const value of new Set(values(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

describe.each(LOCALES)('the %s archive at a few hundred items', (lang) => {
  it('pages the news index, each page linked both ways, every item exactly once', () => {
    const items = editionItems(lang);
    expect(items.length).toBeGreaterThan(NEWS_PAGE_SIZE * 3);
    expectPaginated(localePath(lang, 'news/'), items);
  });

  it('pages the largest tag, country and year the same way', () => {
    const items = editionItems(lang);
    const tag = largest(items, (item) => item.tags);
    expectPaginated(
      localePath(lang, `news/tags/${tag}/`),
      items.filter((item) => item.tags.includes(tag)),
    );
    const country = largest(items, (item) => item.countries);
    expectPaginated(
      localePath(lang, `news/countries/${country.toLowerCase()}/`),
      items.filter((item) => item.countries.includes(country)),
    );
    const year = largest(items, (item) => [String(item.date.getUTCFullYear())]);
    expectPaginated(
      localePath(lang, `news/years/${year}/`),
      items.filter((item) => String(item.date.getUTCFullYear()) === year),
    );
  });

  it('feeds the latest items, newest first: the first ones of the news index', () => {
    const feed = read(localePath(lang, 'rss.xml'));
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
      (match) => new URL(match[1]!).pathname,
    );
    expect(links).toHaveLength(FEED_SIZE);
    const index = walk(localePath(lang, 'news/')).flatMap((page) => page.items);
    expect(links).toEqual(index.slice(0, FEED_SIZE));
  });
});

describe('drafts at scale', () => {
  it('have no page, and no list, feed or sitemap names them', () => {
    const drafts = generated.filter((item) => item.draft);
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    const everywhere = [
      ...LOCALES.flatMap((lang) => walk(localePath(lang, 'news/')).flatMap((page) => page.items)),
      ...LOCALES.map((lang) => read(localePath(lang, 'rss.xml'))),
      readFileSync(join(root, 'dist/sitemap-0.xml'), 'utf8'),
    ].join('\n');
    for (const draft of drafts) {
      const slug = draft.path.split('/')[1]!.replace(/\.md$/, '');
      expect(existsSync(join(root, 'dist', localePath(draft.lang, `news/${slug}/`)))).toBe(false);
      expect(everywhere).not.toContain(`/${slug}/`);
    }
  });
});
