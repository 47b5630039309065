/**
 * What the build changes in the editor's bundle (src/admin/bundle.ts), on the pinned package itself:
 * no font from a CDN, no viewport that forbids zooming; and a version that no longer matches stops the
 * build, so an upgrade is checked before it ships.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchedEntry } from '../../../src/admin/bundle.ts';

const ENTRY = readFileSync('node_modules/@sveltia/cms/npm/index.js', 'utf8');

describe('patchedEntry', () => {
  const bundled = patchedEntry(ENTRY);

  it('removes every font rule that names the CDN, keeping the package’s own copies of the fonts', () => {
    expect(ENTRY).toContain('cdn.jsdelivr.net');
    expect(bundled).not.toContain('cdn.jsdelivr.net');
    expect(bundled).toContain('assets/material-symbols-outlined-latin-wght-normal');
  });

  it('lets readers zoom: the viewport the editor writes keeps its width and scale, without a maximum', () => {
    expect(ENTRY).toContain('`initial-scale=1`,`maximum-scale=1`,');
    expect(bundled).not.toContain('maximum-scale');
    expect(bundled).toContain('`width=device-width`,`initial-scale=1`,`interactive-widget=resizes-content`');
  });

  it('changes nothing else: only the removed rules and setting are shorter', () => {
    expect(ENTRY.length - bundled.length).toBeGreaterThan(600);
    expect(ENTRY.length - bundled.length).toBeLessThan(3000);
  });

  it('stops when a version holds them otherwise, naming what no longer matches', () => {
    expect(() => patchedEntry('const x = 1;')).toThrow(
      /holds 0 @font-face rules on cdn.jsdelivr.net, not the 3/,
    );
    expect(() => patchedEntry(ENTRY.replace('@font-face {', '@font-face{'))).toThrow(/holds 2 @font-face/);
    expect(() => patchedEntry(ENTRY.replace('`maximum-scale=1`,', ''))).toThrow(/holds 0 viewport settings/);
  });
});
