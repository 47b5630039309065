/** The archive shaped once: groups by tag, country and year, their counts, pages and addresses. */
import { describe, expect, it } from 'vitest';
import {
  archivePagesOf,
  archivePaths,
  editionArchive,
  newsArchive,
  pagePath,
  type ArchivedItem,
} from '../../../src/news/archive.ts';

function item(
  id: string,
  date: string,
  tags: string[],
  countries: string[] = [],
  translationOf?: string,
): ArchivedItem {
  return {
    id,
    data: {
      title: id,
      date: new Date(`${date}T00:00:00Z`),
      lang: id.split('/')[0] as 'en' | 'es',
      draft: false,
      tags,
      countries,
      ...(translationOf ? { translationOf } : {}),
    },
  };
}

const news = [
  item('es/a', '2020-03-01', ['policy', 'refugees'], ['PER', 'VEN']),
  item('en/a', '2020-03-01', ['policy', 'refugees'], ['PER', 'VEN'], 'es/a'),
  item('es/b', '2021-05-01', ['policy'], ['PER']),
  item('en/c', '2019-01-01', ['smuggling'], ['MEX', 'MEX']),
  item('es/d', '2021-01-01', ['refugees', 'refugees'], []),
];
const ids = (items: readonly ArchivedItem[]) => items.map((entry) => entry.id);

describe('editionArchive', () => {
  const es = editionArchive(news, 'es');

  it("lists the edition's items newest first, with items only in another language", () => {
    expect(ids(es.items)).toEqual(['es/b', 'es/d', 'es/a', 'en/c']);
  });

  it('files each item under each of its tags, countries and its year, newest first, once each', () => {
    expect(ids(es.groups.tag.get('policy')!)).toEqual(['es/b', 'es/a']);
    expect(ids(es.groups.tag.get('refugees')!)).toEqual(['es/d', 'es/a']);
    expect(ids(es.groups.country.get('MEX')!)).toEqual(['en/c']);
    expect(ids(es.groups.year.get('2021')!)).toEqual(['es/b', 'es/d']);
  });

  it("never files another edition's version of an item", () => {
    for (const group of Object.values(es.groups))
      for (const items of group.values()) expect(ids(items)).not.toContain('en/a');
  });

  it('counts each value: tags and countries in order of value, years newest first', () => {
    expect(es.facets.tag).toEqual([
      { value: 'policy', count: 2 },
      { value: 'refugees', count: 2 },
      { value: 'smuggling', count: 1 },
    ]);
    expect(es.facets.country.map((facet) => facet.value)).toEqual(['MEX', 'PER', 'VEN']);
    expect(es.facets.year).toEqual([
      { value: '2021', count: 2 },
      { value: '2020', count: 1 },
      { value: '2019', count: 1 },
    ]);
  });

  it('gives counts equal to the size of each group', () => {
    for (const kind of ['tag', 'country', 'year'] as const)
      for (const facet of es.facets[kind]) expect(es.groups[kind].get(facet.value)).toHaveLength(facet.count);
  });
});

describe('newsArchive', () => {
  it('shapes every edition given', () => {
    const archive = newsArchive(news, ['es', 'en']);
    expect([...archive.keys()]).toEqual(['es', 'en']);
    expect(ids(archive.get('en')!.items)).toEqual(['es/b', 'es/d', 'en/a', 'en/c']);
  });
});

describe('archivePagesOf', () => {
  const many = Array.from({ length: 23 }, (_, i) =>
    item(`es/n${String(i).padStart(2, '0')}`, `2020-01-${String(i + 1).padStart(2, '0')}`, ['policy']),
  );
  const pages = archivePagesOf('es', editionArchive(many, 'es'), 'tag', 10);

  it('splits each group into pages of the given size, with the total on each', () => {
    expect(
      pages.map((page) => [page.value, page.page.number, page.page.last, page.page.items.length]),
    ).toEqual([
      ['policy', 1, 3, 10],
      ['policy', 2, 3, 10],
      ['policy', 3, 3, 3],
    ]);
    expect(pages.every((page) => page.total === 23 && page.kind === 'tag' && page.locale === 'es')).toBe(
      true,
    );
  });

  it('lists every item of the group exactly once, newest first across pages', () => {
    const listed = pages.flatMap((page) => ids(page.page.items));
    expect(listed).toEqual(ids(many).reverse());
  });
});

describe('archivePaths', () => {
  it('gives the tag, country and year pages within an edition, country codes in lower case', () => {
    expect(archivePaths.tag('smuggling')).toBe('news/tags/smuggling/');
    expect(archivePaths.country('VEN')).toBe('news/countries/ven/');
    expect(archivePaths.year(2020)).toBe('news/years/2020/');
  });
});

describe('pagePath', () => {
  it.each([
    ['news/', 1, 'news/'],
    ['news/', 2, 'news/page/2/'],
    ['news/tags/policy/', 10, 'news/tags/policy/page/10/'],
  ])('%s, page %d → %s', (first, number, path) => {
    expect(pagePath(first, number)).toBe(path);
  });

  it.each([0, -1, 1.5])('refuses page %d', (number) => {
    expect(() => pagePath('news/', number)).toThrow(/page number/);
  });
});
