/** The PNG files: drawn from the SVG at twice its size, the same bytes every time, and a clear stop without the font. */
import { describe, expect, it } from 'vitest';
import { FONT_FILES, missingFontFiles, PNG_SCALE, renderPng } from '../../../src/pictures/png.ts';
import { composePicture } from '../../../src/pictures/svg.ts';

const svg = composePicture({
  title: 'Personas & “migrantes” 1.672.482',
  width: 300,
  legend: [{ fill: '#2166ac', label: 'Mujeres' }],
  body: '<rect width="100" height="40" fill="#b35806"/>',
  bodyHeight: 40,
  footer: ['2024 · Fuente: ONU DAES'],
});
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const svgHeight = Number(/height="(\d+)"/.exec(svg)![1]);

describe('renderPng', () => {
  it('finds the fonts it loads on this machine', () => {
    expect(missingFontFiles()).toEqual([]);
  });

  it('draws a PNG at twice the SVG’s size', async () => {
    const png = await renderPng(svg);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(size(png)).toEqual({ width: 300 * PNG_SCALE, height: svgHeight * PNG_SCALE });
  });

  it('gives the same bytes for the same SVG, and draws the text (other text, other bytes)', async () => {
    const [first, second, other] = await Promise.all([
      renderPng(svg),
      renderPng(svg),
      renderPng(svg.replace('Mujeres', 'Hombres')),
    ]);
    expect(first.equals(second)).toBe(true);
    expect(first.equals(other)).toBe(false);
  });

  it('stops with a message naming the missing font file', async () => {
    await expect(renderPng(svg, [...FONT_FILES, '/nowhere/DejaVuSans-Nothing.ttf'])).rejects.toThrow(
      /\/nowhere\/DejaVuSans-Nothing\.ttf.*fonts-dejavu-core/,
    );
  });
});
