/**
 * Links from one news item to another: a body may link to any page of the site, and a news item's
 * page exists only when the item does and is published. The check knows every item, so a link to
 * an item's page that the build will not make (a mistyped name, a draft, an item removed) is refused
 * here, with the nearest address, instead of by the built site's link test. Links to other pages of
 * the site are left to that test: only the build knows them all.
 */
import { LOCALES, DEFAULT_LOCALE } from '../i18n/languages.ts';
import type { ContentProblem } from '../lib/content-problem.ts';
import { closestName } from './closest-name.ts';

export interface SiteLink {
  file: string;
  line?: number | undefined;
  /** As written: `/en/news/coyote-2020-operation/`, perhaps with `#…` or `?…`. */
  href: string;
}

/** The address of a news item's page in some edition (`/news/x/`, `/en/news/x/`), else undefined. */
export function newsPageOf(href: string): string | undefined {
  const path = href.replace(/[?#].*$/, '');
  const prefixes = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).join('|');
  const match = new RegExp(`^/(?:(?:${prefixes})/)?news/([^/]+)/?$`).exec(path);
  // The archive's own pages (`/news/tags/…`, `/news/page/2/`) have more than one part after news/.
  if (!match || ['tags', 'countries', 'years', 'page'].includes(match[1]!)) return undefined;
  return path.endsWith('/') ? path : `${path}/`;
}

/** Every link to a news item's page that is not among `published` (the pages the build makes). */
export function newsLinkProblems(
  links: readonly SiteLink[],
  published: ReadonlySet<string>,
): ContentProblem[] {
  return links.flatMap(({ file, line, href }) => {
    const page = newsPageOf(href);
    if (page === undefined || published.has(page)) return [];
    const near = closestName(page, published);
    return [
      {
        file,
        ...(line === undefined ? {} : { line }),
        field: 'body',
        value: href,
        message: 'links to a news page the site does not have (no published item has this address)',
        fix: near
          ? `did you mean ${near}?`
          : 'copy the address from the item’s page on the site; a draft has no page until it is published',
      },
    ];
  });
}
