import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import {
  DEFAULT_LOCALE,
  langParam,
  LOCALES,
  localePath,
  localePaths,
  otherLocale,
  strings,
} from '../../src/i18n/index.ts';

type Leaf = { path: string; kind: 'string' | 'function' | 'array' | 'object' | 'other'; value: unknown };

/** Every node of a strings object, with its dotted path and kind (arrays by their length). */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, kind: 'string', value }];
  if (typeof value === 'function') return [{ path, kind: 'function', value }];
  if (Array.isArray(value)) {
    return [
      { path, kind: 'array', value: value.length },
      ...value.flatMap((element, index) => leaves(element, `${path}[${index}]`)),
    ];
  }
  if (value !== null && typeof value === 'object') {
    return [
      { path, kind: 'object', value: Object.keys(value).length },
      ...Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key)),
    ];
  }
  return [{ path, kind: 'other', value }];
}

const shape = (strings: unknown) =>
  leaves(strings)
    .map(({ path, kind, value }) => `${path}: ${kind}${kind === 'array' ? ` of ${value as number}` : ''}`)
    .sort();

describe('the English and Spanish strings', () => {
  it('have the same keys, kinds of values and array lengths, at every depth', () => {
    expect(shape(es)).toEqual(shape(en));
  });

  it.each([
    ['es', es, en],
    ['en', en, es],
  ] as const)('every key of %s exists in the other language', (_name, from, to) => {
    const otherPaths = new Set(leaves(to).map((leaf) => leaf.path));
    const missing = leaves(from)
      .map((leaf) => leaf.path)
      .filter((path) => !otherPaths.has(path));
    expect(missing).toEqual([]);
  });

  it('have the same number of methods paragraphs', () => {
    expect(es.sources.methods.length).toBe(en.sources.methods.length);
    expect(en.sources.methods.length).toBeGreaterThan(0);
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('%s has no empty or blank string', (_name, strings) => {
    const blank = leaves(strings)
      .filter((leaf) => leaf.kind === 'string' && (leaf.value as string).trim() === '')
      .map((leaf) => leaf.path);
    expect(blank).toEqual([]);
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('%s has only strings, string arrays, functions and objects', (_name, strings) => {
    expect(leaves(strings).filter((leaf) => leaf.kind === 'other')).toEqual([]);
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('%s functions give non-blank text', (_name, strings) => {
    for (const count of [0, 1, 2]) expect(strings.sources.usedBy(count).trim()).not.toBe('');
    expect(strings.news.pageOf(2, 3)).toMatch(/2.*3/);
    expect(strings.fact.year(2016, 2019)).toBe('2016–2019');
    expect(strings.fact.year(2020)).toBe('2020');
  });

  it('make singular and plural figures', () => {
    expect(en.sources.usedBy(1)).toBe('1 figure on this site');
    expect(en.sources.usedBy(3)).toBe('3 figures on this site');
    expect(es.sources.usedBy(1)).toBe('1 cifra en este sitio');
    expect(es.sources.usedBy(3)).toBe('3 cifras en este sitio');
  });

  it('name each language in that language', () => {
    expect(en.languageName).toBe('English');
    expect(es.languageName).toBe('Español');
  });
});

describe('locales and addresses', () => {
  it('serves Spanish at the root and English under /en/', () => {
    expect(DEFAULT_LOCALE).toBe('es');
    expect(LOCALES).toEqual(['es', 'en']);
  });

  it.each([
    ['es', 'news/', '/news/'],
    ['en', 'news/', '/en/news/'],
    ['es', '', '/'],
    ['en', '', '/en/'],
    ['es', '/news/page/2/', '/news/page/2/'],
    ['en', '/news/page/2/', '/en/news/page/2/'],
    ['en', '//sources/', '/en/sources/'],
  ] as const)('localePath(%s, %j) → %s', (locale, path, expected) => {
    expect(localePath(locale, path)).toBe(expected);
  });

  it('defaults the path to the edition root', () => {
    expect(localePath('es')).toBe('/');
    expect(localePath('en')).toBe('/en/');
  });

  it('gives the route parameter of each locale', () => {
    expect(langParam('es')).toBeUndefined();
    expect(langParam('en')).toBe('en');
    expect(localePaths()).toEqual([
      { params: { lang: undefined }, props: { locale: 'es' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
    ]);
  });

  it('gives the strings and the other locale of each language', () => {
    expect(strings('en')).toBe(en);
    expect(strings('es')).toBe(es);
    expect(otherLocale('en')).toBe('es');
    expect(otherLocale('es')).toBe('en');
  });
});
