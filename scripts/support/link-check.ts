/**
 * The built site's internal links, checked offline: every `href` and `src` of a page that points
 * into the site names a file that was built, and every `#fragment` an element of the page it
 * points to. Links out (another host, `mailto:`…) are not followed. Pure: the caller says which
 * files exist and gives the pages' HTML, so the check reads dist/ once and runs in-process.
 */

/** A link that does not resolve: on which page, to what, and why. */
export interface BrokenLink {
  page: string;
  href: string;
  problem: 'no such file' | 'no such fragment';
}

export interface Site {
  /** Each built page by its URL path (`/`, `/en/news/`, `/404.html`), with its HTML. */
  pages: ReadonlyMap<string, string>;
  /** Whether a URL path (`/data/x.csv`, `/news/`) names a built file or page. */
  exists: (path: string) => boolean;
}

/** Elements whose `href` or `src` the browser follows or loads. */
const LINKING_TAG = /<(?:a|area|link|script|img|iframe|source|audio|video|embed)\b[^>]*>/gi;
const URL_ATTRIBUTE = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID_ATTRIBUTE = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** The characters an attribute value may hold escaped: enough for URLs. */
function unescapeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** Every URL a page links to or loads, as written (unescaped). */
export function linksOf(html: string): string[] {
  const links: string[] = [];
  for (const [tag] of html.matchAll(LINKING_TAG)) {
    for (const match of tag.matchAll(URL_ATTRIBUTE)) {
      links.push(unescapeAttribute(match[1] ?? match[2] ?? ''));
    }
  }
  return links;
}

/** Every id (and `name`) on a page: what a `#fragment` may point at. */
export function anchorsOf(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of html.matchAll(ID_ATTRIBUTE)) anchors.add(unescapeAttribute(match[1] ?? match[2] ?? ''));
  return anchors;
}

/** The page an internal link resolves to, `/`-ending for a folder; undefined for a link out. */
function internalTarget(href: string, page: string): { path: string; fragment: string } | undefined {
  const base = new URL(page, 'http://site.invalid');
  const url = new URL(href, base);
  if (url.origin !== base.origin) return undefined;
  return { path: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Every link of every page that does not resolve, and how many internal links were checked (a
 * check that found no link at all proves nothing).
 */
export function brokenLinks(site: Site): { broken: BrokenLink[]; checked: number } {
  const anchors = new Map<string, Set<string>>();
  const anchorsOn = (path: string) => {
    let found = anchors.get(path);
    if (!found) {
      found = anchorsOf(site.pages.get(path) ?? '');
      anchors.set(path, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const [page, html] of site.pages) {
    for (const href of linksOf(html)) {
      const target = internalTarget(href, page);
      if (!target) continue;
      checked++;
      if (!site.exists(target.path)) {
        broken.push({ page, href, problem: 'no such file' });
      } else if (target.fragment !== '' && site.pages.has(target.path)) {
        if (!anchorsOn(target.path).has(target.fragment))
          broken.push({ page, href, problem: 'no such fragment' });
      }
    }
  }
  return { broken, checked };
}
