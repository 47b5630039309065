/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use): a path pattern on its own
 * line, then indented `Name: value` lines. Used by the test server, so browser tests see the headers
 * the CDN sends, and by the tests that check the rules.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path`);
    rule.headers.push([match[1]!, match[2]!]);
  }
  return rules;
}

/**
 * True when `path` matches a rule's pattern as Netlify matches it (its headers parser turns each
 * pattern into one regular expression): segment by segment, a `:name` placeholder stands for one
 * whole segment, a `*` segment for the rest of the path or nothing, a `*` inside a segment for any
 * run of characters; a trailing slash is optional, and letters match whatever their case.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const segments = pattern
    .split('/')
    .map((segment) => segment.trimEnd())
    .filter((segment) => segment !== '')
    .map((segment) => {
      if (segment.startsWith(':')) return '([^/]+)';
      if (segment === '*') return '?(.*)';
      return segment
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('(.*)');
    });
  return new RegExp(`^/${segments.join('/')}/?$`, 'iu').test(path);
}

/**
 * Every header that applies to `path`, in file order. A server sending them keeps the last value of
 * each name: a later rule replaces what an earlier one set, as Netlify does.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => matchesPattern(rule.pattern, path)).flatMap((rule) => rule.headers);
}
