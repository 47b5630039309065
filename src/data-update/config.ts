/**
 * `data-sources.json`: one entry per dataset the updater can refresh (adapter, source URL, target
 * table, edition, plausibility threshold), and how a URL is overridden for tests or a mirror.
 */
import { z } from 'astro/zod';
import { problemsFromZod, describeProblem } from '../lib/content-problem.ts';
import { nonBlank, webUrl } from '../schemas/common.ts';
import { dataFilePath, datasetId } from '../schemas/provenance.ts';
import { UpdateFailure } from './failure.ts';

export const CONFIG_FILE = 'data-sources.json';

/** How far a count already in the table may move before the update is refused as implausible. */
export const plausibilitySchema = z.strictObject({
  /** Largest relative change allowed, as a fraction of the current value (0.5 = 50 %). */
  maxRelativeChange: z.number().positive(),
  /** Changes of at most this many people are never a jump, whatever their relative size (3 → 7). */
  absoluteFloor: z.number().int().nonnegative(),
});
export type Plausibility = z.output<typeof plausibilitySchema>;

const common = {
  id: datasetId,
  /** The default source URL, or null when there is no public one (the dataset is then skipped). */
  url: webUrl.nullable(),
  /** The environment variable that overrides `url`, such as DATA_SOURCE_UNHCR_URL. */
  urlEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an environment variable name in capitals'),
  /** The table written, a path from the project root under content/data/. */
  target: dataFilePath,
  /** The edition recorded in provenance.json for what this source serves. */
  edition: nonBlank,
  plausibility: plausibilitySchema,
  /** Free text for people reading the config. */
  note: nonBlank.optional(),
};

const iso3Code = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO alpha-3 code in capitals');

export const unhcrDatasetSchema = z.strictObject({
  ...common,
  adapter: z.literal('unhcr-population'),
  /** `url` is the API base (https://api.unhcr.org); the query asks for one origin → asylum pair. */
  query: z.strictObject({
    coo: iso3Code,
    coa: iso3Code,
    yearFrom: z.number().int().min(1950),
  }),
});

export const csvStockDatasetSchema = z.strictObject({
  ...common,
  /** `url` answers a CSV with the columns of a stock table (content/data/undesa-ims2020-peru.csv). */
  adapter: z.literal('csv-stock'),
});

export const datasetConfigSchema = z.discriminatedUnion('adapter', [
  unhcrDatasetSchema,
  csvStockDatasetSchema,
]);
export type DatasetConfig = z.output<typeof datasetConfigSchema>;
export type UnhcrDatasetConfig = z.output<typeof unhcrDatasetSchema>;

export const configSchema = z
  .strictObject({
    /** Time allowed for each HTTP request (connection, headers and body), in seconds. */
    timeoutSeconds: z.number().positive().default(30),
    datasets: z.array(datasetConfigSchema).min(1),
  })
  .superRefine((config, context) => {
    for (const key of ['id', 'target', 'urlEnv'] as const) {
      const seen = new Set<string>();
      config.datasets.forEach((dataset, index) => {
        if (seen.has(dataset[key])) {
          context.addIssue({
            code: 'custom',
            path: ['datasets', index, key],
            input: dataset[key],
            message: `is used by two datasets`,
          });
        }
        seen.add(dataset[key]);
      });
    }
  });
export type DataSourcesConfig = z.output<typeof configSchema>;

/** Parses and validates the config text; `file` names it in messages. */
export function parseConfig(text: string, file: string): DataSourcesConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UpdateFailure(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new UpdateFailure(
      `${file} is not a valid data source config`,
      problemsFromZod(result.error, file, raw).map(describeProblem),
    );
  }
  return result.data;
}

export type UrlOrigin = 'flag' | 'env' | 'config';
export interface ResolvedSource {
  dataset: DatasetConfig;
  /** null: no URL anywhere, the dataset is skipped. */
  url: string | null;
  origin: UrlOrigin | null;
}

/**
 * The URL of each dataset: a `--source id=url` flag first, then the dataset's environment
 * variable, then the config. Throws on a flag naming no dataset or on a URL that is not http(s).
 */
export function resolveSources(
  config: DataSourcesConfig,
  env: Readonly<Record<string, string | undefined>>,
  flags: readonly string[],
): ResolvedSource[] {
  const fromFlags = new Map<string, string>();
  for (const flag of flags) {
    const at = flag.indexOf('=');
    const id = at < 0 ? flag : flag.slice(0, at);
    if (at < 0 || !config.datasets.some((dataset) => dataset.id === id)) {
      throw new UpdateFailure(
        `--source ${flag}: write it as id=url, with id one of ${config.datasets.map((d) => d.id).join(', ')}`,
      );
    }
    fromFlags.set(id, checkedUrl(flag.slice(at + 1), `--source ${id}=…`));
  }
  return config.datasets.map((dataset) => {
    const flag = fromFlags.get(dataset.id);
    if (flag !== undefined) return { dataset, url: flag, origin: 'flag' };
    const fromEnv = env[dataset.urlEnv];
    if (fromEnv !== undefined && fromEnv.trim() !== '') {
      return { dataset, url: checkedUrl(fromEnv.trim(), dataset.urlEnv), origin: 'env' };
    }
    return { dataset, url: dataset.url, origin: dataset.url === null ? null : 'config' };
  });
}

function checkedUrl(url: string, where: string): string {
  if (!webUrl.safeParse(url).success) {
    throw new UpdateFailure(`${where}: "${url}" is not an http:// or https:// URL`);
  }
  return url;
}
