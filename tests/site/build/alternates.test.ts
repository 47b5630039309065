/**
 * Language versions agree everywhere: each page's hreflang links, the sitemap's alternates and the
 * visible language switch name pages that exist, in the edition they say, and that link back.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNews } from '../../../src/news/files.ts';
import { strings } from '../../../src/i18n/index.ts';
import {
  DEFAULT_LOCALE,
  LOCALES,
  editionOf,
  language,
  localePath,
  type Locale,
} from '../../../src/i18n/languages.ts';
import { counterparts, hreflangLinks, type EditionPaths } from '../../../src/editions/alternates.ts';
import { newsPath, translationGroups } from '../../../src/news/items.ts';
import { builtPages, readPage, sitePages } from '../support/site.ts';
import { readWorld } from '../../../src/countries/load.ts';
import { countriesIndexPath, countryPath } from '../../../src/countries/paths.ts';
import { variantRoot } from '../support/variant.ts';

// The embeds, for other sites' frames, have no language links.
const pages = sitePages();
const pathOf = (href: string) => new URL(href, 'https://site.example').pathname;

interface Link {
  hreflang: string;
  page: string;
}

/** The `<link rel="alternate" hreflang>` of a page, as paths, in order. */
function headLinks(html: string): Link[] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
    ([, hreflang, href]) => ({ hreflang: hreflang!, page: pathOf(href!) }),
  );
}

/** The language switch of a page: each link's address, language and text. */
function switchLinks(html: string) {
  return [
    ...html.matchAll(
      /<a class="language-switch" href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)">\s*([^<]*?)\s*</g,
    ),
  ].map(([, href, hreflang, lang, label]) => ({
    page: href!,
    hreflang: hreflang!,
    lang: lang!,
    label: label!,
  }));
}

// What each edition builds, read from dist/, and each news item's path in every edition with a
// version of it: the inputs the page shell gives `counterparts`, taken here from the built site.
const built = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Set(pages.map(editionOf).flatMap((page) => (page.locale === locale ? [page.path] : []))),
  ]),
) as unknown as EditionPaths;
const published = readNews(process.cwd()).entries.filter((item) => !item.data.draft);
const group = translationGroups(published);
const versionsOf = new Map(
  published.map((item) => [
    `${item.data.lang}:${newsPath(item.id)}`,
    Object.fromEntries(group(item.id).map((version) => [version.data.lang, newsPath(version.id)])) as Partial<
      Record<Locale, string>
    >,
  ]),
);

// A country's profile and the index of countries are at their own address in each edition
// (`paises/chile/`, `countries/chile/`): their versions, from the same world shape the build reads.
const world = readWorld(process.cwd());
const pagesByEdition = [
  LOCALES.map((locale) => [locale, countriesIndexPath(locale)] as const),
  ...world.countries.map((country) =>
    LOCALES.map((locale) => [locale, countryPath(locale, country.slugs[locale])] as const),
  ),
];
for (const versions of pagesByEdition) {
  for (const [locale, path] of versions) {
    versionsOf.set(`${locale}:${path}`, Object.fromEntries(versions) as Partial<Record<Locale, string>>);
  }
}

describe('hreflang links', () => {
  it.each(pages)('%s links to each version the other editions build, and to no other page', (page) => {
    const { locale, path } = editionOf(page);
    const versions = counterparts(locale, path, built, versionsOf.get(`${locale}:${path}`));
    const expected = hreflangLinks(locale, path, versions).map((link) => ({
      hreflang: link.hreflang,
      page: localePath(link.locale, link.path),
    }));
    expect(headLinks(readPage(page))).toEqual(expected);
  });

  it.each(pages)(
    '%s: every version exists, declares the language it is listed under, and links back',
    (page) => {
      const links = headLinks(readPage(page));
      for (const link of links) {
        expect(builtPages()).toContain(link.page);
        const target = readPage(link.page);
        const tag = link.hreflang === 'x-default' ? language(DEFAULT_LOCALE).tag : link.hreflang;
        expect(target).toContain(`<html lang="${tag}"`);
        // The same set of versions, seen from each of them.
        expect(headLinks(target)).toEqual(links);
      }
      if (links.length > 0) {
        expect(links).toContainEqual({ hreflang: language(editionOf(page).locale).tag, page });
        expect(links.filter((link) => link.hreflang === 'x-default')).toHaveLength(1);
      }
    },
  );

  it('pair the archive pages of a tag, a country and a year with the same archive pages, not the news index', () => {
    // Any published item's tag, country and year: each edition has their archive pages.
    const sample = published.find((item) => item.data.tags.length > 0 && item.data.countries.length > 0)!;
    for (const path of [
      `news/tags/${sample.data.tags[0]}/`,
      `news/countries/${sample.data.countries[0]!.toLowerCase()}/`,
      `news/years/${sample.data.date.getUTCFullYear()}/`,
    ]) {
      for (const locale of LOCALES) {
        const page = localePath(locale, path);
        const links = headLinks(readPage(page));
        expect(links.map((link) => link.hreflang)).toEqual([
          ...LOCALES.map((each) => language(each).tag),
          'x-default',
        ]);
        for (const link of links) expect(editionOf(link.page).path).toBe(path);
      }
    }
  });

  it('pair each news item with its translations', () => {
    const translated = published.filter((item) => group(item.id).length > 1);
    expect(translated.length).toBeGreaterThan(0);
    for (const item of translated) {
      const page = localePath(item.data.lang, newsPath(item.id));
      const links = headLinks(readPage(page)).filter((link) => link.hreflang !== 'x-default');
      expect(links.map((link) => editionOf(link.page).path).sort()).toEqual(
        group(item.id)
          .map((version) => newsPath(version.id))
          .sort(),
      );
    }
  });
});

describe('the sitemap', () => {
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)].map(
    ([, loc, rest]) => ({
      page: pathOf(loc!),
      links: [...rest!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
        ([, hreflang, href]) => ({ hreflang: hreflang!, page: pathOf(href!) }),
      ),
    }),
  );

  it('lists every page with exactly the alternates its HTML declares', () => {
    expect(entries.map((entry) => entry.page).sort()).toEqual(pages);
    for (const entry of entries) expect(entry.links, entry.page).toEqual(headLinks(readPage(entry.page)));
  });

  it('uses exactly the registry’s tag for each edition, and x-default', () => {
    const tags = new Set(entries.flatMap((entry) => entry.links.map((link) => link.hreflang)));
    expect(tags).toEqual(new Set([...LOCALES.map((locale) => language(locale).tag), 'x-default']));
  });

  it('gives news items their translations as alternates, and an item in one language none', () => {
    const items = entries.filter((entry) =>
      /\/news\/(?!tags\/|countries\/|years\/|page\/)[^/]+\/$/.test(entry.page),
    );
    expect(items.length).toBe(published.length);
    for (const item of items) {
      const { locale, path } = editionOf(item.page);
      const versions = Object.keys(versionsOf.get(`${locale}:${path}`) ?? {}).length;
      // Every version, and x-default; an item without translations has no other page to name.
      expect(item.links.length, item.page).toBe(versions > 1 ? versions + 1 : 0);
    }
  });
});

describe('the language switch', () => {
  it.each(pages)('%s offers every other edition once: this page in it, or its nearest page', (page) => {
    const { locale } = editionOf(page);
    const html = readPage(page);
    const links = switchLinks(html);
    const versions = headLinks(html);
    expect(links.map((link) => link.lang)).toEqual(
      LOCALES.filter((other) => other !== locale).map((other) => language(other).tag),
    );
    for (const link of links) {
      const other = LOCALES.find((each) => language(each).tag === link.lang)!;
      expect(link.hreflang).toBe(link.lang);
      expect(builtPages()).toContain(link.page);
      expect(editionOf(link.page).locale).toBe(other);
      const version = versions.find((each) => each.hreflang === link.lang);
      if (version) {
        // This page in that language: the very page of the hreflang links, which links back.
        expect(link.page).toBe(version.page);
        expect(link.label).toBe(strings(other).site.readInThisLanguage);
        expect(switchLinks(readPage(link.page)).map((back) => back.page)).toContain(page);
      } else {
        expect(link.label).toBe(strings(other).site.edition);
      }
    }
  });
});

describe('the paginated pages of a large archive (the variant site)', () => {
  const dist = join(variantRoot(), 'dist');
  const paged = (readdirSync(dist, { recursive: true }) as string[])
    .map((file) => `/${file.split('\\').join('/')}`)
    .filter((file) => /\/page\/\d+\/index\.html$/.test(file))
    .map((file) => file.slice(0, -'index.html'.length));
  const read = (page: string) => readFileSync(join(dist, page, 'index.html'), 'utf8');

  it('has pages 2 and beyond in every edition', () => {
    for (const locale of LOCALES) expect(paged.some((page) => editionOf(page).locale === locale)).toBe(true);
  });

  it('links each page N to the page N other editions build, and each links back', () => {
    let paired = 0;
    for (const page of paged) {
      const links = headLinks(read(page));
      for (const link of links) {
        expect(existsSync(join(dist, link.page, 'index.html')), `${page} → ${link.page}`).toBe(true);
        expect(editionOf(link.page).path).toBe(editionOf(page).path);
        expect(headLinks(read(link.page))).toEqual(links);
        paired++;
      }
    }
    expect(paired).toBeGreaterThan(0);
  });
});
