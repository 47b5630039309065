/**
 * Astro loaders over `src/content/read.ts`: the build validates content with the same code as the
 * content checker and the tests, and stops with the same file-and-field messages.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { PUBLISHED_DATASETS } from '../datasets/registry.ts';
import { ContentError } from '../lib/content-problem.ts';
import type { ReadResult } from './entries.ts';
import { checkNewsFile, readDataset } from './read.ts';
import { newsIdFromPath, walkNewsFolder } from './news-files.ts';
import { pendingUpdateProblems } from './pending-update.ts';
import { translationProblems } from './translations.ts';
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
      // The world tables are read once per build by `src/content/world.ts`, not kept in the store.
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
 * Astro's glob loader for news files, guarded by the checker's own rules: the folder is walked as
 * the checker walks it (`walkNewsFolder`: no links, no clashing addresses, no oversized files) before
 * a file is read; each file is checked by `checkNewsFile` (frontmatter re-read with YAML's core
 * schema, body policy); and the translation links are checked once all are loaded.
 */
export function newsLoader(base: string): Loader {
  const inner = glob({ base, pattern: '*/*.{md,mdx}' });
  return {
    name: 'news-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = walkNewsFolder(root);
      if (folder.problems.length > 0) throw new ContentError(folder.problems);
      await inner.load({
        ...context,
        parseData: (async (props) => {
          const root = fileURLToPath(context.config.root);
          const path = relative(root, props.filePath ?? '')
            .split('\\')
            .join('/');
          const checked = checkNewsFile(path, readFileSync(props.filePath ?? '', 'utf8'));
          if (checked.problems.length > 0) throw new ContentError(checked.problems);
          return context.parseData({ ...props, data: checked.raw as Record<string, unknown> });
        }) as typeof context.parseData,
      });
      const items = [...context.store.values()].map((entry) => {
        const data = entry.data as { lang: string; translationOf?: string };
        return { id: entry.id, file: entry.filePath ?? `${base}/${entry.id}`, lang: data.lang, translationOf: data.translationOf };
      });
      const links = translationProblems(items, new Set(folder.files.map(newsIdFromPath)));
      if (links.length > 0) throw new ContentError(links);
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
