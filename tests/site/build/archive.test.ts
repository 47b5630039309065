/** The news archive's tag, country and year pages, and the links that lead to them. */
import { describe, expect, it } from 'vitest';
import { readNews } from '../../../src/news/files.ts';
import { strings } from '../../../src/i18n/index.ts';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';
import { countryName } from '../../../src/countries/names.ts';
import { builtPages, readPage } from '../support/site.ts';

const news = readNews(process.cwd()).entries.filter((item) => !item.data.draft);
const slug = (id: string) => id.split('/')[1];

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

  it('list exactly the items that carry the tag', () => {
    const tagged = news.filter((item) => item.data.lang === 'en' && item.data.tags.includes('venezuelans'));
    const html = readPage('/en/news/tags/venezuelans/');
    for (const item of news.filter((candidate) => candidate.data.lang === 'en')) {
      expect(html.includes(`/en/news/${slug(item.id)}/`)).toBe(tagged.includes(item));
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

  it("are linked from a country's row in the map's table", () => {
    const html = readPage('/');
    const row = html.match(/<tr data-iso3="VEN">[\s\S]*?<\/tr>/)?.[0] ?? '';
    expect(row).toContain('href="/news/countries/ven/"');
    const venezuelaNews = news.filter(
      (item) => item.data.lang === 'es' && item.data.countries.includes('VEN'),
    ).length;
    expect(row).toContain(`${venezuelaNews} noticias`);
  });
});
