/**
 * `/data/countries/<iso3>.csv`, `<iso3>-unhcr.csv` and `<iso3>-flows.csv`: a country's rows of the
 * world tables, as its profile shows them — its stocks in the shape of the Peru table (both
 * directions, every year, WLD totals, XXX for UN DESA's "Others"), its UNHCR rows as host and as
 * origin, and its rows of the five flow tables in long form — with the source on every row. One set
 * of files for every edition, in English.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetFor } from '../../../datasets/registry.ts';
import { columnsOf, compareRows } from '../../../datasets/tables.ts';
import { loadWorld, type WorldCountry } from '../../../countries/load.ts';
import { FLOW_DOWNLOAD_COLUMNS, flowRows } from '../../../downloads/flow-rows.ts';
import { loadSources, sourceOf } from '../../../content/collections.ts';
import { countryDownloadPath, type CountryFile } from '../../../countries/paths.ts';
import { datasetCsv, tableDataset, type Row } from '../../../downloads/files.ts';

export const getStaticPaths = (() =>
  loadWorld().countries.flatMap((country) =>
    (['stocks', 'unhcr', 'flows'] as const)
      .filter((file) => hasRows(country, file))
      .map((file) => ({
        params: { file: countryDownloadPath(country.iso3, file).split('/').at(-1)! },
        props: { iso3: country.iso3, file },
      })),
  )) satisfies GetStaticPaths;

/** Whether a country has rows for a file: a file with none is not published. */
function hasRows(country: WorldCountry, file: CountryFile): boolean {
  if (file === 'stocks') return country.tables.stocks.length > 0;
  if (file === 'unhcr') return country.tables.protection.length > 0;
  return Object.values(country.flows).some((rows) => rows.length > 0);
}

export const GET: APIRoute = async ({ props }) => {
  const { iso3, file } = props as { iso3: string; file: CountryFile };
  const country = loadWorld().byIso3.get(iso3)!;
  const tables = country.tables;
  const sources = await loadSources();
  if (file === 'flows') {
    const sourced = (dataset: { id: string; source: string }) => ({
      id: dataset.id,
      source: sourceOf(sources, dataset.source),
    });
    const rows = flowRows(country.flows, {
      netMigration: sourced(datasetFor('world-net-migration', 'net-migration')),
      remittances: sourced(datasetFor('world-remittances', 'remittances')),
      encounters: sourced(datasetFor('world-border-encounters', 'border-encounters')),
      darien: sourced(datasetFor('world-darien', 'darien-crossings')),
      removals: sourced(datasetFor('world-removals', 'removals')),
    });
    return new Response(datasetCsv({ columns: FLOW_DOWNLOAD_COLUMNS, rows }), {
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
  }
  // The stocks have the columns of the Peru table (a stock-by-sex table), UNHCR's rows those of a refugee table.
  const shape =
    file === 'stocks'
      ? {
          dataset: datasetFor('world-stocks', 'corridor-by-sex'),
          kind: 'stock-by-sex' as const,
          rows: tables.stocks,
        }
      : {
          dataset: datasetFor('world-protection', 'unhcr-population'),
          kind: 'refugee' as const,
          rows: tables.protection,
        };
  const download = tableDataset(
    { id: `${iso3.toLowerCase()}${file === 'unhcr' ? '-unhcr' : ''}`, source: shape.dataset.source },
    {
      columns: columnsOf(shape.kind),
      rows: shape.rows as unknown as Row[],
      compare: compareRows(shape.kind) as unknown as (a: Row, b: Row) => number,
    },
    () => null,
    sourceOf(sources, shape.dataset.source),
  );
  return new Response(datasetCsv(download), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
