/**
 * Where the editor saves, read from the build's environment: the repository and the sign-in the
 * host needs. The configuration depends on nothing else, so a build with the same environment
 * writes the same files.
 *
 * - `CMS_REPO` (`owner/name`), or the repository the build runs in: `GITHUB_REPOSITORY` on GitHub
 *   Actions, `REPOSITORY_URL` on Netlify. Without any, a placeholder the editor names on sign-in.
 * - `CMS_AUTH_URL`: the address of an OAuth proxy (GitHub Pages); Netlify's own otherwise.
 */
import type { EditorSettings } from './config.ts';

/** The repository named when the build cannot tell: the editor then says it cannot find it. */
export const PLACEHOLDER_REPO = 'OWNER/REPOSITORY';

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** `owner/name` of a GitHub address (`https://github.com/owner/name`, with or without `.git`). */
export function repoFromUrl(url: string | undefined): string | undefined {
  const match = url?.match(/^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/);
  return match?.[1];
}

export function editorSettings(
  env: Readonly<Record<string, string | undefined>>,
  siteUrl: string,
): EditorSettings {
  const repo = env.CMS_REPO || env.GITHUB_REPOSITORY || repoFromUrl(env.REPOSITORY_URL) || PLACEHOLDER_REPO;
  if (!REPO.test(repo)) {
    throw new Error(
      `CMS_REPO must be a GitHub repository written owner/name, such as peru/migration-profile (got "${repo}")`,
    );
  }
  const auth = env.CMS_AUTH_URL;
  if (auth !== undefined && auth !== '' && !/^https:\/\/[^/\s]+\/?$/.test(auth)) {
    throw new Error(
      `CMS_AUTH_URL must be the https:// address of an OAuth proxy, with no path (got "${auth}")`,
    );
  }
  return { repo, siteUrl, ...(auth ? { authBaseUrl: auth.replace(/\/$/, '') } : {}) };
}
