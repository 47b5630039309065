/**
 * Astro's build log, as `npm run build` reads it: what is an error, and what is worth reprinting when
 * something went wrong. Pure functions over the log's lines.
 */

/** A log line without Astro's colours. */
export function plain(line: string): string {
  return line.replace(/\x1b\[[0-9;]*m/g, '');
}

/**
 * The errors Astro logged. Some it logs and builds on (its glob loader's "Error rendering …", the
 * item then stored without its text): `npm run build` fails on any of them, as on its exit status.
 */
export function loggedErrors(lines: readonly string[]): string[] {
  return lines.map(plain).filter((line) => /\[ERROR\]/.test(line));
}

/** The warnings Astro logged, reprinted by a build that succeeds. */
export function loggedWarnings(lines: readonly string[]): string[] {
  return lines.map(plain).filter((line) => /\[WARN\]/.test(line));
}

/**
 * Astro's lines worth an editor's reading when a build fails: all but the list of pages it wrote
 * (`├─ /en/news/x/index.html (+13ms)`, the `▶ src/pages/…` headings, blank lines).
 */
export function buildReport(lines: readonly string[]): string[] {
  return lines
    .map(plain)
    .filter((line) => line.trim() !== '' && !/[├└]─|^\s*\(\+\d+m?s\)\s*$|^\S*\s*▶ /.test(line));
}
