/**
 * The browser editor in the built site: /admin/ and its generated configuration, isolated from the
 * pages (its own policy, not indexed, not in the sitemap or the search index), and every other page's
 * policy as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countryChoices } from '../../../src/admin/choices.ts';
import { configYaml, editorConfig } from '../../../src/admin/config.ts';
import { ADMIN_DIRECTIVES } from '../../../src/admin/policy.ts';
import { LOCALES } from '../../../src/i18n/languages.ts';
import { builtPages, isEditor, readPage } from '../support/site.ts';

const html = readPage('/admin/');
const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)![1]!;
/** The sources a directive of a policy allows. */
const sources = (text: string, directive: string) =>
  text
    .match(new RegExp(`(?:^|;)\\s*${directive} ([^;]*)`))?.[1]
    ?.trim()
    .split(/\s+/) ?? [];

describe('/admin/', () => {
  it('is not for search engines, and carries no inline script', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toMatch(/ type="module" src="\/_astro\/[^"]+\.js"/);
    expect(scripts[0]![2]).toBe('');
  });

  it('allows, in its <meta> policy, the CMS’s styles, the GitHub API and its preview frame', () => {
    for (const directive of ADMIN_DIRECTIVES) {
      const [name, ...allowed] = directive.split(' ');
      expect(sources(policy, name!)).toEqual(expect.arrayContaining(allowed));
    }
    // 'unsafe-inline' counts only without hashes beside it: the page has none for styles.
    expect(sources(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(sources(policy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it.each(LOCALES)('has its configuration in %s, generated as the build environment says', (locale) => {
    const file = readFileSync(`dist/admin/config.${locale}.yml`, 'utf8');
    const { backend, site_url } = parse(file) as {
      backend: { repo: string; base_url?: string };
      site_url: string;
    };
    const settings = {
      repo: backend.repo,
      siteUrl: site_url,
      ...(backend.base_url ? { authBaseUrl: backend.base_url } : {}),
    };
    expect(file).toBe(configYaml(editorConfig(locale, settings, countryChoices(locale))));
  });

  it('previews with the site’s own stylesheet', () => {
    const stylesheet = readFileSync('dist/admin/preview.css', 'utf8');
    expect(stylesheet).toBe(readFileSync('src/styles/global.css', 'utf8'));
  });

  it('is in neither the sitemap nor the search index', () => {
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/admin/');
    const fragments = readdirSync('dist/pagefind/fragment');
    expect(fragments.length).toBeGreaterThan(0);
    for (const fragment of fragments) {
      const text = gunzipSync(readFileSync(join('dist/pagefind/fragment', fragment))).toString();
      expect(text).not.toContain('"url":"/admin/');
    }
  });

  it('loads its fonts from this site: no file of the build names the CDN the package uses', () => {
    for (const file of readdirSync('dist/_astro').filter((name) => name.endsWith('.js'))) {
      expect(readFileSync(join('dist/_astro', file), 'utf8'), file).not.toContain('cdn.jsdelivr.net');
    }
  });
});

/** Every file of dist/_astro a script loads, itself and what it imports, statically or not. */
function scriptGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join('dist/_astro', entry), 'utf8');
  // Static imports (`from"./x.js"`) and dynamic ones, which the bundler writes with backquotes.
  for (const [, file] of code.matchAll(/(?:from|import\()\s*["'`]\.\/([^"'`]+\.js)["'`]/g))
    scriptGraph(file!, seen);
  return seen;
}
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script[^>]+src="\/_astro\/([^"]+)"/g)].map((match) => match[1]!);

describe('every page but the editor', () => {
  const pages = builtPages().filter((page) => !isEditor(page));

  it('loads no file of the editor’s: the site’s scripts share no chunk with it', () => {
    const editor = new Set(scriptsOf(html).flatMap((entry) => [...scriptGraph(entry)]));
    expect(editor.size).toBeGreaterThan(10);
    const site = new Set(
      pages.flatMap((page) => scriptsOf(readPage(page))).flatMap((entry) => [...scriptGraph(entry)]),
    );
    expect(site.size).toBeGreaterThan(0);
    expect([...site].filter((file) => editor.has(file))).toEqual([]);
  });

  it('keeps the site’s policy: no inline styles, no GitHub API, no frames', () => {
    expect(pages.length).toBeGreaterThan(800);
    for (const page of pages) {
      const meta = readPage(page).match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      expect(meta, page).toBeDefined();
      expect(meta, page).not.toMatch(/unsafe-inline|github|connect-src|frame-src|blob:/);
    }
  });
});
