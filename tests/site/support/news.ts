/**
 * The news as the built site shows them, for any content `npm run check:content` accepts: the items
 * a production build publishes, and what the paginated lists of dist/ (the news index, each tag,
 * country and year) list on all their pages.
 */
import { pagePath } from '../../../src/news/archive.ts';
import { readNews } from '../../../src/news/files.ts';
import { builtPages, readPage } from './site.ts';

/** The items a production build publishes: not the drafts, which show on the dev server only. */
export function publishedNews() {
  return readNews(process.cwd()).entries.filter((item) => !item.data.draft);
}

/**
 * The addresses of the items a list page lists, in order: each item's heading links to it
 * (src/components/NewsList.astro). Other links of the page (tags, pages, the archive's index) are
 * not items.
 */
export function listedItems(html: string): string[] {
  const list = /<ul class="news-list"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<h[23][^>]*>\s*<a href="([^"]+)"/g)].map((match) => match[1]!);
}

/**
 * Every item a paginated list lists, page after page, from its first page `first` (`/en/news/`,
 * `/en/news/tags/asylum/`): past NEWS_PAGE_SIZE items, the list goes on at `page/2/`, `page/3/`…
 * as far as dist/ holds pages. An item may be on any of them, so a test of what a list holds reads
 * them all; a page the site failed to build leaves its items missing from the result.
 */
export function listedOnEveryPage(first: string): string[] {
  const listed: string[] = [];
  for (let number = 1; builtPages().includes(pagePath(first, number)); number++) {
    listed.push(...listedItems(readPage(pagePath(first, number))));
  }
  return listed;
}
