/**
 * The editor's isolation in public/_headers, as Netlify reads it (`headersFor`): /admin/ gets its own
 * policy, the one src/admin/policy.ts declares, and it alone allows inline styles and the GitHub API;
 * every other page keeps the site's policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/support/headers-file.ts';
import { ADMIN_DIRECTIVES, ADMIN_HEADER_POLICY } from '../../../src/admin/policy.ts';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
/** The header a path is served with: the last one of that name that applies, as Netlify sends it. */
const header = (path: string, name: string) =>
  headersFor(rules, path)
    .filter(([key]) => key.toLowerCase() === name.toLowerCase())
    .at(-1)?.[1];
const SITE_PAGES = LOCALES.flatMap((locale) => [
  localePath(locale),
  localePath(locale, 'news/'),
  localePath(locale, 'news/admin/'),
  localePath(locale, 'embed/map/'),
]);

describe('the editor’s headers', () => {
  it.each(['/admin/', '/admin/config.es.yml', '/admin/preview.css'])(
    'give %s the editor’s policy, whole',
    (path) => {
      expect(header(path, 'Content-Security-Policy')).toBe(ADMIN_HEADER_POLICY);
      expect(header(path, 'X-Robots-Tag')).toBe('noindex');
      // The site-wide rule still applies: no frame, no sniffing, HSTS.
      expect(header(path, 'X-Frame-Options')).toBe('DENY');
      expect(header(path, 'X-Content-Type-Options')).toBe('nosniff');
    },
  );

  it('allow the editor exactly what it needs: styles it injects, GitHub’s API, avatars and status, its preview frame', () => {
    // Written out: a source added to src/admin/policy.ts must be added here on purpose.
    expect(ADMIN_HEADER_POLICY.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob: https://avatars.githubusercontent.com",
      "connect-src 'self' data: blob: https://api.github.com https://www.githubstatus.com",
      'frame-src blob:',
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "object-src 'none'",
      "form-action 'self'",
    ]);
    expect(ADMIN_DIRECTIVES.map((directive) => directive.split(' ')[0])).toEqual([
      'img-src',
      'connect-src',
      'frame-src',
    ]);
  });

  it('never let the editor be framed, and carry what its page adds to the site’s <meta> policy', () => {
    expect(ADMIN_HEADER_POLICY).toContain("frame-ancestors 'none'");
    for (const directive of ADMIN_DIRECTIVES) expect(ADMIN_HEADER_POLICY).toContain(directive);
    expect(ADMIN_HEADER_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*(unsafe-inline|https:)/);
  });

  it.each(SITE_PAGES)('leave %s with the site’s policy: no inline styles, no GitHub API', (path) => {
    const policy = header(path, 'Content-Security-Policy') ?? '';
    expect(policy).toMatch(/frame-ancestors/);
    expect(policy).not.toMatch(/unsafe-inline|api\.github\.com|style-src|connect-src/);
    expect(header(path, 'X-Robots-Tag')).toBeUndefined();
  });

  it('are the only rule that allows inline styles or the GitHub API', () => {
    const allowing = rules
      .filter((rule) => rule.headers.some(([, value]) => /unsafe-inline|api\.github\.com/.test(value)))
      .map((rule) => rule.pattern);
    expect(allowing).toEqual(['/admin/*']);
  });
});
