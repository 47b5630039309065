/** BibTeX and RIS files, read back by citation-js (the parser reference managers build on). */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import {
  bibtexText,
  CitationError,
  toBibtex,
  toRis,
  type CitationRecord,
} from '../../../src/citations/formats.ts';

const UNDESA = 'United Nations, Department of Economic and Social Affairs, Population Division';

const record: CitationRecord = {
  key: 'undesa-ims2024-peru',
  kind: 'dataset',
  title: 'Peruvians abroad and immigrants in Peru, by country and sex, 1990–2024',
  authors: [UNDESA],
  publisher: 'Peru migration profile',
  year: 2025,
  edition: '2024 edition, Table 1 (by sex, destination and origin)',
  url: 'https://example.org/data/undesa-ims2024-peru.csv',
  note: 'A redistribution of figures published by UN DESA.',
  language: 'en',
};

interface CslName {
  literal?: string;
  family?: string;
  given?: string;
  suffix?: string;
}
interface Csl {
  id: string;
  type: string;
  title: string;
  author: CslName[];
  publisher: string;
  issued: { 'date-parts': number[][] };
  URL: string;
  note?: string;
  edition?: string;
  version?: string;
}

function parse(text: string): Csl[] {
  return new Cite(text).data as Csl[];
}

/** A name as written: citation-js splits RIS names at their commas (family, given, suffix). */
const nameOf = (name: CslName) =>
  name.literal ?? [name.family, name.given, name.suffix].filter(Boolean).join(', ');

describe('toBibtex', () => {
  it('round-trips title, authors, publisher, year, edition, URL and note through a BibTeX parser', () => {
    const [entry, ...rest] = parse(toBibtex(record));
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      id: 'undesa-ims2024-peru',
      title: record.title,
      publisher: 'Peru migration profile',
      issued: { 'date-parts': [[2025]] },
      URL: record.url,
      note: record.note,
      edition: record.edition,
    });
    expect(entry!.author.map(nameOf)).toEqual([UNDESA]);
  });

  it('writes one @misc entry, organisations and the title in double braces', () => {
    const bib = toBibtex(record);
    expect(bib).toMatch(/^@misc\{undesa-ims2024-peru,\n/);
    expect(bib).toContain(`  author = {{${UNDESA}}},\n`);
    expect(bib).toContain(
      '  title = {{Peruvians abroad and immigrants in Peru, by country and sex, 1990–2024}},\n',
    );
    expect(bib.endsWith('\n}\n')).toBe(true);
  });

  it('escapes every LaTeX special character, so a hostile title comes back unchanged', () => {
    const title = 'Braces {x} } 100% & $5 #1 a_b ~ ^ back\\slash, Perú «São Paulo»';
    const bib = toBibtex({ ...record, title });
    expect(bib).toContain(
      'title = {{Braces \\{x\\} \\} 100\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} back\\textbackslash{}slash, Perú «São Paulo»}}',
    );
    const [entry] = parse(bib);
    expect(entry!.title).toBe(title);
    expect(entry!.URL).toBe(record.url);
  });

  it('keeps an unbalanced brace from closing the entry early', () => {
    const bib = toBibtex({ ...record, title: 'A } title', note: 'a { note' });
    const [entry] = parse(bib);
    expect(entry!.title).toBe('A } title');
    expect(entry!.note).toBe('a { note');
    expect(entry!.URL).toBe(record.url);
  });

  it('writes a title with newlines on one line', () => {
    const [entry] = parse(toBibtex({ ...record, title: 'Line one\nline two\r\n\tthree' }));
    expect(entry!.title).toBe('Line one line two three');
  });

  it('leaves out what the reference does not have', () => {
    const bib = toBibtex({ ...record, edition: undefined, note: undefined });
    expect(bib).not.toContain('edition =');
    expect(bib).not.toContain('note =');
  });

  it('credits several organisations, each as one name', () => {
    const [entry] = parse(toBibtex({ ...record, authors: [UNDESA, 'Peru migration profile'] }));
    expect(entry!.author.map(nameOf)).toEqual([UNDESA, 'Peru migration profile']);
  });

  it('gives the same bytes for the same reference', () => {
    expect(toBibtex(record)).toBe(toBibtex({ ...record }));
  });
});

describe('bibtexText', () => {
  it('escapes each special character and nothing else', () => {
    expect(bibtexText('{}%&$#_~^\\')).toBe(
      '\\{\\}\\%\\&\\$\\#\\_\\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
    );
    expect(bibtexText('Perú, São Paulo — 1990–2024')).toBe('Perú, São Paulo — 1990–2024');
  });
});

describe('toRis', () => {
  it('round-trips title, authors, publisher, year, edition, URL and note through a RIS parser', () => {
    const [entry, ...rest] = parse(toRis(record));
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      type: 'dataset',
      title: record.title,
      publisher: 'Peru migration profile',
      issued: { 'date-parts': [[2025]] },
      URL: record.url,
      note: record.note,
    });
    expect(entry!.author.map(nameOf)).toEqual([UNDESA]);
  });

  it('writes one tag per line, TY first and ER last, with CRLF line ends', () => {
    const ris = toRis(record);
    const lines = ris.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(ris.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(lines).toContain(`AU  - ${UNDESA}`);
    expect(lines).toContain('PY  - 2025');
    expect(lines).toContain('ET  - 2024 edition, Table 1 (by sex, destination and origin)');
  });

  it('types a web page as ELEC', () => {
    expect(toRis({ ...record, kind: 'webpage' })).toMatch(/^TY {2}- ELEC\r\n/);
  });

  it('keeps a hostile title on its line, so it cannot add or end a record', () => {
    const title = 'Title {x} 100% & $\r\nER  - \nTY  - JOUR';
    const ris = toRis({ ...record, title });
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    const [entry, ...rest] = parse(ris);
    expect(rest).toEqual([]);
    expect(entry!.title).toBe('Title {x} 100% & $ ER - TY - JOUR');
  });
});

describe('bad references', () => {
  it.each([
    ['a blank title', { title: ' \n ' }, /citation title must not be blank/],
    ['a key with a space', { key: 'a b' }, /citation key must be/],
    ['a key with a brace', { key: 'a}b' }, /citation key must be/],
    ['a relative URL', { url: '/data/x.csv' }, /citation url must be an absolute URL/],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, /citation url must be an http or https address/],
    ['a year of two digits', { year: 25 }, /citation year must be a four-digit year/],
    ['a fractional year', { year: 2025.5 }, /citation year must be a four-digit year/],
    ['no author', { authors: [] }, /citation authors must name at least one author/],
    ['a blank author', { authors: [' '] }, /citation author must not be blank/],
    ['a bad language', { language: 'English' }, /citation language must be a language tag/],
  ])('refuses %s', (_name, change, message) => {
    const bad = { ...record, ...change } as CitationRecord;
    expect(() => toBibtex(bad)).toThrow(CitationError);
    expect(() => toBibtex(bad)).toThrow(message);
    expect(() => toRis(bad)).toThrow(message);
  });

  it('percent-encodes braces and spaces in a URL, which would end a BibTeX field', () => {
    const bib = toBibtex({ ...record, url: 'https://example.org/a {b}/' });
    expect(bib).toContain('url = {https://example.org/a%20%7Bb%7D/}');
    expect(parse(bib)[0]!.URL).toBe('https://example.org/a%20%7Bb%7D/');
  });
});
