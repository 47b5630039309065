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
 * True when `path` matches a rule's pattern: `*` stands for any run of characters, a `:name`
 * placeholder for one path segment (as Netlify and Cloudflare Pages read them).
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const expression = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    // Odd positions hold the captured `*` and `:name` tokens; the others are literal text.
    .map((part, index) =>
      index % 2 === 0 ? part.replace(/[.+?^${}()|[\]\\]/g, '\\$&') : part === '*' ? '.*' : '[^/]+',
    )
    .join('');
  return new RegExp(`^${expression}$`).test(path);
}

/**
 * Every header that applies to `path`, in file order. A server sending them keeps the last value of
 * each name: a later rule replaces what an earlier one set, as Netlify does.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => matchesPattern(rule.pattern, path)).flatMap((rule) => rule.headers);
}
