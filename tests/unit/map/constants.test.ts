/** The map's colours: non-text contrast (WCAG 1.4.11) and a scale that reads light to dark. */
import { describe, expect, it } from 'vitest';
import {
  BIN_FILLS,
  RATE_EDGES,
  RATE_FILLS,
  BORDER_COLOR,
  NO_DATA_BACKGROUND,
  NO_DATA_HATCH,
  PERU_FILL,
} from '../../../src/map/constants.ts';

// ── WCAG 2 relative luminance and contrast ratio, from the definition ─────────────────────────────
function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [match[1]!, match[2]!, match[3]!].map((part) => parseInt(part, 16) / 255) as [
    number,
    number,
    number,
  ];
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('contrast helpers', () => {
  it('match the WCAG reference values', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
    expect(luminance('#000000')).toBe(0);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // #777777 on white is the well-known 4.48:1
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('map colours', () => {
  it.each(BIN_FILLS.map((fill, bin) => [bin, fill]))(
    'bin %d fill %s keeps 3:1 with the borders',
    (_bin, fill) => {
      expect(contrast(fill, BORDER_COLOR)).toBeGreaterThanOrEqual(3);
    },
  );

  it('Peru keeps 3:1 with the borders', () => {
    expect(contrast(PERU_FILL, BORDER_COLOR)).toBeGreaterThanOrEqual(3);
  });

  it('the no-data background keeps 3:1 with the borders', () => {
    expect(contrast(NO_DATA_BACKGROUND, BORDER_COLOR)).toBeGreaterThanOrEqual(3);
  });

  it('the no-data hatching keeps 3:1 with its background', () => {
    expect(contrast(NO_DATA_HATCH, NO_DATA_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it('orders the fills light to dark', () => {
    const luminances = BIN_FILLS.map(luminance);
    for (let i = 1; i < luminances.length; i++) expect(luminances[i]).toBeLessThan(luminances[i - 1]!);
  });

  it('has distinct fills, none of them Peru', () => {
    const all = [...BIN_FILLS, PERU_FILL].map((colour) => colour.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the net migration map colours (the index of countries)', () => {
  it.each(RATE_FILLS.map((fill, bin) => [bin, fill]))(
    'bin %d fill %s keeps 3:1 with the borders',
    (_bin, fill) => {
      expect(contrast(fill, BORDER_COLOR)).toBeGreaterThanOrEqual(3);
    },
  );

  it('has one fill more than edges, each distinct, none of them the no-data background', () => {
    expect(RATE_FILLS).toHaveLength(RATE_EDGES.length + 1);
    const all = [...RATE_FILLS, NO_DATA_BACKGROUND].map((colour) => colour.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });

  it('runs darker from the middle both ways: net emigration one hue, net immigration another', () => {
    const luminances = RATE_FILLS.map(luminance);
    const middle = Math.floor(RATE_FILLS.length / 2);
    for (let i = 1; i <= middle; i++) {
      expect(luminances[middle - i]).toBeLessThan(luminances[middle - i + 1]!);
      expect(luminances[middle + i]).toBeLessThan(luminances[middle + i - 1]!);
    }
  });

  it('has edges in order, as many below zero as above', () => {
    expect([...RATE_EDGES].sort((a, b) => a - b)).toEqual([...RATE_EDGES]);
    expect(RATE_EDGES.filter((edge) => edge < 0)).toHaveLength(RATE_EDGES.filter((edge) => edge > 0).length);
  });
});
