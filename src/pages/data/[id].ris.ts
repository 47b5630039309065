/** `/data/<dataset>.ris`: a dataset's reference as RIS, for reference managers (Zotero, EndNote, Mendeley). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citedDatasetIds, loadAllCitations } from '../../citations/load.ts';
import { toRis } from '../../citations/formats.ts';
import { CITATION_MEDIA_TYPES } from '../../citations/references.ts';

export const getStaticPaths = (async () =>
  (await citedDatasetIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const cited = (await loadAllCitations(site!)).find((each) => each.id === params.id)!;
  return new Response(toRis(cited.record), {
    headers: { 'content-type': `${CITATION_MEDIA_TYPES.ris}; charset=utf-8` },
  });
};
