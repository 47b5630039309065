/**
 * A Markdown (hast) plugin: links that leave the site get `rel="noopener noreferrer"`, so a page
 * opened from the archive can neither reach back into it nor learn which page linked to it.
 */
import { defineHastPlugin } from 'satteri';

/** True for an absolute http(s) address: the links that leave the site. */
export function isExternalHref(href: unknown): boolean {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}

export const externalLinks = defineHastPlugin({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, context) {
      if (isExternalHref(node.properties?.['href'])) context.setProperty(node, 'rel', 'noopener noreferrer');
    },
  },
});
