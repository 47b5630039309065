/**
 * What the profile's map and charts are drawn from, loaded once for the profile page and for the
 * embed pages that show the same map and charts elsewhere: the same tables, sources and dates, so an
 * embed can never show other figures than the profile.
 */
import { getCollection } from 'astro:content';
import { datasetFor } from '../datasets/registry.ts';
import type { Locale } from '../i18n/languages.ts';
import { PROFILE_COUNTRY, VENEZUELANS_FROM } from './settings.ts';
import { editionArchive } from '../news/load.ts';
import { localePath } from '../i18n/index.ts';
import { countriesIndexPath } from '../countries/paths.ts';
import { loadWorld } from '../countries/load.ts';
import { NO_FLOWS } from '../countries/flows.ts';
import { flowFigures } from './flows.ts';
import { loadDataNotes, loadProvenance, loadRows, loadSources, sourceOf } from '../content/collections.ts';
import type { Fact } from './facts.ts';

/** The headline facts and the 2020 page's statements (`content/profile/facts.yaml`). */
export async function loadFacts(): Promise<Fact[]> {
  return (await getCollection('facts')).map((entry) => ({ ...entry.data, id: entry.id }));
}

/** The world map's props (but its place on the page) in an edition. */
export async function mapInputs(locale: Locale) {
  const dataset = datasetFor('map', 'stock-by-sex');
  const [sources, rows, notes, provenance, archive] = await Promise.all([
    loadSources(),
    loadRows(dataset),
    loadDataNotes(),
    loadProvenance(),
    editionArchive(locale),
  ]);
  return {
    locale,
    rows,
    notes: notes.filter((note) => note.dataset === dataset.id),
    source: sourceOf(sources, dataset.source),
    home: PROFILE_COUNTRY,
    newsCounts: Object.fromEntries(archive.facets.country.map(({ value, count }) => [value, count])),
    // Each country's row links to its profile.
    profiles: {
      base: localePath(locale, countriesIndexPath(locale)),
      slugs: Object.fromEntries(
        loadWorld().countries.map((country) => [country.iso3, country.slugs[locale]]),
      ),
    },
    datasetId: dataset.id,
    provenance: provenance.get(dataset.id),
  };
}

/** The charts' props (but the edition and which charts). */
export async function chartInputs() {
  const stockDataset = datasetFor('stock-series', 'stock-by-sex');
  const venezuelansDataset = datasetFor('refugee-series', 'refugee');
  const [sources, stocks, venezuelans, provenance] = await Promise.all([
    loadSources(),
    loadRows(stockDataset),
    loadRows(venezuelansDataset),
    loadProvenance(),
  ]);
  const table = <Row>(dataset: { id: string; source: string }, rows: readonly Row[]) => ({
    rows,
    source: { id: dataset.source, source: sourceOf(sources, dataset.source) },
    provenance: provenance.get(dataset.id),
  });
  return {
    stocks: table(stockDataset, stocks),
    venezuelans: table(venezuelansDataset, venezuelans),
    venezuelansFrom: VENEZUELANS_FROM,
  };
}

/**
 * A country's flow figures (net migration, remittances, the northbound route, removals from the US),
 * each with the source and retrieval of its table: what Peru's profile and every country's profile
 * render with the same components.
 */
export async function flowInputs(iso3: string) {
  const world = loadWorld();
  const [sources, provenance] = await Promise.all([loadSources(), loadProvenance()]);
  const sourced = (dataset: { id: string; source: string }) => ({
    source: { id: dataset.source, source: sourceOf(sources, dataset.source) },
    provenance: provenance.get(dataset.id),
  });
  const netMigration = datasetFor('world-net-migration', 'net-migration');
  return {
    figures: flowFigures({
      flows: world.byIso3.get(iso3)?.flows ?? NO_FLOWS,
      darienTotals: world.flows.darienTotals,
      provisionalFrom: netMigration.periods.provisionalFrom,
    }),
    netMigration: sourced(netMigration),
    remittances: sourced(datasetFor('world-remittances', 'remittances')),
    darien: sourced(datasetFor('world-darien', 'darien-crossings')),
    encounters: sourced(datasetFor('world-border-encounters', 'border-encounters')),
    removals: sourced(datasetFor('world-removals', 'removals')),
  };
}
