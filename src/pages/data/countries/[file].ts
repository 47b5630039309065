/**
 * `/data/countries/<iso3>.csv` and `/data/countries/<iso3>-unhcr.csv`: a country's rows of the world
 * tables, as its profile shows them — its stocks in the shape of the Peru table (both directions,
 * every year, WLD totals, XXX for UN DESA's "Others") and its UNHCR rows as host and as origin —
 * with the source on every row. One set of files for every edition, in English.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetFor } from '../../../datasets/registry.ts';
import { columnsOf, compareRows } from '../../../datasets/tables.ts';
import { loadWorld } from '../../../countries/load.ts';
import { loadSources, sourceOf } from '../../../content/collections.ts';
import { countryDownloadPath, type CountryFile } from '../../../countries/paths.ts';
import { datasetCsv, tableDataset, type Row } from '../../../downloads/files.ts';

export const getStaticPaths = (() =>
  loadWorld().countries.flatMap((country) =>
    (['stocks', 'unhcr'] as const)
      .filter((file) => (file === 'stocks' ? country.tables.stocks : country.tables.protection).length > 0)
      .map((file) => ({
        params: { file: countryDownloadPath(country.iso3, file).split('/').at(-1)! },
        props: { iso3: country.iso3, file },
      })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { iso3, file } = props as { iso3: string; file: CountryFile };
  const tables = loadWorld().byIso3.get(iso3)!.tables;
  const sources = await loadSources();
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
