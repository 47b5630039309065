/**
 * Which datasets the updater refreshes and from where: every dataset of the registry
 * (`src/datasets/registry.ts`) that declares an `update`, with its URL taken from a `--source` flag,
 * then its environment variable, then the registry.
 */
import { DATASETS } from '../../src/datasets/registry.ts';
import type { DatasetDefinition, DatasetUpdate } from '../../src/datasets/definition.ts';
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
        `--source ${redactCredentials(flag)}: write it as id=url, with id one of ${datasets.map((d) => d.id).join(', ')}`,
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
  const problem = sourceUrlProblem(url);
  if (problem) throw new UpdateFailure(`${where}: "${redactCredentials(url)}" ${problem}`);
  return url;
}

/**
 * Why a source URL cannot be used, in words; undefined when it can. A source may carry a user name
 * and password (they go into an Authorization header, never into a file or a message).
 */
export function sourceUrlProblem(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url))
    return 'is not an http:// or https:// URL: write the whole address, https://…';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const authority = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
    const port = /:(\d+)$/.exec(authority.slice(authority.lastIndexOf('@') + 1))?.[1];
    return port !== undefined && Number(port) > 65535
      ? `cannot be read as a URL: its port ${port} is over 65535`
      : 'cannot be read as a URL: check its host name and port';
  }
  if (parsed.hostname === '') return 'has no host name: write https://host/path';
  return undefined;
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
    // Not a URL the parser reads (a port out of range…): redacted as text, whatever its form.
    return redactCredentials(url);
  }
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMETER.test(name)) parsed.searchParams.set(name, 'REDACTED');
  }
  return parsed.toString();
}

/**
 * Text with every credential of every address in it replaced by `REDACTED`, whatever the address's
 * form: `scheme://user:password@…` for any scheme, in any case, parseable or not (everything between
 * `://` and the last `@` of the address), and the values of credential-like query parameters. What
 * every message of the updater goes through before it is printed.
 */
export function redactCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)([^\s"'<>]*)/gi, (_, scheme: string, rest: string) => {
    const at = rest.lastIndexOf('@');
    const address = at < 0 ? rest : `REDACTED@${rest.slice(at + 1)}`;
    return `${scheme}${address.replace(
      /([?&])([^=&#\s]*)=([^&#\s]*)/g,
      (whole, mark: string, name: string) =>
        SECRET_PARAMETER.test(name) ? `${mark}${name}=REDACTED` : whole,
    )}`;
  });
}
