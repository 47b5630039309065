/**
 * `/data/<dataset>.metadata.json`: what a download is — title, description, source, years covered,
 * licence, citation, caveats, data notes and the meaning of each column.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetCitations } from '../../content/citations.ts';
import { loadDownloads } from '../../content/downloads.ts';
import { datasetMetadataJson } from '../../lib/dataset-metadata.ts';

export const getStaticPaths = (async () =>
  (await loadDownloads()).map((dataset) => ({ params: { id: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const cited = (await loadDatasetCitations(site!)).find((each) => each.download.id === params.id)!;
  return new Response(datasetMetadataJson(cited.metadata), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
