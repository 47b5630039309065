/**
 * A small RFC 4180 CSV reader: comma-separated, double-quoted fields may hold commas, quotes
 * (doubled) and line breaks. Enough for the data tables in `content/data/`, and strict about
 * malformed input so a broken table never reaches the site.
 */
export interface CsvRecord {
  /** 1-based line where the record starts, for error messages. */
  line: number;
  cells: Record<string, string>;
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

/** Parses CSV text with a header row into one record per data row. */
export function parseCsv(text: string): CsvRecord[] {
  const rows = splitRows(text.replace(/^\uFEFF/, ''));
  const headerRow = rows.shift();
  if (!headerRow || headerRow.fields.every((field) => field === '')) {
    throw new CsvSyntaxError(1, 'the file is empty: a header row is required');
  }
  const header = headerRow.fields.map((name) => name.trim());
  const duplicate = header.find((name, index) => header.indexOf(name) !== index);
  if (duplicate !== undefined) throw new CsvSyntaxError(1, `column "${duplicate}" appears twice`);

  return rows
    .filter((row) => !(row.fields.length === 1 && row.fields[0] === ''))
    .map((row) => {
      if (row.fields.length !== header.length) {
        throw new CsvSyntaxError(
          row.line,
          `has ${row.fields.length} fields, the header has ${header.length}`,
        );
      }
      const cells: Record<string, string> = {};
      header.forEach((name, index) => (cells[name] = row.fields[index]!));
      return { line: row.line, cells };
    });
}

interface RawRow {
  line: number;
  fields: string[];
}

function splitRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        inQuotes = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(line, 'a closing quote must be followed by a comma or a line end');
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"') {
      if (field !== '') throw new CsvSyntaxError(line, 'a quote may only open a field');
      inQuotes = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else {
      field += char;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(rowLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}

/** Quotes a field holding a comma, a double quote or a line break; doubles inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows as CSV (RFC 4180), the one writer of the project (data tables and downloads alike): a
 * header of `columns`, fields quoted only when they must be, `null`/`undefined` as empty fields,
 * every record (the last one too) ended by CRLF as the RFC says. `cell` may change each value
 * before it is written (the downloads make text cells safe for spreadsheets).
 */
export function toCsv<K extends string>(
  columns: readonly K[],
  rows: readonly Partial<Record<K, unknown>>[],
  cell: (value: unknown) => unknown = (value) => value,
): string {
  // Written field by field into one string: the world tables' downloads are 200,000 rows, and
  // building an array of arrays first cost more than the writing.
  const field = (value: unknown): string => {
    const shown = cell(value);
    if (shown === null || shown === undefined) return '';
    return typeof shown === 'number' ? String(shown) : csvField(String(shown));
  };
  let text = `${columns.map((column) => csvField(column)).join(',')}\r\n`;
  for (const row of rows) {
    let line = '';
    for (let index = 0; index < columns.length; index++) {
      line += index === 0 ? field(row[columns[index]!]) : `,${field(row[columns[index]!])}`;
    }
    text += `${line}\r\n`;
  }
  return text;
}

/** The header of a CSV text: its first record's fields, trimmed (quoted names are unquoted). */
export function csvHeader(text: string): string[] {
  const [first] = splitRows(text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '');
  return (first?.fields ?? []).map((name) => name.trim());
}
