/** Links from a news body to another item's page: which links name an item's page, and which of those the site lacks. */
import { describe, expect, it } from 'vitest';
import { newsLinkProblems, newsPageOf } from '../../../src/news/links.ts';

describe('newsPageOf', () => {
  it.each([
    ['/news/operacion-coyote-2020/', '/news/operacion-coyote-2020/'],
    ['/en/news/coyote-2020-operation', '/en/news/coyote-2020-operation/'],
    ['/pt/news/operacao-coyote-2020/#fontes', '/pt/news/operacao-coyote-2020/'],
    ['/en/news/coyote-2020-operation/?ref=x', '/en/news/coyote-2020-operation/'],
  ])('reads %s as the page %s', (href, page) => {
    expect(newsPageOf(href)).toBe(page);
  });

  it.each([
    '/news/',
    '/en/news/tags/smuggling/',
    '/news/countries/ven/',
    '/news/years/2020/',
    '/news/page/2/',
    '/news/tags/',
    // The default edition has no prefix: /es/ is not one of its addresses, nor of a news page.
    '/es/news/operacion-coyote-2020/',
    '/en/data/',
    '/data/undesa-ims2024-peru.csv',
  ])('leaves %s to the built site’s link test', (href) => {
    expect(newsPageOf(href)).toBeUndefined();
  });
});

describe('newsLinkProblems', () => {
  const published = new Set(['/news/operacion-coyote-2020/', '/en/news/coyote-2020-operation/']);

  it('accepts links to published items, however the address ends', () => {
    expect(
      newsLinkProblems(
        [
          { file: 'a.md', line: 3, href: '/news/operacion-coyote-2020' },
          { file: 'a.md', line: 4, href: '/en/news/coyote-2020-operation/#top' },
          { file: 'a.md', line: 5, href: '/en/news/tags/anything/' },
        ],
        published,
      ),
    ).toEqual([]);
  });

  it('refuses a link to a page no published item has, with the nearest address', () => {
    expect(
      newsLinkProblems(
        [
          { file: 'content/news/es/a.md', line: 12, href: '/en/news/coyote-2020-operatoin/' },
          { file: 'content/news/es/a.md', line: 13, href: '/pt/news/nothing-like-it-at-all/' },
        ],
        published,
      ),
    ).toEqual([
      {
        file: 'content/news/es/a.md',
        line: 12,
        field: 'body',
        value: '/en/news/coyote-2020-operatoin/',
        message: 'links to a news page the site does not have (no published item has this address)',
        fix: 'did you mean /en/news/coyote-2020-operation/?',
      },
      expect.objectContaining({
        line: 13,
        value: '/pt/news/nothing-like-it-at-all/',
        fix: expect.stringContaining('a draft has no page'),
      }),
    ]);
  });
});
