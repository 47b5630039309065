/** Each edition's strings: the same shape as en.ts everywhere, in the edition's own language. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { languageName, LOCALES, otherLocales, strings } from '../../../src/i18n/index.ts';

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

  it.each(LOCALES)('%s has exactly the keys of en.ts, at every depth', (locale) => {
    expect(shape(strings(locale))).toEqual(shape(en));
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

describe('strings', () => {
  it('gives each edition its own strings file', () => {
    expect(strings('en')).toBe(en);
    expect(strings('es')).toBe(es);
  });
});

describe('the link to each edition', () => {
  it.each(LOCALES)('in %s is written in that language, naming it as CLDR does', (locale) => {
    const link = strings(locale).site.readInThisLanguage;
    expect(link).toContain(languageName(locale, locale));
    for (const other of otherLocales(locale)) expect(link).not.toContain(languageName(other, other));
  });

  it('differs between the editions', () => {
    const links = LOCALES.map((locale) => strings(locale).site.readInThisLanguage);
    expect(new Set(links).size).toBe(LOCALES.length);
  });
});

describe('texts made from values', () => {
  it.each(LOCALES)('%s names the language of an item only in another language', (locale) => {
    const name = languageName('en', locale);
    expect(strings(locale).news.onlyIn(name)).toContain(name);
  });

  it.each(LOCALES)('%s gives the year the map shows without JavaScript, and the table caption', (locale) => {
    const t = strings(locale);
    expect(t.map.noScript(1995)).toContain('1995');
    expect(t.map.tableCaption(t.map.emigrantsLong, 2015)).toContain(t.map.emigrantsLong);
    expect(t.map.tableCaption(t.map.emigrantsLong, 2015)).toContain('2015');
  });
});

describe('otherLocales', () => {
  it.each(LOCALES)('gives every edition but %s, in registry order', (locale) => {
    expect(otherLocales(locale)).toEqual(LOCALES.filter((other) => other !== locale));
  });
});

describe('languageName', () => {
  it.each([
    ['es', 'en', 'Spanish'],
    ['en', 'es', 'inglés'],
    ['en', 'en', 'English'],
    ['es', 'es', 'español'],
  ] as const)('names %s in %s "%s" (Unicode CLDR)', (code, inLocale, name) => {
    expect(languageName(code, inLocale)).toBe(name);
  });
});
