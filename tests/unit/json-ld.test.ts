import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/json-ld.ts';

describe('serializeJsonLd', () => {
  const hostile = {
    headline: '</script><script>alert(1)</script>',
    other: '<!-- & -->',
    separators: 'a\u2028b\u2029c',
  };

  it('leaves no character that could end or open an HTML element', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('</script');
    expect(text).not.toMatch(/[\u2028\u2029]/);
  });

  it('parses back to the very same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
