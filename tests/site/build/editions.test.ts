/**
 * Every edition of the registry: the right language on every page, and the very same figures in all
 * of them (they come from one set of data), each written the way its language writes numbers.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, editionOf, language, localePath } from '../../../src/i18n/languages.ts';
import { countryName } from '../../../src/countries/names.ts';
import { formatCount } from '../../../src/lib/format.ts';
import { builtPages, mapPayload, readPage, sitePages } from '../support/site.ts';

const dataValues = (html: string) =>
  [...html.matchAll(/<data value="([^"]+)"/g)].map((match) => match[1]).sort();
const others = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

describe('every edition', () => {
  it('has its profile, news, data, sources and search pages', () => {
    for (const locale of LOCALES) {
      for (const path of ['', 'news/', 'data/', 'sources/', 'search/']) {
        expect(builtPages()).toContain(localePath(locale, path));
      }
    }
  });

  it.each(sitePages())('%s declares the language of its edition, to browsers and to social media', (path) => {
    const { tag, ogLocale } = language(editionOf(path).locale);
    const html = readPage(path);
    expect(html).toMatch(new RegExp(`<html lang="${tag}"`));
    expect(html).toContain(`<meta property="og:locale" content="${ogLocale}">`);
  });

  it('declares the default edition’s language on the not-found page, and every other one on its part', () => {
    const html = readPage('/404.html');
    expect(html).toMatch(new RegExp(`<html lang="${language(DEFAULT_LOCALE).tag}"`));
    for (const locale of others) expect(html).toContain(`<div lang="${language(locale).tag}">`);
  });

  it.each(others)('%s shows the same figures on the profile as the default edition', (locale) => {
    const figures = dataValues(readPage(localePath(DEFAULT_LOCALE, '')));
    expect(figures.length).toBeGreaterThan(20);
    expect(dataValues(readPage(localePath(locale, '')))).toEqual(figures);
  });

  it.each(others)('%s feeds the same map data, with names in its own language', (locale) => {
    const reference = mapPayload(readPage(localePath(DEFAULT_LOCALE, '')));
    const payload = mapPayload(readPage(localePath(locale, '')));
    expect(payload.counts).toEqual(reference.counts);
    const figures = (views: typeof payload.views) =>
      views.map(({ direction, year, total }) => ({ direction, year, total }));
    expect(figures(payload.views)).toEqual(figures(reference.views));
    expect(payload.locale).toBe(locale);
    expect(payload.names.USA).toBe(countryName('USA', locale));
  });

  it.each(LOCALES)('%s writes numbers the way its language does', (locale) => {
    expect(readPage(localePath(locale, ''))).toContain(formatCount(1_519_635, locale));
  });

  it('names countries and formats numbers in each language', () => {
    expect(mapPayload(readPage('/')).names.USA).toBe('Estados Unidos');
    expect(mapPayload(readPage('/en/')).names.USA).toBe('United States');
    expect(mapPayload(readPage('/pt/')).names.DEU).toBe('Alemanha');
    expect(readPage('/')).toContain('1.519.635');
    expect(readPage('/en/')).toContain('1,519,635');
    expect(readPage('/pt/')).toContain('1.519.635');
  });
});
