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
  tags: readonly string[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.summary,
    datePublished: machineDate(item.date, item.datePrecision),
    inLanguage: item.lang,
    url: item.url,
    keywords: item.tags.join(', '),
    publisher: { '@type': 'Organization', name: item.publisher },
  };
}

export function datasetLd(dataset: {
  name: string;
  description: string;
  url: string;
  downloads: { url: string; format: string }[];
  creator: string;
  license?: string | undefined;
  temporalCoverage?: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.name,
    description: dataset.description,
    url: dataset.url,
    creator: { '@type': 'Organization', name: dataset.creator },
    ...(dataset.license ? { license: dataset.license } : {}),
    ...(dataset.temporalCoverage ? { temporalCoverage: dataset.temporalCoverage } : {}),
    distribution: dataset.downloads.map((download) => ({
      '@type': 'DataDownload',
      encodingFormat: download.format,
      contentUrl: download.url,
    })),
  };
}
