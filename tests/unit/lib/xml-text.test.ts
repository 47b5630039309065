/** Feed text stays well-formed XML whatever reaches it. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlText } from '../../../src/lib/xml-text.ts';

describe('xmlText', () => {
  it('drops the control characters XML 1.0 forbids, and keeps tabs, line ends and every other letter', () => {
    expect(xmlText('a\u0001b\u000bc\u001bd\u007fe\u0085f')).toBe('abcdef');
    expect(xmlText('tab\there\nline\r\nPerú «Coyote» 🌎')).toBe('tab\there\nline\r\nPerú «Coyote» 🌎');
  });

  it('gives text an XML parser reads back', () => {
    const text = xmlText('Title \u0001 with \u001b[31m colour');
    expect(new XMLParser().parse(`<t>${text}</t>`).t).toBe('Title  with [31m colour');
  });
});
