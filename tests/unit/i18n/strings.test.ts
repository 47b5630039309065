/** Each edition's strings: the same shape as en.ts everywhere, in the edition's own language. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { pt } from '../../../src/i18n/pt.ts';
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

const editions = LOCALES.map((locale) => [locale, strings(locale)] as const);

describe('the strings of every edition', () => {
  it.each(LOCALES)('%s has exactly the keys of en.ts, at every depth', (locale) => {
    expect(shape(strings(locale))).toEqual(shape(en));
  });

  it.each(LOCALES)('every key of %s exists in every other edition', (locale) => {
    for (const other of otherLocales(locale)) {
      const otherPaths = new Set(leaves(strings(other)).map((leaf) => leaf.path));
      const missing = leaves(strings(locale))
        .map((leaf) => leaf.path)
        .filter((path) => !otherPaths.has(path));
      expect(missing, `missing in ${other}`).toEqual([]);
    }
  });

  it.each(LOCALES)('%s has as many methods paragraphs as en.ts', (locale) => {
    expect(strings(locale).sources.methods.length).toBe(en.sources.methods.length);
    expect(en.sources.methods.length).toBeGreaterThan(0);
  });

  it.each(editions)('%s has no empty or blank string', (_name, strings) => {
    const blank = leaves(strings)
      .filter((leaf) => leaf.kind === 'string' && (leaf.value as string).trim() === '')
      .map((leaf) => leaf.path);
    expect(blank).toEqual([]);
  });

  it.each(editions)('%s has only strings, string arrays, functions and objects', (_name, strings) => {
    expect(leaves(strings).filter((leaf) => leaf.kind === 'other')).toEqual([]);
  });

  it.each(editions)('%s functions give non-blank text', (_name, strings) => {
    for (const count of [0, 1, 2]) expect(strings.sources.usedBy(count).trim()).not.toBe('');
    expect(strings.news.pageOf(2, 3)).toMatch(/2.*3/);
    expect(strings.fact.year(2016, 2019)).toBe('2016–2019');
    expect(strings.fact.year(2020)).toBe('2020');
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s is translated: its texts differ from the English ones',
    (locale) => {
      const english = new Map(leaves(en).map((leaf) => [leaf.path, leaf.value]));
      const texts = leaves(strings(locale)).filter((leaf) => leaf.kind === 'string');
      const same = texts.filter((leaf) => english.get(leaf.path) === leaf.value).map((leaf) => leaf.path);
      // Words that are the same in every language: the total, the map's «Peru» in Portuguese, a label.
      expect(same.length).toBeLessThan(texts.length / 20);
    },
  );

  it('make singular and plural figures', () => {
    expect(en.sources.usedBy(1)).toBe('1 figure on this site');
    expect(en.sources.usedBy(3)).toBe('3 figures on this site');
    expect(es.sources.usedBy(1)).toBe('1 cifra en este sitio');
    expect(es.sources.usedBy(3)).toBe('3 cifras en este sitio');
    expect(pt.sources.usedBy(1)).toBe('1 número neste site');
    expect(pt.sources.usedBy(3)).toBe('3 números neste site');
    expect(pt.news.itemCount(1)).toBe('1 notícia');
    expect(pt.search.results(2, 'x')).toBe('2 resultados para “x”');
  });

  it.each(LOCALES)('%s names its language in that language, as CLDR does', (locale) => {
    expect(strings(locale).languageName.toLowerCase()).toBe(languageName(locale, locale).toLowerCase());
  });
});

describe('strings', () => {
  it('gives each edition its own strings file', () => {
    expect(strings('en')).toBe(en);
    expect(strings('es')).toBe(es);
    expect(strings('pt')).toBe(pt);
  });
});

describe('the link to each edition', () => {
  it.each(LOCALES)('in %s is written in that language, naming it as CLDR does', (locale) => {
    const link = strings(locale).site.readInThisLanguage;
    expect(link).toContain(languageName(locale, locale));
    for (const other of otherLocales(locale)) expect(link).not.toContain(languageName(other, other));
  });

  it.each(LOCALES)('from a page the %s edition lacks names the edition, in its language', (locale) => {
    const { edition, readInThisLanguage } = strings(locale).site;
    expect(edition.toLowerCase()).toContain(languageName(locale, locale).toLowerCase());
    expect(edition).not.toBe(readInThisLanguage);
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
    ['pt', 'pt', 'português'],
    ['en', 'pt', 'inglês'],
    ['pt', 'es', 'portugués'],
  ] as const)('names %s in %s "%s" (Unicode CLDR)', (code, inLocale, name) => {
    expect(languageName(code, inLocale)).toBe(name);
  });
});
