/** `/rss.xml`, `/en/rss.xml`…: the latest news of each edition (`FEED_SIZE` items), newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { editionArchive, FEED_SIZE } from '../../news/load.ts';
import { language, languageName, localePaths, localePath, strings, type Locale } from '../../i18n/index.ts';
import { newsHref } from '../../news/items.ts';
import { xmlText } from '../../lib/xml-text.ts';

/** A value for an XML attribute in double quotes. */
const attribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

export function getStaticPaths() {
  return localePaths();
}

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const t = strings(locale);
  const items = (await editionArchive(locale)).items.slice(0, FEED_SIZE);
  const feedUrl = new URL(localePath(locale, 'rss.xml'), site).href;
  return rss({
    title: t.news.feedTitle,
    description: t.news.description,
    site: new URL(localePath(locale, ''), site),
    trailingSlash: true,
    // The feed names its own address (RSS Advisory Board's best practice), in the Atom namespace.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${language(locale).tag}</language><atom:link href="${attribute(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: xmlText(
        item.data.lang === locale
          ? item.data.title
          : `[${t.news.onlyIn(languageName(item.data.lang, locale))}] ${item.data.title}`,
      ),
      description: xmlText(item.data.summary),
      pubDate: item.data.date,
      link: new URL(newsHref(item), site).href,
      categories: item.data.tags,
    })),
  });
};
