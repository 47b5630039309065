/** `/cite/profile.ris`: the profile's reference as RIS (its English edition, the downloads' language). */
import type { APIRoute } from 'astro';
import { loadProfileCitation } from '../../content/citations.ts';
import { toRis } from '../../lib/citation-formats.ts';
import { CITATION_MEDIA_TYPES } from '../../lib/citations.ts';
import { DOWNLOADS_LOCALE } from '../../lib/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toRis(await loadProfileCitation(DOWNLOADS_LOCALE, site!)), {
    headers: { 'content-type': `${CITATION_MEDIA_TYPES.ris}; charset=utf-8` },
  });
