/** A download as structured data (schema.org JSON-LD) for search engines; `JsonLd.astro` writes it with `inlineJson`. */

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
