import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { citation } from '../../src/lib/downloads.ts';

describe('toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('writes %j as %j', (value, field) => {
    expect(toCsv(['v'], [{ v: value }])).toBe(`v\r\n${field}\r\n`);
  });

  it('writes null and missing values as empty fields', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: 1, b: null }])).toBe('a,b,c\r\n1,,\r\n');
  });

  it('reads back what it wrote', () => {
    const rows = [{ name: 'Korea, Dem. "North"', note: 'x\ny', count: 533 }];
    const [record] = parseCsv(toCsv(['name', 'note', 'count'], rows));
    expect(record?.cells).toEqual({ name: 'Korea, Dem. "North"', note: 'x\ny', count: '533' });
  });
});

describe('citation', () => {
  const source = { publisher: 'UNHCR', title: 'Refugee Data', year: 2025, kind: 'dataset' as const };
  it('names publisher, year, title, edition, address and where it was retrieved', () => {
    expect(
      citation({ ...source, edition: 'Population table', url: 'https://u.org/' }, 'Site', 'https://s/d.csv'),
    ).toBe(
      'UNHCR (2025). Refugee Data, Population table. https://u.org/. Retrieved through Site: https://s/d.csv',
    );
  });
  it('leaves out what the source does not have', () => {
    expect(citation(source, 'Site', 'https://s/d.csv')).toBe(
      'UNHCR (2025). Refugee Data. Retrieved through Site: https://s/d.csv',
    );
  });
});
