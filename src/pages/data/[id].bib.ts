/** `/data/<dataset>.bib`: a dataset's reference as BibTeX, for reference managers and LaTeX. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetCitations } from '../../content/citations.ts';
import { loadDownloads } from '../../content/downloads.ts';
import { toBibtex } from '../../lib/citation-formats.ts';
import { CITATION_MEDIA_TYPES } from '../../lib/citations.ts';

export const getStaticPaths = (async () =>
  (await loadDownloads()).map((dataset) => ({ params: { id: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const cited = (await loadDatasetCitations(site!)).find((each) => each.download.id === params.id)!;
  return new Response(toBibtex(cited.record), {
    headers: { 'content-type': `${CITATION_MEDIA_TYPES.bib}; charset=utf-8` },
  });
};
