/**
 * Citation files: one reference written as BibTeX (`.bib`) and as RIS (`.ris`), the two formats
 * reference managers (Zotero, Mendeley, EndNote, JabRef, LaTeX) import. Pure functions: the same
 * reference gives the same bytes, with no date of the build in them.
 */

/** One reference, in the words of the file (the downloads' language). */
export interface CitationRecord {
  /** The reference's key: letters, digits, `-`, `_`, `:` and `.` (a BibTeX key, a RIS `ID`). */
  key: string;
  /** `dataset` for a data table, `webpage` for a page of the site. */
  kind: 'dataset' | 'webpage';
  title: string;
  /** Who made the figures or text: organisations, written whole, in order. */
  authors: readonly string[];
  /** Who publishes this version: the site. */
  publisher: string;
  /** Year of the reference (of the source's publication, or of the page's latest content). */
  year: number;
  /** The source's edition or release, where it gives one. */
  edition?: string | undefined;
  /** The address of the reference: an http(s) URL. */
  url: string;
  /** A sentence or two: what the reference is a redistribution of, for instance. */
  note?: string | undefined;
  /** The language of the reference's text, as a BCP 47 tag (`en`). */
  language: string;
}

/** A citation that cannot be written: names the field and what is wrong with it. */
export class CitationError extends Error {
  constructor(field: string, message: string) {
    super(`citation ${field} ${message}`);
    this.name = 'CitationError';
  }
}

/**
 * A text on one line: every run of white space or control characters (newlines, tabs) becomes one
 * space, so a field can never end a RIS line or a BibTeX entry early.
 */
function oneLine(text: string, field: string): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  if (line === '') throw new CitationError(field, 'must not be blank');
  return line;
}

/** Checks a reference and returns it with every text on one line; throws a CitationError otherwise. */
export function checkedRecord(record: CitationRecord): CitationRecord {
  if (!/^[A-Za-z0-9][A-Za-z0-9_:.-]*$/.test(record.key)) {
    throw new CitationError(
      'key',
      `must be letters, digits, "-", "_", ":" or "." (got ${JSON.stringify(record.key)})`,
    );
  }
  if (!Number.isInteger(record.year) || record.year < 1000 || record.year > 9999) {
    throw new CitationError('year', `must be a four-digit year (got ${record.year})`);
  }
  let url: URL;
  try {
    url = new URL(record.url);
  } catch {
    throw new CitationError('url', `must be an absolute URL (got ${JSON.stringify(record.url)})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CitationError('url', `must be an http or https address (got ${JSON.stringify(record.url)})`);
  }
  if (record.authors.length === 0) throw new CitationError('authors', 'must name at least one author');
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(record.language)) {
    throw new CitationError(
      'language',
      `must be a language tag such as en (got ${JSON.stringify(record.language)})`,
    );
  }
  return {
    ...record,
    title: oneLine(record.title, 'title'),
    authors: record.authors.map((author) => oneLine(author, 'author')),
    publisher: oneLine(record.publisher, 'publisher'),
    edition: record.edition === undefined ? undefined : oneLine(record.edition, 'edition'),
    note: record.note === undefined ? undefined : oneLine(record.note, 'note'),
    // Parsed and written again: spaces, braces and backslashes come out percent-encoded.
    url: url.href,
  };
}

/** LaTeX's special characters, each written so BibTeX and LaTeX print it as itself. */
const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A text for a BibTeX field: LaTeX's special characters escaped; accented letters stay as UTF-8. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (character) => BIBTEX_SPECIALS[character]!);
}

/**
 * The reference as a BibTeX `@misc` entry (the type every BibTeX and biblatex style knows).
 * Organisations are written in double braces, so styles take each as one name, not as a family
 * name and initials; the title is in double braces too, so styles keep its capitals.
 */
export function toBibtex(reference: CitationRecord): string {
  const record = checkedRecord(reference);
  const fields: [string, string][] = [
    ['author', record.authors.map((author) => `{${bibtexText(author)}}`).join(' and ')],
    ['title', `{${bibtexText(record.title)}}`],
    ['publisher', `{${bibtexText(record.publisher)}}`],
    ['year', String(record.year)],
  ];
  if (record.edition) fields.push(['edition', bibtexText(record.edition)]);
  // A URL is read verbatim by biblatex and the url package: not escaped, and checkedRecord has
  // percent-encoded anything that could end the field.
  fields.push(['url', record.url]);
  if (record.note) fields.push(['note', bibtexText(record.note)]);
  fields.push(['language', record.language]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${record.key},\n${body}\n}\n`;
}

/** The RIS type of each kind of reference. */
const RIS_TYPES = { dataset: 'DATA', webpage: 'ELEC' } as const;

/**
 * The reference as RIS: one `TAG  - value` per line, `TY` first and `ER` last, lines ending with
 * CRLF as the format's specification writes them (importers accept LF too); `ER  - ` keeps its
 * trailing space.
 */
export function toRis(reference: CitationRecord): string {
  const record = checkedRecord(reference);
  const lines: [string, string][] = [
    ['TY', RIS_TYPES[record.kind]],
    ['ID', record.key],
    ['TI', record.title],
    ...record.authors.map((author): [string, string] => ['AU', author]),
    ['PB', record.publisher],
    ['PY', String(record.year)],
  ];
  if (record.edition) lines.push(['ET', record.edition]);
  lines.push(['UR', record.url]);
  if (record.note) lines.push(['N1', record.note]);
  lines.push(['LA', record.language]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}\r\n`).join('');
}
