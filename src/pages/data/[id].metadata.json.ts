/**
 * `/data/<dataset>.metadata.json`: what a download is — title, description, source, years covered,
 * licence, citation, caveats, data notes and the meaning of each column.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetCitations } from '../../citations/load.ts';
import { loadDownloads } from '../../downloads/load.ts';
import { datasetMetadataJson } from '../../citations/metadata.ts';

export const getStaticPaths = (async () =>
  (await loadDownloads()).map((dataset) => ({ params: { id: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const cited = (await loadDatasetCitations(site!)).find((each) => each.download.id === params.id)!;
  return new Response(datasetMetadataJson(cited.metadata), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
