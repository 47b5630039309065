/** `/cite/profile.ris`: the profile's reference as RIS (its English edition, the downloads' language). */
import type { APIRoute } from 'astro';
import { loadProfileCitation } from '../../citations/load.ts';
import { toRis } from '../../citations/formats.ts';
import { CITATION_MEDIA_TYPES } from '../../citations/references.ts';
import { DOWNLOADS_LOCALE } from '../../downloads/files.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toRis(await loadProfileCitation(DOWNLOADS_LOCALE, site!)), {
    headers: { 'content-type': `${CITATION_MEDIA_TYPES.ris}; charset=utf-8` },
  });
