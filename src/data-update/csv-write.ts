/**
 * Writes CSV the way the tables in content/data/ are written: RFC 4180, a header row, CRLF after
 * every record (the last one too), fields quoted only when they must be.
 */

/** Quotes a field holding a comma, a double quote or a line break; doubles inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV text of `rows`, with the columns of `header` in that order. */
export function serialiseCsv(header: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) {
    lines.push(
      header
        .map((column) => {
          const value = row[column];
          if (value === undefined) throw new Error(`a row has no value for column ${column}`);
          return csvField(value);
        })
        .join(','),
    );
  }
  return lines.map((line) => `${line}\r\n`).join('');
}

/** The header of a CSV text: its first record's fields, trimmed (quoted names are unquoted). */
export function csvHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  return first.split(',').map((name) =>
    name
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replaceAll('""', '"'),
  );
}
