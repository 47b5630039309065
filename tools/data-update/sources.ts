/**
 * Which datasets the updater refreshes and from where: every dataset of the registry
 * (`src/datasets/registry.ts`) that declares an `update`, with its URL taken from a `--source` flag,
 * then its environment variable, then the registry.
 */
import { DATASETS } from '../../src/datasets/registry.ts';
import type { DatasetDefinition, DatasetUpdate } from '../../src/datasets/definition.ts';
import { webUrl } from '../../src/schemas/common.ts';
import { UpdateFailure } from './failure.ts';

/** Time allowed for each HTTP request (connection, headers and body), in seconds, unless `--timeout` says. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** A dataset the updater can refresh. */
export type UpdatableDataset = DatasetDefinition & { update: DatasetUpdate };

/** The datasets of the registry that declare how they are refreshed, in registry order. */
export function updatableDatasets(datasets: readonly DatasetDefinition[] = DATASETS): UpdatableDataset[] {
  return datasets.filter((dataset): dataset is UpdatableDataset => dataset.update !== undefined);
}

export type UrlOrigin = 'flag' | 'env' | 'registry';
export interface ResolvedSource {
  dataset: UpdatableDataset;
  /** null: no URL anywhere, the dataset is skipped. */
  url: string | null;
  origin: UrlOrigin | null;
}

/**
 * The URL of each dataset: a `--source id=url` flag first, then the dataset's environment
 * variable, then the registry. Throws on a flag naming no dataset or on a URL that is not http(s).
 */
export function resolveSources(
  datasets: readonly UpdatableDataset[],
  env: Readonly<Record<string, string | undefined>>,
  flags: readonly string[],
): ResolvedSource[] {
  const fromFlags = new Map<string, string>();
  for (const flag of flags) {
    const at = flag.indexOf('=');
    const id = at < 0 ? flag : flag.slice(0, at);
    if (at < 0 || !datasets.some((dataset) => dataset.id === id)) {
      throw new UpdateFailure(
        `--source ${flag}: write it as id=url, with id one of ${datasets.map((d) => d.id).join(', ')}`,
      );
    }
    fromFlags.set(id, checkedUrl(flag.slice(at + 1), `--source ${id}=…`));
  }
  return datasets.map((dataset) => {
    const flag = fromFlags.get(dataset.id);
    if (flag !== undefined) return { dataset, url: flag, origin: 'flag' };
    const fromEnv = env[dataset.update.urlEnv];
    if (fromEnv !== undefined && fromEnv.trim() !== '') {
      return { dataset, url: checkedUrl(fromEnv.trim(), dataset.update.urlEnv), origin: 'env' };
    }
    const url = dataset.update.url;
    return { dataset, url, origin: url === null ? null : 'registry' };
  });
}

function checkedUrl(url: string, where: string): string {
  if (!webUrl.safeParse(url).success) {
    throw new UpdateFailure(`${where}: "${url}" is not an http:// or https:// URL`);
  }
  return url;
}

/** Query parameters that carry a credential: their values never reach a file, a commit or a log. */
const SECRET_PARAMETER = /token|key|secret|passw|auth|signature|^sig$|credential|session/i;

/**
 * A URL as it may be recorded (in provenance.json, which the daily job commits) and printed: without
 * a user name or password, and with the value of every credential-like query parameter
 * (`token`, `api_key`, `secret`, …) replaced by `REDACTED`.
 */
export function publicUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMETER.test(name)) parsed.searchParams.set(name, 'REDACTED');
  }
  return parsed.toString();
}
