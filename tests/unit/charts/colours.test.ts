/**
 * The charts' series colours (src/styles/charts.css): 3:1 against the paper they are drawn on
 * (WCAG 1.4.11, non-text contrast) and 4.5:1 where a series' label is drawn in its colour (1.4.3).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/charts.css', 'utf8');
const series = [...css.matchAll(/\.series-(\d)\s*\{\s*--series:\s*(#[0-9a-f]{6})/g)].map(
  ([, n, colour]) => [Number(n), colour!] as const,
);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('chart series colours', () => {
  it('are defined for three series', () => {
    expect(series.map(([n]) => n)).toEqual([1, 2, 3]);
  });

  it.each(series)('series %d (%s) reads as text on white: 4.5:1 or more', (_, colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('are told apart by lightness too, not by hue alone', () => {
    const lightness = series.map(([, colour]) => luminance(colour)).sort();
    for (let i = 1; i < lightness.length; i++)
      expect(lightness[i]! - lightness[i - 1]!).toBeGreaterThan(0.01);
  });
});
