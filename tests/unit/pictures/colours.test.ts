/** The colours the pictures write on their elements are the stylesheets' own: the two stay in step. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRID, INK, INK_MUTED, MAP_SEA, PAPER, SERIES } from '../../../src/pictures/colours.ts';

const read = (file: string) => readFileSync(`src/styles/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const global = read('global.css');
const charts = read('charts.css');
const map = read('map.css');

describe('the pictures’ colours', () => {
  it('ink, muted ink and paper are the site’s', () => {
    expect(global).toMatch(new RegExp(`--ink:\\s*${INK};`));
    expect(global).toMatch(new RegExp(`--ink-muted:\\s*${INK_MUTED};`));
    expect(global).toMatch(new RegExp(`--paper:\\s*${PAPER};`));
  });

  it('each series is the charts’ series of the same number, and the grid is the charts’ grid', () => {
    const series = [...charts.matchAll(/\.series-(\d)\s*\{\s*--series:\s*(#[0-9a-f]{6})/g)].map(
      ([, , c]) => c,
    );
    expect(series).toEqual([...SERIES]);
    expect(charts).toMatch(new RegExp(`\\.chart \\.grid \\{[^}]*stroke: ${GRID};`));
  });

  it('the map’s sea is the map’s background', () => {
    expect(map).toMatch(new RegExp(`\\.map \\{[^}]*background: ${MAP_SEA};`));
  });
});
