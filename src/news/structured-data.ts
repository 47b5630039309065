/** A news item as structured data (schema.org JSON-LD) for search engines; `JsonLd.astro` writes it with `inlineJson`. */
import { machineDate } from '../lib/format.ts';

/**
 * A news item as a schema.org NewsArticle. Its date keeps the precision the editor gave: `2020-11`
 * for an item known only to the month, never an invented day.
 */
export function newsArticleLd(item: {
  title: string;
  summary: string;
  date: Date;
  datePrecision: 'day' | 'month';
  lang: string;
  url: string;
  publisher: string;
  /** The page's social image: the `og:image` of the page. */
  image: string;
  tags: readonly string[];
}) {
  const datePublished = machineDate(item.date, item.datePrecision);
  const organisation = { '@type': 'Organization', name: item.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.summary,
    datePublished,
    // An item records no date of change (see src/news/schema.ts): modified is its own date, at
    // the same precision, so a month-only item is not given an invented day.
    dateModified: datePublished,
    inLanguage: item.lang,
    url: item.url,
    image: item.image,
    keywords: item.tags.join(', '),
    author: organisation,
    publisher: organisation,
  };
}
