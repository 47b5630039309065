/** The build's loader of the news collection, over the checker's own reading of news files (`files.ts`). */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { ContentError } from '../lib/content-problem.ts';
import { checkNewsFile, newsIdFromPath, walkNewsFolder } from './files.ts';
import { translationProblems } from './translations.ts';

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
        return {
          id: entry.id,
          file: entry.filePath ?? `${base}/${entry.id}`,
          lang: data.lang,
          translationOf: data.translationOf,
        };
      });
      const links = translationProblems(items, new Set(folder.files.map(newsIdFromPath)));
      if (links.length > 0) throw new ContentError(links);
    },
  };
}
