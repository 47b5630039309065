/**
 * Astro loaders over `src/content/read.ts`: the build validates content with the same code as the
 * content checker and the tests, and stops with the same file-and-field messages.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { PUBLISHED_DATASETS } from '../datasets/registry.ts';
import { ContentError } from '../lib/content-problem.ts';
import type { ReadResult } from './entries.ts';
import { readDataset } from './read.ts';
import { pendingUpdateProblems } from './pending-update.ts';
import { checkProvenanceHashes, readProvenance } from './provenance.ts';

/** A loader for content read by one of the `read*` functions: entries keyed by their ids. */
export function validatedLoader(name: string, read: (root: string) => ReadResult<unknown>): Loader {
  return {
    name,
    load: async ({ config, store, parseData }) => {
      const { entries, problems } = read(fileURLToPath(config.root));
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry.raw as Record<string, unknown> });
        store.set({ id: entry.id, data });
      }
    },
  };
}

/**
 * The data tables of the registry published whole, one entry per dataset holding its validated rows (read by
 * `readDataset`, so the build refuses a table with the checker's own messages).
 */
export function datasetsLoader(): Loader {
  return {
    name: 'datasets',
    load: async ({ config, store, parseData }) => {
      const root = fileURLToPath(config.root);
      const pending = pendingUpdateProblems(root);
      if (pending.length > 0) throw new ContentError(pending);
      // The world tables are read once per build by `src/countries/load.ts`, not kept in the store.
      const read = PUBLISHED_DATASETS.map((dataset) => ({ dataset, ...readDataset(root, dataset) }));
      const problems = read.flatMap((table) => table.problems);
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      for (const { dataset, entries } of read) {
        const data = await parseData({ id: dataset.id, data: { rows: entries.map((entry) => entry.data) } });
        store.set({ id: dataset.id, data });
      }
    },
  };
}

/**
 * The provenance of the data tables, each entry with whether its file still has the recorded
 * SHA-256: a table edited by hand after its last retrieval is said to be so on the site.
 */
export function provenanceLoader(): Loader {
  return {
    name: 'provenance',
    load: async ({ config, store, parseData }) => {
      const root = fileURLToPath(config.root);
      const pending = pendingUpdateProblems(root);
      if (pending.length > 0) throw new ContentError(pending);
      const { entries, problems } = readProvenance(root);
      if (problems.length > 0) throw new ContentError(problems);
      const changed = new Set(checkProvenanceHashes(root, entries).map((problem) => problem.field.split('.')[0]));
      store.clear();
      for (const entry of entries) {
        const data = await parseData({
          id: entry.id,
          data: { entry: entry.raw as Record<string, unknown>, matchesFile: !changed.has(entry.id) },
        });
        store.set({ id: entry.id, data });
      }
    },
  };
}
