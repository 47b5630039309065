/**
 * `/admin/preview.css`: the site's stylesheet, for the editor's preview pane (src/admin/client/).
 * The site's pages carry it inline, so the build writes no file of it; this is that file, from this
 * site, which the editor's policy allows as it allows its own scripts (no `blob:` stylesheet).
 */
import type { APIRoute } from 'astro';
import stylesheet from '../../styles/global.css?raw';

export const GET: APIRoute = () =>
  new Response(stylesheet, { headers: { 'content-type': 'text/css; charset=utf-8' } });
