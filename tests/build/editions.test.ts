/**
 * The Spanish and English editions: the right language on every page, a switch to the counterpart,
 * and the very same figures in both (they come from one set of data).
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/site.ts';

const dataValues = (html: string) =>
  [...html.matchAll(/<data value="([^"]+)"/g)].map((match) => match[1]).sort();
const mapPayload = (html: string) =>
  JSON.parse(html.match(/<script type="application\/json" id="map-data">([\s\S]*?)<\/script>/)![1]!);

describe('the two editions', () => {
  it.each(builtPages().filter((page) => page !== '/404.html'))(
    '%s declares its language and links to its counterpart',
    (path) => {
      const html = readPage(path);
      const lang = path.startsWith('/en/') ? 'en' : 'es';
      expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
      const switcher = html.match(/<a class="language-switch" href="([^"]+)" hreflang="([^"]+)"/);
      expect(switcher?.[2]).toBe(lang === 'en' ? 'es' : 'en');
      expect(builtPages()).toContain(switcher?.[1]);
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
    expect(es.views).toEqual(en.views);
    expect(es.names.USA).toBe('Estados Unidos');
    expect(en.names.USA).toBe('United States');
  });

  it('format numbers the way each language writes them', () => {
    expect(readPage('/')).toContain('1.519.635');
    expect(readPage('/en/')).toContain('1,519,635');
  });
});
