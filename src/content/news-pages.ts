/** The pages of each edition's news archive, shared by the first page and the numbered ones. */
import type { CollectionEntry } from 'astro:content';
import { LOCALES, langParam, type Locale } from '../i18n/index.ts';
import { editionItems, paginate, type Page } from '../lib/news.ts';
import { loadNews } from './site-data.ts';

/** Items per page of the news archive. */
export const NEWS_PAGE_SIZE = 10;

export async function newsIndexPages(): Promise<{ locale: Locale; page: Page<CollectionEntry<'news'>> }[]> {
  const news = await loadNews();
  return LOCALES.flatMap((locale) =>
    paginate(editionItems(news, locale), NEWS_PAGE_SIZE).map((page) => ({ locale, page })),
  );
}

export function paramsOf(locale: Locale) {
  return { lang: langParam(locale) };
}
