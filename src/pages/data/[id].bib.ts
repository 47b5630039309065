/** `/data/<dataset>.bib`: a dataset's reference as BibTeX, for reference managers and LaTeX. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetCitations } from '../../citations/load.ts';
import { loadDownloads } from '../../downloads/load.ts';
import { toBibtex } from '../../citations/formats.ts';
import { CITATION_MEDIA_TYPES } from '../../citations/references.ts';

export const getStaticPaths = (async () =>
  (await loadDownloads()).map((dataset) => ({ params: { id: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const cited = (await loadDatasetCitations(site!)).find((each) => each.download.id === params.id)!;
  return new Response(toBibtex(cited.record), {
    headers: { 'content-type': `${CITATION_MEDIA_TYPES.bib}; charset=utf-8` },
  });
};
