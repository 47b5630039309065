/**
 * Reads the YAML frontmatter of a Markdown or MDX file with YAML 1.2's core schema.
 *
 * Astro's own frontmatter reader follows YAML 1.1, where an unquoted `2020-02-30` becomes a Date for
 * 1 March before any schema can see it. The core schema has no timestamp type: dates stay strings and
 * `src/schemas/common.ts` checks that they name real days.
 */
import { LineCounter, parseDocument, visit } from 'yaml';
import type { ContentProblem } from './content-problem.ts';

export interface Frontmatter {
  data: unknown;
  /** The text after the closing `---`. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level key, for error messages. */
  lineOf: (key: string) => number | undefined;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits and parses frontmatter; returns problems instead of throwing so callers can collect them. */
export function readFrontmatter(
  text: string,
  file: string,
): { ok: true; value: Frontmatter } | { ok: false; problems: ContentProblem[] } {
  text = text.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) {
    return {
      ok: false,
      problems: [{ file, line: 1, field: '', message: 'must start with frontmatter between two --- lines' }],
    };
  }
  const parsed = parseYaml(match[1]!, file, 1);
  if (!parsed.ok) return parsed;
  const bodyLine = match[0].split('\n').length;
  return {
    ok: true,
    value: {
      data: parsed.value.data,
      body: text.slice(match[0].length),
      bodyLine,
      lineOf: parsed.value.lineOf,
    },
  };
}

/**
 * Parses a YAML document (core schema). `firstLine` is the file line of the document's first line,
 * so that reported lines point into the file.
 */
export function parseYaml(
  source: string,
  file: string,
  firstLine = 0,
):
  | { ok: true; value: { data: unknown; lineOf: (key: string) => number | undefined } }
  | { ok: false; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {
    lineCounter,
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
  });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line + firstLine,
        field: '',
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  // Anchors and aliases (`&x`, `*x`) have no use in content, and a few of them can make a tiny file
  // expand without bound (an "alias bomb"): refused, each with its line, before anything expands.
  const aliases: ContentProblem[] = [];
  visit(document, {
    Alias(_, node) {
      const line = lineCounter.linePos(node.range?.[0] ?? 0).line + firstLine;
      if (aliases.some((problem) => problem.line === line && problem.value === `*${node.source}`)) return;
      aliases.push({
        file,
        line,
        field: '',
        value: `*${node.source}`,
        message: 'YAML aliases (*name) are not allowed: write the value out in full',
      });
    },
  });
  if (aliases.length > 0) return { ok: false, problems: aliases };
  const lines = new Map<string, number>();
  const contents = document.contents;
  if (contents && 'items' in contents) {
    for (const item of contents.items as { key?: { value?: unknown; range?: [number, number, number] } }[]) {
      const range = item.key?.range;
      if (range) lines.set(String(item.key?.value), lineCounter.linePos(range[0]).line + firstLine);
    }
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return {
      ok: false,
      problems: [
        { file, line: firstLine + 1, field: '', message: `YAML cannot be read: ${(error as Error).message}` },
      ],
    };
  }
  return { ok: true, value: { data, lineOf: (key) => lines.get(key) } };
}
