import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHTS, EMBEDS, embedPath, embedSnippet } from '../../../src/profile/embeds.ts';

describe('embedPath', () => {
  it('gives each embed its own address under embed/', () => {
    const paths = EMBEDS.map(embedPath);
    expect(new Set(paths).size).toBe(EMBEDS.length);
    for (const path of paths) expect(path).toMatch(/^embed\/[a-z-]+\/$/);
  });
});

describe('embedSnippet', () => {
  const parse = (html: string) => {
    const match = /^<iframe src="([^"]*)" title="([^"]*)" width="100%" height="(\d+)"[^>]*><\/iframe>$/.exec(
      html,
    );
    if (!match) throw new Error(`not one iframe: ${html}`);
    const text = (value: string) =>
      value
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&');
    return { src: text(match[1]!), title: text(match[2]!), height: Number(match[3]) };
  };

  it('is one iframe with the address, title and height given, lazily loaded and borderless', () => {
    const html = embedSnippet('https://site.example/en/embed/map/?view=immigrants&year=2024', 'The map', 760);
    expect(parse(html)).toEqual({
      src: 'https://site.example/en/embed/map/?view=immigrants&year=2024',
      title: 'The map',
      height: 760,
    });
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('style="border:0"');
  });

  it('escapes quotes, ampersands and angle brackets, so no text can end an attribute', () => {
    const title = 'Peru "migration" <profile> & more';
    const html = embedSnippet('https://site.example/?a=1&b="2"', title, 500);
    expect(parse(html)).toEqual({ src: 'https://site.example/?a=1&b="2"', title, height: 500 });
    expect(html).not.toContain('<profile>');
  });

  it('has a height for every embed', () => {
    for (const id of EMBEDS) expect(EMBED_HEIGHTS[id]).toBeGreaterThan(300);
  });
});
