/**
 * A Markdown (hast) plugin: links that leave the site get `rel="noopener noreferrer"`, so a page
 * opened from the archive can neither reach back into it nor learn which page linked to it; and an
 * address whose host is not ASCII is written in punycode (`xn--…`), the form no look-alike letter
 * can disguise.
 */
import { defineHastPlugin } from 'satteri';
import { leavesSite, withAsciiHost } from '../lib/web-address.ts';

/**
 * True for a link to another site: any address with a scheme (`https://…`, `https:evil.example`) or
 * protocol-relative (`//evil.example`), see `leavesSite`; not `mailto:`, which opens no page.
 */
export function isExternalHref(href: unknown): boolean {
  return typeof href === 'string' && leavesSite(href) && !/^\s*mailto:/i.test(href);
}

export const externalLinks = defineHastPlugin({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, context) {
      const href = node.properties?.['href'];
      if (!isExternalHref(href)) return;
      context.setProperty(node, 'rel', 'noopener noreferrer');
      const ascii = withAsciiHost(String(href));
      if (ascii !== href) context.setProperty(node, 'href', ascii);
    },
  },
});
