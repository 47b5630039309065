/** Structured data for search engines: a news item as a schema.org NewsArticle. */
import { describe, expect, it } from 'vitest';
import { newsArticleLd } from '../../../src/news/structured-data.ts';

const item = {
  title: 'Operation Coyote 2020',
  summary: 'Police dismantle a smuggling network.',
  date: new Date('2020-11-30T00:00:00Z'),
  lang: 'en',
  url: 'https://example.org/en/news/coyote-2020-operation/',
  publisher: 'Peru migration profile',
  image: 'https://example.org/social.png',
  tags: ['smuggling', 'trafficking'],
};

describe('newsArticleLd', () => {
  it('keeps the day of an item known to the day', () => {
    expect(newsArticleLd({ ...item, datePrecision: 'day' }).datePublished).toBe('2020-11-30');
  });

  it('gives only the month of an item known to the month, never an invented day', () => {
    expect(newsArticleLd({ ...item, datePrecision: 'month' }).datePublished).toBe('2020-11');
  });

  it('describes the item as a NewsArticle with its headline, language, address and keywords', () => {
    expect(newsArticleLd({ ...item, datePrecision: 'day' })).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Operation Coyote 2020',
      description: 'Police dismantle a smuggling network.',
      inLanguage: 'en',
      url: 'https://example.org/en/news/coyote-2020-operation/',
      keywords: 'smuggling, trafficking',
      publisher: { '@type': 'Organization', name: 'Peru migration profile' },
    });
  });

  it("gives the page's image, and the publishing organisation as author", () => {
    expect(newsArticleLd({ ...item, datePrecision: 'day' })).toMatchObject({
      image: 'https://example.org/social.png',
      author: { '@type': 'Organization', name: 'Peru migration profile' },
    });
  });

  it('gives the date modified as the item records no change: its own date, at its own precision', () => {
    expect(newsArticleLd({ ...item, datePrecision: 'day' }).dateModified).toBe('2020-11-30');
    expect(newsArticleLd({ ...item, datePrecision: 'month' }).dateModified).toBe('2020-11');
  });
});
