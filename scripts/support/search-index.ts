/**
 * The site search's index, built by Pagefind after `astro build`: one command for the build, the
 * tests' copies and the reproducibility check.
 *
 * Pagefind reads only the pages it indexes: the profile, the data and sources pages and the news
 * items (`/`, `/<page>/`, `/<lang>/<page>/`, `/news/<item>/`, `/<lang>/news/<item>/`). The paginated
 * lists (the news index, tags, countries, years) carry no `data-pagefind-body` and would only cost
 * reading: at 5,000 items they are half the pages.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cleanEnv } from './env.ts';

export const SEARCH_PAGES =
  '{index.html,*/index.html,*/*/index.html,*/news/*/index.html,*/countries/*/index.html,*/paises/*/index.html}';

/** Indexes the built site in `site` (a dist/ folder). */
export function indexSearch(site: string): SpawnSyncReturns<string> {
  return spawnSync('npx', ['pagefind', '--site', site, '--silent', '--glob', SEARCH_PAGES], {
    encoding: 'utf8',
    env: cleanEnv(),
  });
}
