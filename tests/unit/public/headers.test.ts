/**
 * Which pages other sites may frame, as the CDN reads public/_headers (paths matched the way Netlify
 * matches them, `headersFor`): exactly the embeds the registry declares, in every edition, and no
 * page an editor's file name can create.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/support/headers-file.ts';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';
import { EMBEDS, embedPath } from '../../../src/profile/embeds.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
/** The policy a path is served with: the last Content-Security-Policy that applies, as Netlify sends it. */
const policy = (path: string) =>
  headersFor(rules, path)
    .filter(([name]) => name.toLowerCase() === 'content-security-policy')
    .at(-1)?.[1];
const frameable = (path: string) => /frame-ancestors \*/.test(policy(path) ?? '');
const embedPaths = LOCALES.flatMap((locale) => EMBEDS.map((id) => localePath(locale, embedPath(id))));

describe('public/_headers', () => {
  it.each(embedPaths)('lets other sites frame the embed %s', (path) => {
    expect(frameable(path)).toBe(true);
  });

  it('names exactly the embeds of the registry as frameable, one rule each', () => {
    const framed = rules
      .filter((rule) => rule.headers.some(([, value]) => /frame-ancestors \*/.test(value)))
      .map((rule) => rule.pattern);
    expect([...framed].sort()).toEqual([...embedPaths].sort());
  });

  it.each(
    LOCALES.flatMap((locale) => [
      // A news item named embed.md, or a file named after an embed: the address an editor can make.
      localePath(locale, 'news/embed/'),
      localePath(locale, 'news/map/'),
      localePath(locale, 'news/tags/embed/'),
      localePath(locale, 'embedded/'),
      localePath(locale, 'embed/'),
      localePath(locale, 'embed/unknown/'),
      localePath(locale, 'embed/map/extra/'),
    ]),
  )('keeps %s from being framed', (path) => {
    expect(policy(path)).toContain("frame-ancestors 'none'");
    expect(frameable(path)).toBe(false);
  });
});
