/**
 * `/data/<dataset>.metadata.json`: what a download is — title, description, source, years covered,
 * licence, citation, caveats, data notes and the meaning of each column.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citedDatasetIds, loadAllCitations } from '../../citations/load.ts';
import { datasetMetadataJson } from '../../citations/metadata.ts';

export const getStaticPaths = (async () =>
  (await citedDatasetIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const cited = (await loadAllCitations(site!)).find((each) => each.id === params.id)!;
  return new Response(datasetMetadataJson(cited.metadata), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
