/** src/styles/map.css against the colour constants of src/map/constants.ts: the two stay in step. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN_FILLS, BORDER_COLOR, PERU_FILL, RATE_FILLS } from '../../../src/map/constants.ts';

/** Every rule of a flat stylesheet (no at-rules in map.css): its selectors and declarations. */
function rules(css: string): { selectors: string[]; declarations: Map<string, string> }[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selectors, body]) => ({
    selectors: selectors!.split(',').map((selector) => selector.trim().replace(/\s+/g, ' ')),
    declarations: new Map(
      body!
        .split(';')
        .map((declaration) => declaration.trim())
        .filter(Boolean)
        .map((declaration) => {
          const colon = declaration.indexOf(':');
          return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()] as [
            string,
            string,
          ];
        }),
    ),
  }));
}

/** The value of `property` set by rules for exactly `selector` (every such rule, in order). */
function valuesOf(css: string, selector: string, property: string): string[] {
  return rules(css)
    .filter((rule) => rule.selectors.includes(selector) && rule.declarations.has(property))
    .map((rule) => rule.declarations.get(property)!);
}

describe('src/styles/map.css', () => {
  const css = readFileSync(join(process.cwd(), 'src/styles/map.css'), 'utf8');

  it('parses into rules (the reader finds what it should)', () => {
    expect(valuesOf(css, '.map-tooltip[hidden]', 'display')).toEqual(['none']);
    expect(valuesOf('.a, .b { fill: red; } /* .a { fill: blue } */', '.b', 'fill')).toEqual(['red']);
  });

  it.each(BIN_FILLS.map((fill, bin) => [bin, fill]))('fills .b%d with %s', (bin, fill) => {
    expect(valuesOf(css, `.b${bin}`, 'fill')).toEqual([fill]);
  });

  it('has no rule for a bin beyond the fills', () => {
    expect(rules(css).some((rule) => rule.selectors.includes(`.b${BIN_FILLS.length}`))).toBe(false);
  });

  it.each(RATE_FILLS.map((fill, bin) => [bin, fill]))('fills .r%d (the index map) with %s', (bin, fill) => {
    expect(valuesOf(css, `.r${bin}`, 'fill')).toEqual([fill]);
  });

  it('fills .pe with PERU_FILL', () => {
    expect(valuesOf(css, '.pe', 'fill')).toEqual([PERU_FILL]);
  });

  it('strokes .borders with BORDER_COLOR', () => {
    expect(valuesOf(css, '.borders', 'stroke')).toEqual([BORDER_COLOR]);
  });

  // A shape without data takes the hatching of its own map's group (fill="url(#<map>-no-data)"): a
  // rule naming one pattern would give every map on a page the first map's pattern.
  it('has no fill rule for shapes without data', () => {
    expect(valuesOf(css, '.nd', 'fill')).toEqual([]);
    const fills = rules(css).flatMap((rule) => [...rule.declarations.values()]);
    expect(fills.filter((value) => value.includes('url(#'))).toEqual([]);
  });
});
