/** Where the editor saves, read from the build's environment (src/admin/settings.ts). */
import { describe, expect, it } from 'vitest';
import { editorSettings, PLACEHOLDER_REPO, repoFromUrl } from '../../../src/admin/settings.ts';

const SITE = 'https://example.org/';

describe('editorSettings', () => {
  it('takes the repository from CMS_REPO first, then from the CI the build runs in', () => {
    expect(editorSettings({ CMS_REPO: 'a/b', GITHUB_REPOSITORY: 'c/d' }, SITE).repo).toBe('a/b');
    expect(editorSettings({ GITHUB_REPOSITORY: 'c/d' }, SITE).repo).toBe('c/d');
    expect(editorSettings({ REPOSITORY_URL: 'https://github.com/peru/site' }, SITE).repo).toBe('peru/site');
    expect(editorSettings({}, SITE)).toEqual({ repo: PLACEHOLDER_REPO, siteUrl: SITE });
  });

  it('reads the owner and name of a GitHub address, with or without .git', () => {
    expect(repoFromUrl('https://github.com/peru/site.git')).toBe('peru/site');
    expect(repoFromUrl('https://gitlab.com/peru/site')).toBeUndefined();
    expect(repoFromUrl(undefined)).toBeUndefined();
  });

  it('uses an OAuth proxy when one is given, without a trailing slash', () => {
    expect(editorSettings({ CMS_AUTH_URL: 'https://auth.example.workers.dev/' }, SITE).authBaseUrl).toBe(
      'https://auth.example.workers.dev',
    );
  });

  it.each([
    [{ CMS_REPO: 'just-a-name' }, /CMS_REPO must be a GitHub repository written owner\/name.*"just-a-name"/],
    [{ CMS_REPO: 'a/b/c' }, /CMS_REPO/],
    [
      { CMS_AUTH_URL: 'http://auth.example.org' },
      /CMS_AUTH_URL must be the https:\/\/ address .*"http:\/\/auth/,
    ],
    [{ CMS_AUTH_URL: 'https://auth.example.org/callback' }, /with no path/],
  ])('refuses %j, saying what to write', (env, message) => {
    expect(() => editorSettings(env, SITE)).toThrow(message);
  });
});
