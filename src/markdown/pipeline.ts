/**
 * The Markdown pipeline of news bodies, declared once: `astro.config.mjs` gives it to Astro's
 * satteri processor (which MDX extends), and the content check renders every body with it, so the
 * check sees what the build will publish.
 */
import { markdownToHtml, mdxToJs, type Features } from 'satteri';
import { bodyPolicy } from './policy-plugin.ts';
import { externalLinks } from './external-links.ts';
import { tableAlignment } from './table-alignment.ts';

/**
 * Raw HTML is parsed into elements, so that the body policy and the link plugin see it as the
 * browser will (opaque HTML would reach pages unchecked).
 */
export const PIPELINE_FEATURES = { rawHtml: true } as const satisfies Features;

/**
 * What Astro's satteri processor turns on besides (`@astrojs/markdown-satteri`: `gfm` and
 * `smartypants` default to on): the features a body is rendered with, in the build and in the check.
 */
export const RENDER_FEATURES = {
  gfm: true,
  smartPunctuation: true,
  ...PIPELINE_FEATURES,
} as const satisfies Features;

/** The hast plugins, in order: the policy as a backstop, then table alignment, then links out. */
export const HAST_PLUGINS = [bodyPolicy, tableAlignment, externalLinks];

/**
 * Renders a body as the build does: Markdown to HTML, MDX to its compiled module. Throws what the
 * build would throw (a construct the policy refuses, a syntax error).
 */
export function renderAsBuilt(body: string, format: 'md' | 'mdx'): string {
  const options = { hastPlugins: HAST_PLUGINS, features: RENDER_FEATURES };
  return format === 'mdx' ? mdxToJs(body, options).code : markdownToHtml(body, options).html;
}
