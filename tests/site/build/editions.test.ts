/**
 * The Spanish and English editions: the right language on every page, a switch to the counterpart,
 * and the very same figures in both (they come from one set of data).
 */
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/index.ts';
import { language } from '../../../src/i18n/languages.ts';
import { builtPages, mapPayload, readPage } from '../support/site.ts';

const dataValues = (html: string) =>
  [...html.matchAll(/<data value="([^"]+)"/g)].map((match) => match[1]).sort();

describe('the two editions', () => {
  it.each(builtPages().filter((page) => page !== '/404.html'))(
    '%s declares its language and links to its counterpart',
    (path) => {
      const html = readPage(path);
      const lang = path.startsWith('/en/') ? 'en' : 'es';
      expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
      const switcher = html.match(
        /<a class="language-switch" href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)">\s*([^<]*?)\s*</,
      );
      const other = lang === 'en' ? 'es' : 'en';
      expect(switcher?.[2]).toBe(language(other).tag);
      expect(builtPages()).toContain(switcher?.[1]);
      // The link names the other edition in that edition's own language, marked as such.
      expect(switcher?.[3]).toBe(language(other).tag);
      expect(switcher?.[4]).toBe(strings(other).site.readInThisLanguage);
    },
  );

  it('the Spanish profile names Peru «Perú» and the English one «Peru»', () => {
    expect(readPage('/')).toContain('Perú');
    expect(readPage('/en/')).toMatch(/>Peru</);
  });

  it('show the same figures on the profile', () => {
    const es = dataValues(readPage('/'));
    const en = dataValues(readPage('/en/'));
    expect(es.length).toBeGreaterThan(20);
    expect(es).toEqual(en);
  });

  it('feed the same map data, with names in their own language', () => {
    const es = mapPayload(readPage('/'));
    const en = mapPayload(readPage('/en/'));
    expect(es.counts).toEqual(en.counts);
    const figures = (views: typeof es.views) =>
      views.map(({ direction, year, total }) => ({ direction, year, total }));
    expect(figures(es.views)).toEqual(figures(en.views));
    expect(es.locale).toBe('es');
    expect(en.locale).toBe('en');
    expect(es.names.USA).toBe('Estados Unidos');
    expect(en.names.USA).toBe('United States');
  });

  it('format numbers the way each language writes them', () => {
    expect(readPage('/')).toContain('1.519.635');
    expect(readPage('/en/')).toContain('1,519,635');
  });
});
