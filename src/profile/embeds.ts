/**
 * Embeds: the map and each chart of the profile on a page of their own (`/embed/<id>/` in every
 * edition), without the site's navigation, for other sites to show in an `<iframe>`. The build writes
 * the snippet a reader copies; the map's script rewrites it with the map's state, with this same
 * function. Imports nothing: it is part of the map script's budget.
 */

/** Every embeddable part of the profile: the map, then the charts (the ids of their figures). */
export const EMBEDS = ['map', 'chart-stocks', 'chart-venezuelans', 'chart-by-sex'] as const;
export type EmbedId = (typeof EMBEDS)[number];

/** The height an embed needs, in CSS pixels, to show its figure, legend and source unscrolled. */
export const EMBED_HEIGHTS: Record<EmbedId, number> = {
  map: 760,
  'chart-stocks': 560,
  'chart-venezuelans': 560,
  'chart-by-sex': 640,
};

/** An embed's path within an edition, such as `embed/map/`. */
export function embedPath(id: EmbedId): string {
  return `embed/${id}/`;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<iframe>` a reader pastes into their page to show an embed. */
export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
