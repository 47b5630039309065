/** The profile's pictures in one edition, from the same collections and settings as the profile page. */
import { datasetFor } from '../datasets/registry.ts';
import type { Locale } from '../i18n/languages.ts';
import { PROFILE_COUNTRY, VENEZUELANS_FROM } from '../profile/settings.ts';
import { profilePictures, type Picture } from './profile.ts';
import { loadDataNotes, loadRows, loadSources, sourceOf } from '../content/collections.ts';

export async function loadPictures(locale: Locale, site: string): Promise<Picture[]> {
  const stockDataset = datasetFor('stock-series', 'stock-by-sex');
  const mapDataset = datasetFor('map', 'stock-by-sex');
  const venezuelansDataset = datasetFor('refugee-series', 'refugee');
  const [sources, stocks, mapRows, venezuelans, notes] = await Promise.all([
    loadSources(),
    loadRows(stockDataset),
    loadRows(mapDataset),
    loadRows(venezuelansDataset),
    loadDataNotes(),
  ]);
  return profilePictures({
    locale,
    site,
    stocks: { rows: stocks, source: sourceOf(sources, stockDataset.source) },
    venezuelans: { rows: venezuelans, source: sourceOf(sources, venezuelansDataset.source) },
    venezuelansFrom: VENEZUELANS_FROM,
    map: {
      rows: mapRows,
      notes: notes.filter((note) => note.dataset === mapDataset.id),
      source: sourceOf(sources, mapDataset.source),
      home: PROFILE_COUNTRY,
      // The pictures show no table, so no links to news.
      newsCounts: {},
    },
  });
}
