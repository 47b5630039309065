/** `/cite/profile.bib`: the profile's reference as BibTeX (its English edition, the downloads' language). */
import type { APIRoute } from 'astro';
import { loadProfileCitation } from '../../citations/load.ts';
import { toBibtex } from '../../citations/formats.ts';
import { CITATION_MEDIA_TYPES } from '../../citations/references.ts';
import { DOWNLOADS_LOCALE } from '../../downloads/files.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toBibtex(await loadProfileCitation(DOWNLOADS_LOCALE, site!)), {
    headers: { 'content-type': `${CITATION_MEDIA_TYPES.bib}; charset=utf-8` },
  });
