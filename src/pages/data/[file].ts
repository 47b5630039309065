/** `/data/<dataset>.csv` and `/data/<dataset>.json`: every dataset behind the map and the figures. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDownloads, downloadPath, type Download } from '../../downloads/load.ts';
import { citation, datasetCsv, datasetJson, DOWNLOADS_LOCALE } from '../../downloads/files.ts';
import { strings } from '../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const downloads = await loadDownloads();
  return downloads.flatMap((dataset) =>
    (['csv', 'json'] as const).map((format) => ({
      params: { file: `${dataset.id}.${format}` },
      props: { dataset, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { dataset, format } = props as { dataset: Download; format: 'csv' | 'json' };
  if (format === 'csv') {
    return new Response(datasetCsv(dataset), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  }
  const url = new URL(downloadPath(dataset.id, 'json'), site).href;
  const t = strings(DOWNLOADS_LOCALE);
  return new Response(
    datasetJson(dataset, citation(dataset.source, { site: t.site.name, ...t.data.citation }, url)),
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
};
