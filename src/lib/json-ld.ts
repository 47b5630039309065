/**
 * Structured data (schema.org JSON-LD) for search engines, serialized so that no string in it can
 * end the `<script>` element it sits in: `<` becomes `\u003c` (so `</script>` cannot appear), and the
 * line separators JavaScript once rejected are escaped too. The JSON stays equal once parsed.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function newsArticleLd(item: {
  title: string;
  summary: string;
  date: Date;
  lang: string;
  url: string;
  publisher: string;
  countries: readonly string[];
  tags: readonly string[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.summary,
    datePublished: item.date.toISOString().slice(0, 10),
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
