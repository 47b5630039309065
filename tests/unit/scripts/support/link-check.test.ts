/** The offline link check of the built site: what it follows, what it finds broken, what it leaves. */
import { describe, expect, it } from 'vitest';
import { anchorsOf, brokenLinks, linksOf } from '../../../../scripts/support/link-check.ts';

/** A site of `pages` (path → HTML) where exactly those pages and `files` exist. */
function site(pages: Record<string, string>, files: string[] = []) {
  const all = new Set([...Object.keys(pages), ...files]);
  return { pages: new Map(Object.entries(pages)), exists: (path: string) => all.has(path) };
}

describe('linksOf', () => {
  it('reads the href and src of links, stylesheets, scripts, images and frames, unescaped', () => {
    const html =
      '<a class="x" href="/news/?view=a&amp;year=2024">n</a><link rel="icon" href=\'/favicon.svg\'>' +
      '<script type="module" src="/_astro/map.js"></script><img alt="" src="/p.png"><iframe src="/embed/map/"></iframe>';
    expect(linksOf(html)).toEqual([
      '/news/?view=a&year=2024',
      '/favicon.svg',
      '/_astro/map.js',
      '/p.png',
      '/embed/map/',
    ]);
  });

  it('ignores URLs in text, in escaped code and in JSON', () => {
    const html =
      '<p>href="/not-a-link/"</p><textarea>&lt;iframe src=&quot;/embed/x/&quot;&gt;</textarea>' +
      '<script type="application/json">{"href":"/json/"}</script>';
    expect(linksOf(html)).toEqual([]);
  });
});

describe('anchorsOf', () => {
  it('collects ids and names', () => {
    expect(anchorsOf('<h2 id="map-title">x</h2><a name="old"></a><div data-id="no">')).toEqual(
      new Set(['map-title', 'old']),
    );
  });
});

describe('brokenLinks', () => {
  it('accepts links to built pages and files, relative ones and fragments that exist', () => {
    const result = brokenLinks(
      site(
        {
          '/': '<a href="/news/#latest">n</a><a href="#top">t</a><a href="data/x.csv">d</a><h1 id="top">x</h1>',
          '/news/': '<h2 id="latest">x</h2><a href="../">home</a><a href="/paises/per%C3%BA/">p</a>',
          '/paises/perú/': '<p>x</p>',
        },
        ['/data/x.csv'],
      ),
    );
    expect(result).toEqual({ broken: [], checked: 5 });
  });

  it('reports a link to a file that was not built, and a fragment the target page lacks', () => {
    const { broken } = brokenLinks(
      site({
        '/': '<a href="/missing/">m</a><a href="/news/#nowhere">f</a><a href="#self-missing">s</a>',
        '/news/': '<h2 id="latest">x</h2>',
      }),
    );
    expect(broken).toEqual([
      { page: '/', href: '/missing/', problem: 'no such file' },
      { page: '/', href: '/news/#nowhere', problem: 'no such fragment' },
      { page: '/', href: '#self-missing', problem: 'no such fragment' },
    ]);
  });

  it('needs the trailing slash the site writes: a folder without it is not a page', () => {
    const { broken } = brokenLinks(site({ '/': '<a href="/news">n</a>', '/news/': '' }));
    expect(broken).toEqual([{ page: '/', href: '/news', problem: 'no such file' }]);
  });

  it('leaves links out alone: other hosts, mail, telephone, protocol-relative', () => {
    const result = brokenLinks(
      site({
        '/': '<a href="https://example.org/x">e</a><a href="mailto:a@b.c">m</a><a href="tel:+51">t</a><a href="//cdn.example/x.js">c</a>',
      }),
    );
    expect(result).toEqual({ broken: [], checked: 0 });
  });
});
