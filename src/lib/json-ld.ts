/** Structured data (schema.org JSON-LD) for search engines; `JsonLd.astro` writes it with `inlineJson`. */
import { machineDate } from './format.ts';

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
    // An item records no date of change (see src/schemas/news.ts): modified is its own date, at
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

/** A place the data is about, as schema.org writes it. */
export interface PlaceLd {
  name: string;
  /** ISO 3166-1 alpha-2 code of a country. */
  countryCode?: string;
}

/**
 * A download as a schema.org Dataset: who made the figures (`creator`), who publishes this copy
 * (`publisher`), its licence where the source states one, the years of its rows, the place it is
 * about and every file it comes as.
 */
export function datasetLd(dataset: {
  name: string;
  description: string;
  url: string;
  downloads: { url: string; format: string; name?: string }[];
  creator: string;
  publisher?: string | undefined;
  license?: string | undefined;
  temporalCoverage?: string | undefined;
  spatialCoverage?: PlaceLd | undefined;
  citation?: string | undefined;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.name,
    description: dataset.description,
    url: dataset.url,
    creator: { '@type': 'Organization', name: dataset.creator },
    ...(dataset.publisher ? { publisher: { '@type': 'Organization', name: dataset.publisher } } : {}),
    ...(dataset.license ? { license: dataset.license } : {}),
    ...(dataset.temporalCoverage ? { temporalCoverage: dataset.temporalCoverage } : {}),
    ...(dataset.spatialCoverage
      ? {
          spatialCoverage: {
            '@type': 'Place',
            name: dataset.spatialCoverage.name,
            ...(dataset.spatialCoverage.countryCode
              ? { address: { '@type': 'PostalAddress', addressCountry: dataset.spatialCoverage.countryCode } }
              : {}),
          },
        }
      : {}),
    ...(dataset.citation ? { citation: dataset.citation } : {}),
    distribution: dataset.downloads.map((download) => ({
      '@type': 'DataDownload',
      ...(download.name ? { name: download.name } : {}),
      encodingFormat: download.format,
      contentUrl: download.url,
    })),
  };
}
