/** Which datasets the updater refreshes, and the URL each one comes from. */
import { describe, expect, it } from 'vitest';
import type { DatasetDefinition } from '../../../src/datasets/definition.ts';
import {
  DEFAULT_TIMEOUT_SECONDS,
  publicUrl,
  resolveSources,
  updatableDatasets,
} from '../../../tools/data-update/sources.ts';
import { failure, UNDESA, UNDESA_2024, UNHCR, UNHCR_PERU } from './support.ts';

describe('updatableDatasets', () => {
  const datasets = updatableDatasets();

  it('takes every dataset of the registry that says how to update it: UNHCR from its public API, UN DESA without a URL', () => {
    expect(DEFAULT_TIMEOUT_SECONDS).toBe(30);
    expect(datasets.map((d) => [d.id, d.update.adapter, d.update.url, d.update.urlEnv])).toEqual([
      [UNDESA_2024.id, 'csv-stock', null, 'DATA_SOURCE_UNDESA_2024_URL'],
      [UNDESA.id, 'csv-stock', null, 'DATA_SOURCE_UNDESA_URL'],
      [UNHCR_PERU.id, 'unhcr-population', 'https://api.unhcr.org', 'DATA_SOURCE_UNHCR_URL'],
      [UNHCR.id, 'unhcr-population', 'https://api.unhcr.org', 'DATA_SOURCE_UNHCR_URL'],
    ]);
  });

  it('leaves out a dataset without an update', () => {
    const { update: _update, ...manual } = UNHCR;
    const list: DatasetDefinition[] = [manual, UNDESA];
    expect(updatableDatasets(list).map((dataset) => dataset.id)).toEqual([UNDESA.id]);
  });
});

describe('resolveSources', () => {
  const datasets = updatableDatasets();
  const urls = (env: Record<string, string>, flags: string[]) =>
    resolveSources(datasets, env, flags).map((source) => [source.dataset.id, source.url, source.origin]);

  it('takes a URL from --source first, then the environment, then the registry', () => {
    expect(urls({}, [])).toEqual([
      [UNDESA_2024.id, null, null],
      [UNDESA.id, null, null],
      [UNHCR_PERU.id, 'https://api.unhcr.org', 'registry'],
      [UNHCR.id, 'https://api.unhcr.org', 'registry'],
    ]);
    expect(
      urls({ DATA_SOURCE_UNHCR_URL: 'http://a.test', DATA_SOURCE_UNDESA_URL: 'http://b.test/x.csv' }, []),
    ).toEqual([
      [UNDESA_2024.id, null, null],
      [UNDESA.id, 'http://b.test/x.csv', 'env'],
      [UNHCR_PERU.id, 'http://a.test', 'env'],
      [UNHCR.id, 'http://a.test', 'env'],
    ]);
    expect(urls({ DATA_SOURCE_UNHCR_URL: 'http://a.test' }, [`${UNHCR.id}=http://c.test`])).toEqual([
      [UNDESA_2024.id, null, null],
      [UNDESA.id, null, null],
      [UNHCR_PERU.id, 'http://a.test', 'env'],
      [UNHCR.id, 'http://c.test', 'flag'],
    ]);
  });

  it('ignores a blank environment variable', () => {
    expect(urls({ DATA_SOURCE_UNHCR_URL: '  ' }, [])[3]).toEqual([
      UNHCR.id,
      'https://api.unhcr.org',
      'registry',
    ]);
  });

  it('refuses a --source for an unknown dataset or without a URL, and URLs that are not http(s)', () => {
    expect(failure(() => resolveSources(datasets, {}, ['nope=http://a.test'])).message).toContain(
      `with id one of ${UNDESA_2024.id}, ${UNDESA.id}, ${UNHCR_PERU.id}, ${UNHCR.id}`,
    );
    expect(failure(() => resolveSources(datasets, {}, [UNHCR.id])).message).toContain(
      `--source ${UNHCR.id}: write it as id=url`,
    );
    expect(
      failure(() => resolveSources(datasets, { DATA_SOURCE_UNHCR_URL: 'file:///etc/passwd' }, [])).message,
    ).toContain('DATA_SOURCE_UNHCR_URL: "file:///etc/passwd" is not an http:// or https:// URL');
    expect(
      failure(() => resolveSources(datasets, {}, [`${UNHCR.id}=javascript:alert(1)`])).message,
    ).toContain(`--source ${UNHCR.id}=…: "javascript:alert(1)" is not an http:// or https:// URL`);
  });
});

describe('publicUrl', () => {
  it.each([
    ['https://user:pass@example.org/data.csv', 'https://example.org/data.csv'],
    [
      'https://example.org/data.csv?token=abc&edition=2024',
      'https://example.org/data.csv?token=REDACTED&edition=2024',
    ],
    [
      'https://example.org/?api_key=1&API-KEY=2&secret=3&signature=4&sig=5&access_token=6',
      'https://example.org/?api_key=REDACTED&API-KEY=REDACTED&secret=REDACTED&signature=REDACTED&sig=REDACTED&access_token=REDACTED',
    ],
    [
      'https://api.unhcr.org/population/v1/population/?coo=VEN&coa=PER',
      'https://api.unhcr.org/population/v1/population/?coo=VEN&coa=PER',
    ],
  ])('%s is recorded as %s', (url, recorded) => {
    expect(publicUrl(url)).toBe(recorded);
  });
});
