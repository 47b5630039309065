/** `/data/<dataset>.ris`: a dataset's reference as RIS, for reference managers (Zotero, EndNote, Mendeley). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetCitations } from '../../content/citations.ts';
import { loadDownloads } from '../../content/downloads.ts';
import { toRis } from '../../lib/citation-formats.ts';
import { CITATION_MEDIA_TYPES } from '../../lib/citations.ts';

export const getStaticPaths = (async () =>
  (await loadDownloads()).map((dataset) => ({ params: { id: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const cited = (await loadDatasetCitations(site!)).find((each) => each.download.id === params.id)!;
  return new Response(toRis(cited.record), {
    headers: { 'content-type': `${CITATION_MEDIA_TYPES.ris}; charset=utf-8` },
  });
};
