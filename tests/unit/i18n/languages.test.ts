/** The editions of the site, declared once: codes, BCP 47 tags, formats and addresses. */
import { describe, expect, it } from 'vitest';
import { langParam, localePaths } from '../../../src/i18n/index.ts';
import {
  DEFAULT_LOCALE,
  editionOf,
  intlLocale,
  isLocale,
  language,
  LANGUAGES,
  LOCALES,
  localePath,
} from '../../../src/i18n/languages.ts';

describe('LANGUAGES', () => {
  it.each(LANGUAGES.map((entry) => [entry.code, entry] as const))(
    '%s has a valid BCP 47 tag, Intl locale and Open Graph locale of its language',
    (code, entry) => {
      // A valid tag comes back from Intl as it is written: canonical, nothing to correct.
      expect(Intl.getCanonicalLocales(entry.tag)).toEqual([entry.tag]);
      expect(Intl.getCanonicalLocales(entry.intl)).toEqual([entry.intl]);
      expect(new Intl.Locale(entry.tag).language).toBe(code);
      expect(new Intl.Locale(entry.intl).language).toBe(code);
      expect(entry.ogLocale).toMatch(new RegExp(`^${code}_[A-Z]{2}$`));
    },
  );

  it('lists each edition once, the default one first', () => {
    expect(new Set(LOCALES).size).toBe(LANGUAGES.length);
    expect(LOCALES).toEqual(LANGUAGES.map((entry) => entry.code));
    expect(DEFAULT_LOCALE).toBe(LANGUAGES[0].code);
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
  });

  it('serves Spanish at the root, English under /en/ and Portuguese under /pt/', () => {
    expect(DEFAULT_LOCALE).toBe('es');
    expect(LOCALES).toEqual(['es', 'en', 'pt']);
    expect(language('pt')).toEqual({ code: 'pt', tag: 'pt', intl: 'pt-BR', ogLocale: 'pt_BR' });
  });
});

describe('language, isLocale and intlLocale', () => {
  it.each(LOCALES)('finds the entry of %s', (locale) => {
    expect(language(locale).code).toBe(locale);
    expect(isLocale(locale)).toBe(true);
    expect(intlLocale(locale)).toBe(language(locale).intl);
  });

  it.each(['fr', 'ES', '', undefined, 1])('knows %j is no edition', (code) => {
    expect(isLocale(code)).toBe(false);
  });

  it('formats Spanish figures with a decimal comma, as Peru’s statistics office writes them', () => {
    expect(new Intl.NumberFormat(intlLocale('es')).format(27.6)).toBe('27,6');
    expect(new Intl.NumberFormat(intlLocale('en')).format(27.6)).toBe('27.6');
  });

  it('formats Portuguese figures the Brazilian way', () => {
    expect(new Intl.NumberFormat(intlLocale('pt')).format(1672482)).toBe('1.672.482');
    expect(
      new Intl.NumberFormat(intlLocale('pt'), { notation: 'compact', compactDisplay: 'long' }).format(
        1_700_000,
      ),
    ).toBe('1,7 milhão');
  });
});

describe('addresses of each edition', () => {
  it.each([
    ['es', 'news/', '/news/'],
    ['en', 'news/', '/en/news/'],
    ['es', '', '/'],
    ['en', '', '/en/'],
    ['es', '/news/page/2/', '/news/page/2/'],
    ['en', '/news/page/2/', '/en/news/page/2/'],
    ['en', '//sources/', '/en/sources/'],
    ['pt', 'news/page/2/', '/pt/news/page/2/'],
  ] as const)('localePath(%s, %j) → %s', (locale, path, expected) => {
    expect(localePath(locale, path)).toBe(expected);
  });

  it('defaults the path to the edition root', () => {
    expect(localePath('es')).toBe('/');
    expect(localePath('en')).toBe('/en/');
  });

  it.each(LOCALES)('gives %s a route parameter matching its address', (locale) => {
    const param = langParam(locale);
    expect(param).toBe(locale === DEFAULT_LOCALE ? undefined : locale);
    expect(localePath(locale, 'data/')).toBe(param === undefined ? '/data/' : `/${param}/data/`);
  });

  it('renders each page once per edition', () => {
    expect(localePaths()).toEqual(
      LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } })),
    );
    expect(localePaths()).toEqual([
      { params: { lang: undefined }, props: { locale: 'es' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
      { params: { lang: 'pt' }, props: { locale: 'pt' } },
    ]);
  });
});

describe('editionOf', () => {
  it.each(
    LOCALES.flatMap((locale) =>
      ['', 'news/', 'news/tags/policy/', 'rss.xml'].map((path) => [locale, path] as const),
    ),
  )('reads %s and %j back from the address localePath gives', (locale, path) => {
    expect(editionOf(localePath(locale, path))).toEqual({ locale, path });
  });

  it.each([
    ['/404.html', { locale: DEFAULT_LOCALE, path: '404.html' }],
    ['/english/', { locale: DEFAULT_LOCALE, path: 'english/' }],
    [`/${DEFAULT_LOCALE}/news/`, { locale: DEFAULT_LOCALE, path: `${DEFAULT_LOCALE}/news/` }],
  ])('reads %s as a page of the default edition', (pathname, expected) => {
    expect(editionOf(pathname)).toEqual(expected);
  });
});
