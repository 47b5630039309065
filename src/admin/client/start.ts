/**
 * The editor's page script: starts Sveltia CMS, bundled from npm by the build (no script from a
 * CDN), with the configuration in its user's language and the site's own stylesheet in its preview.
 * Inside a frame it does not start: another site framing it could trick an editor into clicking
 * (hosts that send public/_headers forbid the frame already; GitHub Pages sends no headers).
 */
import CMS from '@sveltia/cms';
import { configPath, editorLocale } from './locale.ts';

/** The site's stylesheet, as a file (src/pages/admin/preview.css.ts). */
export const PREVIEW_STYLESHEET = '/admin/preview.css';

export function startEditor(): void {
  if (window.top !== window.self) {
    document.getElementById('framed')?.removeAttribute('hidden');
    return;
  }
  const link = document.createElement('link');
  link.rel = 'cms-config-url';
  link.type = 'application/yaml';
  const locales = (document.documentElement.dataset.editorLocales ?? '').split(' ').filter(Boolean);
  link.href = configPath(editorLocale(navigator.languages, locales));
  document.head.append(link);
  CMS.registerPreviewStyle(PREVIEW_STYLESHEET);
  void CMS.init();
}
