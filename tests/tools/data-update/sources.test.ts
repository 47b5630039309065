/** Which datasets the updater refreshes, and the URL each one comes from. */
import { describe, expect, it } from 'vitest';
import type { DatasetDefinition } from '../../../src/datasets/definition.ts';
import {
  DEFAULT_TIMEOUT_SECONDS,
  publicUrl,
  redactCredentials,
  sourceUrlProblem,
  resolveSources,
  updatableDatasets,
} from '../../../tools/data-update/sources.ts';
import { CBP, failure, UNDESA_2020, UNDESA_2024, UNHCR_PERU, UNHCR_VEN, WORLD_BANK } from './support.ts';

describe('updatableDatasets', () => {
  const datasets = updatableDatasets();

  it('takes every dataset of the registry that says how to update it, in registry order: UNHCR from its public API; UN DESA, the World Bank and CBP without a URL', () => {
    expect(DEFAULT_TIMEOUT_SECONDS).toBe(30);
    expect(datasets.map((d) => [d.id, d.update.adapter, d.update.url, d.update.urlEnv])).toEqual([
      [UNDESA_2024.id, 'csv-stock', null, 'DATA_SOURCE_UNDESA_2024_URL'],
      [UNDESA_2020.id, 'csv-stock', null, 'DATA_SOURCE_UNDESA_URL'],
      [UNHCR_PERU.id, 'unhcr-population', 'https://api.unhcr.org', 'DATA_SOURCE_UNHCR_URL'],
      [UNHCR_VEN.id, 'unhcr-population', 'https://api.unhcr.org', 'DATA_SOURCE_UNHCR_URL'],
      [WORLD_BANK.id, 'worldbank-indicators', null, 'DATA_SOURCE_WORLDBANK_URL'],
      // CBP's file has a new address every month.
      [CBP.id, 'cbp-encounters', null, 'DATA_SOURCE_CBP_URL'],
    ]);
    expect(datasets).toEqual([UNDESA_2024, UNDESA_2020, UNHCR_PERU, UNHCR_VEN, WORLD_BANK, CBP]);
  });

  it('leaves out a dataset without an update', () => {
    const { update: _update, ...manual } = UNHCR_VEN;
    const list: DatasetDefinition[] = [UNDESA_2024, manual, UNHCR_PERU];
    expect(updatableDatasets(list).map((dataset) => dataset.id)).toEqual([UNDESA_2024.id, UNHCR_PERU.id]);
  });
});

describe('resolveSources', () => {
  const datasets = updatableDatasets();
  const urls = (env: Record<string, string>, flags: string[]) =>
    resolveSources(datasets, env, flags).map((source) => [source.dataset.id, source.url, source.origin]);

  it('takes a URL from --source first, then the environment, then the registry', () => {
    expect(urls({}, [])).toEqual([
      [UNDESA_2024.id, null, null],
      [UNDESA_2020.id, null, null],
      [UNHCR_PERU.id, 'https://api.unhcr.org', 'registry'],
      [UNHCR_VEN.id, 'https://api.unhcr.org', 'registry'],
      [WORLD_BANK.id, null, null],
      [CBP.id, null, null],
    ]);
    expect(
      urls(
        {
          DATA_SOURCE_UNHCR_URL: 'http://a.test',
          DATA_SOURCE_UNDESA_URL: 'http://b.test/x.csv',
          DATA_SOURCE_UNDESA_2024_URL: 'http://b.test/y.csv',
          DATA_SOURCE_WORLDBANK_URL: 'http://d.test',
          DATA_SOURCE_CBP_URL: 'http://e.test/nationwide-encounters-fy22-fy25-aor.csv',
        },
        [],
      ),
    ).toEqual([
      [UNDESA_2024.id, 'http://b.test/y.csv', 'env'],
      [UNDESA_2020.id, 'http://b.test/x.csv', 'env'],
      [UNHCR_PERU.id, 'http://a.test', 'env'],
      [UNHCR_VEN.id, 'http://a.test', 'env'],
      [WORLD_BANK.id, 'http://d.test', 'env'],
      [CBP.id, 'http://e.test/nationwide-encounters-fy22-fy25-aor.csv', 'env'],
    ]);
    // A flag names one dataset: the other one sharing the variable keeps the variable's URL.
    expect(urls({ DATA_SOURCE_UNHCR_URL: 'http://a.test' }, [`${UNHCR_VEN.id}=http://c.test`])).toEqual([
      [UNDESA_2024.id, null, null],
      [UNDESA_2020.id, null, null],
      [UNHCR_PERU.id, 'http://a.test', 'env'],
      [UNHCR_VEN.id, 'http://c.test', 'flag'],
      [WORLD_BANK.id, null, null],
      [CBP.id, null, null],
    ]);
    // Each edition of UN DESA has its own variable: one set leaves the other without a URL.
    expect(urls({ DATA_SOURCE_UNDESA_2024_URL: 'http://b.test/y.csv' }, []).slice(0, 2)).toEqual([
      [UNDESA_2024.id, 'http://b.test/y.csv', 'env'],
      [UNDESA_2020.id, null, null],
    ]);
  });

  it('ignores a blank environment variable', () => {
    expect(urls({ DATA_SOURCE_UNHCR_URL: '  ', DATA_SOURCE_UNDESA_2024_URL: '' }, [])).toEqual([
      [UNDESA_2024.id, null, null],
      [UNDESA_2020.id, null, null],
      [UNHCR_PERU.id, 'https://api.unhcr.org', 'registry'],
      [UNHCR_VEN.id, 'https://api.unhcr.org', 'registry'],
      [WORLD_BANK.id, null, null],
      [CBP.id, null, null],
    ]);
  });

  it('refuses a --source for an unknown dataset or without a URL, and URLs that are not http(s)', () => {
    expect(failure(() => resolveSources(datasets, {}, ['nope=http://a.test'])).message).toContain(
      `with id one of ${UNDESA_2024.id}, ${UNDESA_2020.id}, ${UNHCR_PERU.id}, ${UNHCR_VEN.id}, ${WORLD_BANK.id}, ${CBP.id}`,
    );
    expect(failure(() => resolveSources(datasets, {}, [UNHCR_VEN.id])).message).toContain(
      `--source ${UNHCR_VEN.id}: write it as id=url`,
    );
    expect(
      failure(() => resolveSources(datasets, { DATA_SOURCE_UNHCR_URL: 'file:///etc/passwd' }, [])).message,
    ).toContain('DATA_SOURCE_UNHCR_URL: "file:///etc/passwd" is not an http:// or https:// URL');
    expect(
      failure(() => resolveSources(datasets, {}, [`${UNHCR_PERU.id}=javascript:alert(1)`])).message,
    ).toContain(`--source ${UNHCR_PERU.id}=…: "javascript:alert(1)" is not an http:// or https:// URL`);
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

describe('redactCredentials', () => {
  it.each([
    ['https://u:pw@127.0.0.1:99999/x.csv', 'https://REDACTED@127.0.0.1:99999/x.csv'],
    ['HTTPS://u:pw@host/x', 'HTTPS://REDACTED@host/x'],
    ['ftp://u:pw@host/x', 'ftp://REDACTED@host/x'],
    ['https://u:p/w@host/x', 'https://REDACTED@host/x'],
    ['https://u:p@w@host/x', 'https://REDACTED@host/x'],
    [
      '--source id=https://u:pw@h/x.csv?token=t0k&edition=2',
      '--source id=https://REDACTED@h/x.csv?token=REDACTED&edition=2',
    ],
    ['"https://a:b@h/" is not', '"https://REDACTED@h/" is not'],
    ['no address here, a@b.example', 'no address here, a@b.example'],
  ])('%s → %s', (text, redacted) => {
    expect(redactCredentials(text)).toBe(redacted);
  });
});

describe('sourceUrlProblem', () => {
  it.each([
    ['https://u:pw@127.0.0.1:99999/x.csv', 'its port 99999 is over 65535'],
    ['https://exa mple.org/x', 'cannot be read as a URL'],
    ['file:///etc/passwd', 'is not an http:// or https:// URL'],
  ])('says why %s cannot be used', (url, said) => {
    expect(sourceUrlProblem(url)).toContain(said);
  });

  it('accepts an http(s) address, credentials included (they become an Authorization header)', () => {
    expect(sourceUrlProblem('https://u:pw@example.org/x.csv')).toBeUndefined();
  });
});
