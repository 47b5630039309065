/** The CDN headers file in dist/: security headers for every page, long caching for hashed files. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/support/headers-file.ts';
import { serveDist } from '../../../scripts/support/serve.ts';

const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const header = (path: string, name: string) =>
  headersFor(rules, path)
    .filter(([key]) => key.toLowerCase() === name.toLowerCase())
    .map(([, value]) => value);

describe('dist/_headers', () => {
  it.each(['/', '/en/news/coyote-2020-operation/', '/data/headline-figures.csv'])('protects %s', (path) => {
    const [csp] = header(path, 'Content-Security-Policy');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(header(path, 'X-Content-Type-Options')).toEqual(['nosniff']);
    expect(header(path, 'Referrer-Policy')).toEqual(['strict-origin-when-cross-origin']);
    expect(header(path, 'Permissions-Policy')[0]).toContain('geolocation=()');
    expect(header(path, 'Strict-Transport-Security')[0]).toMatch(/max-age=\d{8,}/);
  });

  it('has no script-src, which would stack with the pages’ hash-based policy and block their scripts', () => {
    // The editor's page alone has a whole policy of its own: it runs no inline script (src/admin/policy.ts).
    for (const [, value] of rules
      .filter((rule) => rule.pattern !== '/admin/*')
      .flatMap((rule) => rule.headers))
      expect(value).not.toMatch(/script-src|default-src/);
  });

  it('caches every hashed asset for a year, immutable, and pages not at all', () => {
    const assets = readdirSync('dist/_astro');
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(header(`/_astro/${asset}`, 'Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
    }
    expect(header('/', 'Cache-Control')).toEqual([]);
    expect(header('/pagefind/pagefind.js', 'Cache-Control')).toEqual([]);
  });
});

describe('dist/ served as Netlify matches _headers', () => {
  it('lets other sites frame an embed, and no page an editor can name like one', async () => {
    const server = await serveDist();
    try {
      const policyOf = async (path: string) =>
        (await fetch(`${server.origin}${path}`)).headers.get('content-security-policy') ?? '';
      expect(await policyOf('/embed/map/')).toContain('frame-ancestors *');
      expect(await policyOf('/en/embed/chart-stocks/')).toContain('frame-ancestors *');
      // A Spanish item named embed.md would be published here; /:lang/embed/* used to match it.
      for (const path of ['/news/embed/', '/en/news/embed/', '/en/embedded/', '/en/']) {
        expect(await policyOf(path), path).toContain("frame-ancestors 'none'");
      }
    } finally {
      await server.close();
    }
  });
});
