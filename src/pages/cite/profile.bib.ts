/** `/cite/profile.bib`: the profile's reference as BibTeX (its English edition, the downloads' language). */
import type { APIRoute } from 'astro';
import { loadProfileCitation } from '../../content/citations.ts';
import { toBibtex } from '../../lib/citation-formats.ts';
import { CITATION_MEDIA_TYPES } from '../../lib/citations.ts';
import { DOWNLOADS_LOCALE } from '../../lib/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toBibtex(await loadProfileCitation(DOWNLOADS_LOCALE, site!)), {
    headers: { 'content-type': `${CITATION_MEDIA_TYPES.bib}; charset=utf-8` },
  });
