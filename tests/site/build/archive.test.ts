/** The news archive's tag, country and year pages, and the links that lead to them. */
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/index.ts';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';
import { countryName } from '../../../src/countries/names.ts';
import { archivePaths } from '../../../src/news/archive.ts';
import { editionItems, newsHref } from '../../../src/news/items.ts';
import { listedOnEveryPage, publishedNews } from '../support/news.ts';
import { builtPages, readPage } from '../support/site.ts';

const news = publishedNews();

describe('archive pages', () => {
  it('exist in every edition for every tag, country and year of the news', () => {
    for (const item of news) {
      for (const locale of LOCALES) {
        const page = (path: string) => localePath(locale, path);
        for (const tag of item.data.tags) expect(builtPages()).toContain(page(`news/tags/${tag}/`));
        for (const code of item.data.countries)
          expect(builtPages()).toContain(page(`news/countries/${code.toLowerCase()}/`));
        expect(builtPages()).toContain(page(`news/years/${item.data.date.getUTCFullYear()}/`));
      }
    }
  });

  it('name a country in the edition’s language', () => {
    for (const locale of LOCALES) {
      const html = readPage(localePath(locale, 'news/countries/ven/'));
      expect(html).toContain(`<h1>${strings(locale).news.countryTitle(countryName('VEN', locale))}</h1>`);
    }
  });

  it('list exactly the items that carry the tag, newest first, over all their pages', () => {
    for (const locale of LOCALES) {
      // What the edition lists (src/news/items.ts, unit-tested): each item once, in the edition's
      // language when it has a version in it, otherwise in another; a tag's pages list those of them
      // that carry it, NEWS_PAGE_SIZE a page.
      const items = editionItems(news, locale);
      for (const tag of new Set(items.flatMap((item) => item.data.tags))) {
        const expected = items.filter((item) => item.data.tags.includes(tag)).map(newsHref);
        expect(listedOnEveryPage(localePath(locale, archivePaths.tag(tag))), `${locale}: ${tag}`).toEqual(
          expected,
        );
      }
    }
  });

  it('are linked from each news item and from the archive index', () => {
    const html = readPage('/en/news/coyote-2020-operation/');
    expect(html).toContain('href="/en/news/tags/smuggling/"');
    expect(html).toContain('href="/en/news/countries/mex/"');
    const index = readPage('/news/');
    expect(index).toContain('href="/news/years/2020/"');
    expect(index).toContain('href="/news/countries/ven/"');
  });

  it("are linked from a country's row in the map's table, with its count of news", () => {
    // The count is of the edition's items (each item once, whatever its languages), as its archive
    // page lists them; a country without news has no link.
    const counts = new Map<string, number>();
    for (const item of editionItems(news, 'es')) {
      for (const code of item.data.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const rows = [...readPage('/').matchAll(/<tr data-iso3="([A-Z]{3})">([\s\S]*?)<\/tr>/g)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, code, row] of rows) {
      const count = counts.get(code!) ?? 0;
      const link = `href="${localePath('es', archivePaths.country(code!))}"`;
      if (count === 0) expect(row, code).not.toContain(link);
      else {
        expect(row, code).toContain(link);
        expect(row, code).toContain(`>${count} ${count === 1 ? 'noticia' : 'noticias'}<`);
      }
    }
  });
});
