/**
 * How the build bundles the editor (Sveltia CMS, from npm): a Vite plugin that changes two things of
 * the package's entry module, each for a reason the project holds to on every page.
 *
 * - **No request to a CDN.** Its interface styles declare their three fonts (Source Sans 3, Noto
 *   Mono, Material Symbols) with `@font-face` rules on cdn.jsdelivr.net; the same bundle also
 *   registers the package's own copies of those fonts, which Vite emits with the editor's files. The
 *   CDN rules are dropped, so the fonts come from this site, under `font-src 'self'`, and no request
 *   of the editor goes to a third party but the GitHub API.
 * - **Zoom stays possible.** It writes a viewport `<meta>` with `maximum-scale=1`, which stops
 *   readers from zooming in (WCAG 2.2, 1.4.4; axe's `meta-viewport`). That part is dropped.
 *
 * Each change expects the exact number of matches the pinned version has. If an upgrade changes
 * them, the build stops here and says which: check the editor for requests to other sites and for
 * axe's findings (its end-to-end test fails on the first) before changing a count.
 */
import type { Plugin } from 'vite';

/** The package's entry module, the one that holds both. */
const ENTRY = /node_modules\/@sveltia\/cms\/npm\/index\.js$/;

interface Patch {
  /** What it removes, for the message when the package no longer matches. */
  what: string;
  pattern: RegExp;
  /** How many matches the pinned version (0.221.1) has. */
  count: number;
  replacement: string;
}

export const PATCHES: readonly Patch[] = [
  {
    what: '@font-face rules on cdn.jsdelivr.net',
    pattern: /@font-face \{[^}]*?https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g,
    count: 3,
    replacement: '',
  },
  {
    what: 'viewport settings that forbid zooming (maximum-scale=1)',
    pattern: /`maximum-scale=1`,/g,
    count: 1,
    replacement: '',
  },
];

/** The package's entry with every patch applied; throws when one does not match as expected. */
export function patchedEntry(code: string): string {
  let patched = code;
  for (const { what, pattern, count, replacement } of PATCHES) {
    const found = patched.match(pattern)?.length ?? 0;
    if (found !== count) {
      throw new Error(
        `@sveltia/cms holds ${found} ${what}, not the ${count} src/admin/bundle.ts removes: check the editor ` +
          '(its end-to-end test fails on any request to another site and on axe’s findings), then update the count',
      );
    }
    patched = patched.replace(pattern, replacement);
  }
  if (patched.includes('cdn.jsdelivr.net')) {
    throw new Error(
      '@sveltia/cms still names cdn.jsdelivr.net once its font rules are removed: see src/admin/bundle.ts',
    );
  }
  return patched;
}

export function editorBundle(): Plugin {
  return {
    name: 'editor-bundle',
    transform(code, id) {
      if (!ENTRY.test(id)) return undefined;
      return { code: patchedEntry(code), map: null };
    },
  };
}
