/** Astro's build log as `npm run build` reads it (tools/build-log.ts). */
import { describe, expect, it } from 'vitest';
import { buildReport, loggedErrors, loggedWarnings } from '../../tools/build-log.ts';

// As Astro 7 prints them, colours and all.
const LOG = [
  '05:08:55 [content] Syncing content',
  '\x1b[31m05:00:42 [ERROR] [news-loader] Error rendering en/split.md: 2 constructs not allowed\x1b[39m',
  '05:08:56 [WARN] [vite] something to know',
  '',
  ' generating static routes ',
  '05:08:57 ▶ src/pages/[...lang]/news/[slug].astro',
  '05:00:45   ├─ /en/news/quote/index.html (+13ms) ',
  '05:00:45   └─ /en/news/split/index.html (+5ms) ',
  ' (+18ms) ',
  '05:09:05 [build] 838 page(s) built in 11.45s',
];

describe('the build log', () => {
  it('finds the errors Astro logged and built past, without their colours', () => {
    expect(loggedErrors(LOG)).toEqual([
      '05:00:42 [ERROR] [news-loader] Error rendering en/split.md: 2 constructs not allowed',
    ]);
    expect(loggedErrors(LOG.filter((line) => !line.includes('ERROR')))).toEqual([]);
  });

  it('finds the warnings', () => {
    expect(loggedWarnings(LOG)).toEqual(['05:08:56 [WARN] [vite] something to know']);
  });

  it('reprints what matters when a build fails, never the list of pages', () => {
    expect(buildReport(LOG)).toEqual([
      '05:08:55 [content] Syncing content',
      '05:00:42 [ERROR] [news-loader] Error rendering en/split.md: 2 constructs not allowed',
      '05:08:56 [WARN] [vite] something to know',
      ' generating static routes ',
      '05:09:05 [build] 838 page(s) built in 11.45s',
    ]);
  });
});
