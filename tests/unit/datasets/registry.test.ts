/** The dataset registry: each table declared once, and the rules every part of the site relies on. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/content/read.ts';
import type { DatasetUse, TableKind } from '../../../src/datasets/definition.ts';
import {
  DATASET_IDS,
  DATASETS,
  datasetById,
  datasetFor,
  isDatasetId,
} from '../../../src/datasets/registry.ts';

/** What shows a dataset, and the kind of table it needs. */
const USES: [DatasetUse, TableKind][] = [
  ['map', 'stock-by-sex'],
  ['stock-series', 'stock-by-sex'],
  ['previous-edition', 'stock'],
  ['protection', 'refugee'],
  ['refugee-series', 'refugee'],
];

/** The kinds of the flow tables (net migration, remittances, the northbound route, removals). */
const FLOW_KINDS: readonly string[] = [
  'net-migration',
  'remittances',
  'border-encounters',
  'darien-crossings',
  'removals',
];

describe('DATASETS', () => {
  it.each(DATASETS.map((dataset) => [dataset.id, dataset] as const))(
    '%s is a CSV under content/data/ (world tables under world/, flow tables under flows/) named after its id',
    (id, dataset) => {
      const folder = !('scope' in dataset) ? '' : FLOW_KINDS.includes(dataset.kind) ? 'flows/' : 'world/';
      expect(dataset.file).toBe(`content/data/${folder}${id}.csv`);
      expect(existsSync(dataset.file)).toBe(true);
    },
  );

  it('has unique ids, lower-case words joined by hyphens', () => {
    expect(new Set(DATASET_IDS).size).toBe(DATASETS.length);
    for (const id of DATASET_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('names a source of content/sources.yaml for every dataset', () => {
    const sources = new Set(readSources(process.cwd()).entries.map((entry) => entry.id));
    expect(sources.size).toBeGreaterThan(0);
    for (const dataset of DATASETS) expect(sources, dataset.id).toContain(dataset.source);
  });

  it('gives each source of updates one environment variable: datasets share one only when they share the source', () => {
    const updates = DATASETS.flatMap((dataset) => ('update' in dataset ? [dataset.update] : []));
    expect(updates.length).toBeGreaterThan(0);
    const urlOf = new Map<string, string | null>();
    for (const update of updates) {
      expect(update.urlEnv).toMatch(/^DATA_SOURCE_[A-Z0-9_]+_URL$/);
      if (urlOf.has(update.urlEnv)) {
        // One variable moves every dataset it names: they must come from one service (the UNHCR API).
        expect(update.url).not.toBeNull();
        expect(urlOf.get(update.urlEnv)).toBe(update.url);
        expect(update.adapter).toBe('unhcr-population');
      }
      urlOf.set(update.urlEnv, update.url);
    }
  });

  it.each(DATASETS.map((dataset) => [dataset.id, dataset.years] as const))(
    '%s lists its years ascending, or opens its range no later than this year',
    (_id, years) => {
      if ('from' in years) expect(years.from).toBeLessThanOrEqual(new Date().getUTCFullYear());
      else {
        expect(years.length).toBeGreaterThan(0);
        expect([...years]).toEqual([...new Set(years)].sort((a, b) => a - b));
      }
    },
  );
});

describe('datasetFor', () => {
  it.each(USES)('gives "%s" to exactly one dataset, a %s table', (use, kind) => {
    const users = DATASETS.filter((dataset) => (dataset.uses as readonly string[]).includes(use));
    expect(users).toHaveLength(1);
    expect(datasetFor(use, kind)).toBe(users[0]);
    expect(datasetFor(use, kind).kind).toBe(kind);
  });

  it('throws for a use given to a table of another kind', () => {
    expect(() => datasetFor('refugee-series', 'stock')).toThrow(
      'the dataset registry must give "refugee-series" to one stock table, not to 1',
    );
  });

  it('throws for a use no dataset has', () => {
    expect(() => datasetFor('no-such-use' as DatasetUse, 'stock')).toThrow(/not to 0/);
  });
});

describe('datasetById and isDatasetId', () => {
  it.each(DATASET_IDS)('finds %s', (id) => {
    expect(datasetById(id).id).toBe(id);
    expect(isDatasetId(id)).toBe(true);
  });

  it.each(['undesa-2024', '', 'UNDESA-IMS2020-PERU', undefined])('knows %j is no dataset', (id) => {
    expect(isDatasetId(id)).toBe(false);
  });

  it('lists the ids in registry order', () => {
    expect(DATASET_IDS).toEqual(DATASETS.map((dataset) => dataset.id));
  });
});
