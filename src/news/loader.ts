/** The build's loader of the news collection, over the checker's own reading of news files (`files.ts`). */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { ContentError, type ContentProblem } from '../lib/content-problem.ts';
import { readNews } from './files.ts';

/**
 * Astro's glob loader for news files, behind the checker's own judgement: `readNews` reads the
 * folder and every file exactly as `npm run check:content` does (folder, frontmatter, tags, body as
 * rendered, translations) and any problem stops the build with the checker's messages, before a
 * file is loaded. Astro's loader then renders each body; where it would only log a rendering error
 * and publish the item without its text, the build stops too, naming the file.
 */
export function newsLoader(base: string): Loader {
  const inner = glob({ base, pattern: '*/*.{md,mdx}' });
  return {
    name: 'news-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const news = readNews(root);
      if (news.problems.length > 0) throw new ContentError(news.problems);
      const checked = new Map(news.entries.map((entry) => [entry.file, entry.raw]));
      const failures: ContentProblem[] = [];
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        // glob.js: `Error rendering <entry>: <message>`, where the item would be stored without its text.
        const rendering = /^Error rendering ([^:]+): ([\s\S]*)$/.exec(message);
        failures.push({
          file: rendering ? `${base}/${rendering[1]}` : base,
          field: rendering ? 'body' : '',
          message: rendering ? `cannot be rendered: ${rendering[2]!.split('\n')[0]}` : message,
          fix: 'check the Markdown and HTML of the text (npm run check:content lists what it finds)',
        });
        context.logger.error(message);
      };
      await inner.load({
        ...context,
        logger,
        parseData: (async (props) => {
          const path = relative(root, props.filePath ?? '')
            .split('\\')
            .join('/');
          // Every file was checked above; one that appeared since is refused rather than loaded unread.
          if (!checked.has(path)) {
            throw new ContentError([
              { file: path, field: '', message: 'appeared after the news were checked', fix: 'build again' },
            ]);
          }
          return context.parseData({ ...props, data: checked.get(path) as Record<string, unknown> });
        }) as typeof context.parseData,
      });
      if (failures.length > 0) throw new ContentError(failures);
    },
  };
}
