/** Which pages of the other editions are a page's versions: hreflang links, sitemap and switch. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, language, type Locale } from '../../../src/i18n/languages.ts';
import {
  counterparts,
  hreflangLinks,
  nearestPage,
  type EditionPaths,
} from '../../../src/editions/alternates.ts';

/** The same pages in every edition, plus each edition's own. */
function editions(shared: string[], own: Partial<Record<Locale, string[]>> = {}): EditionPaths {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, new Set([...shared, ...(own[locale] ?? [])])]),
  ) as unknown as EditionPaths;
}

const others = (locale: Locale) => LOCALES.filter((other) => other !== locale);

describe('counterparts', () => {
  it.each(LOCALES)(
    'pairs a page of %s with the same path in every other edition that builds it',
    (locale) => {
      const built = editions(['', 'news/', 'news/tags/policy/']);
      expect(counterparts(locale, 'news/tags/policy/', built)).toEqual(
        others(locale).map((other) => ({ locale: other, path: 'news/tags/policy/' })),
      );
    },
  );

  it('gives a page 2 that only one edition builds no counterpart, and the page 2s that exist each other', () => {
    const [first, second] = LOCALES as [Locale, Locale];
    const built = editions(['news/tags/policy/'], {
      [first]: ['news/tags/policy/page/2/'],
    });
    expect(counterparts(first, 'news/tags/policy/page/2/', built)).toEqual([]);
    const both = editions(['news/tags/policy/', 'news/tags/policy/page/2/']);
    expect(counterparts(first, 'news/tags/policy/page/2/', both)).toContainEqual({
      locale: second,
      path: 'news/tags/policy/page/2/',
    });
  });

  it('never pairs a page with the edition’s index in place of a missing archive page', () => {
    const [first, second] = LOCALES as [Locale, Locale];
    const built = editions(['news/'], { [first]: ['news/tags/only-here/'] });
    expect(counterparts(first, 'news/tags/only-here/', built)).toEqual([]);
    expect(counterparts(second, 'news/', built)).toContainEqual({ locale: first, path: 'news/' });
  });

  it('pairs a news item with its translations by their own paths, never by a shared file name', () => {
    const es = 'news/operacion-coyote-2020/';
    const en = 'news/coyote-2020-operation/';
    const built = editions([], { es: [es, en], en: [en] });
    // The Spanish edition happens to have a page at the English item's path: not its translation.
    expect(counterparts('en', en, built, { en, es })).toEqual([{ locale: 'es', path: es }]);
    expect(counterparts('en', en, built, { en })).toEqual([]);
    expect(counterparts('es', es, built, { en, es })).toEqual([{ locale: 'en', path: en }]);
  });

  it('links back: each counterpart has the page among its own counterparts', () => {
    const built = editions(['', 'news/', 'news/page/2/'], { [DEFAULT_LOCALE]: ['news/page/3/'] });
    for (const locale of LOCALES) {
      for (const path of built[locale]) {
        for (const version of counterparts(locale, path, built)) {
          expect(counterparts(version.locale, version.path, built)).toContainEqual({ locale, path });
        }
      }
    }
  });
});

describe('hreflangLinks', () => {
  it('lists the page and its versions in registry order, with each edition’s tag, then x-default', () => {
    const locale = LOCALES.at(-1)!;
    const versions = others(locale).map((other) => ({ locale: other, path: 'data/' }));
    expect(hreflangLinks(locale, 'data/', versions)).toEqual([
      ...LOCALES.map((each) => ({ locale: each, path: 'data/', hreflang: language(each).tag })),
      { locale: DEFAULT_LOCALE, path: 'data/', hreflang: 'x-default' },
    ]);
  });

  it('points x-default to the default edition’s version, whatever the page’s own edition', () => {
    const other = others(DEFAULT_LOCALE)[0]!;
    const links = hreflangLinks(other, 'news/x/', [{ locale: DEFAULT_LOCALE, path: 'news/equis/' }]);
    expect(links.at(-1)).toEqual({ locale: DEFAULT_LOCALE, path: 'news/equis/', hreflang: 'x-default' });
  });

  it('gives no x-default when the default edition has no version of the page', () => {
    const links = hreflangLinks('pt', 'news/x/', [{ locale: 'en', path: 'news/x/' }]);
    expect(links.map((link) => link.hreflang)).toEqual([language('en').tag, language('pt').tag]);
  });

  it('gives a page no other edition has no links at all', () => {
    expect(hreflangLinks(DEFAULT_LOCALE, 'news/only-here/', [])).toEqual([]);
  });
});

describe('nearestPage', () => {
  const built = new Set(['', 'news/', 'news/tags/policy/']);

  it.each([
    ['news/coyote-2020-operation/', 'news/'],
    ['news/tags/policy/page/2/', 'news/tags/policy/'],
    ['news/tags/other/', 'news/'],
    ['news/', ''],
    ['data/', ''],
    ['', ''],
  ])('from %j leads to %j', (path, expected) => {
    expect(nearestPage(path, built)).toBe(expected);
  });
});
