/**
 * Reads the YAML frontmatter of a Markdown or MDX file with YAML 1.2's core schema.
 *
 * Astro's own frontmatter reader follows YAML 1.1, where an unquoted `2020-02-30` becomes a Date for
 * 1 March before any schema can see it. The core schema has no timestamp type: dates stay strings and
 * `src/schemas/common.ts` checks that they name real days.
 */
import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ContentProblem } from './content-problem.ts';

export interface Frontmatter {
  data: unknown;
  /** The text after the closing `---`. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /**
   * 1-based line of a field, by its dotted path (`title`, `sources.1.url`); a field that is not
   * there gives the line of the nearest one that is (its list item, its parent), and a missing
   * top-level field the first line of the document.
   */
  lineOf: (path: string) => number | undefined;
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
    // Old Mac files end lines with a carriage return alone: to every reader but an editor's own, the
    // file is then one line, and the fence can never be found.
    const crOnly = /\r(?!\n)/.test(text);
    return {
      ok: false,
      problems: [
        crOnly
          ? {
              file,
              line: 1,
              field: '',
              message: 'ends its lines with a carriage return alone (CR, the old Mac line ending)',
              fix: 'save the file with LF (Unix) line endings, the setting most editors call "LF"',
            }
          : {
              file,
              line: 1,
              field: '',
              message: 'must start with frontmatter between two --- lines',
              fix: 'begin the file with a line ---, the fields, and another line --- before the text',
            },
      ],
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
  | { ok: true; value: { data: unknown; lineOf: (path: string) => number | undefined } }
  | { ok: false; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {
    lineCounter,
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine;
  // One mistake often makes the parser stumble several times after it (a quote never closed): the
  // first error is the mistake, the others are echoes of it.
  const [error] = document.errors;
  if (error) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: lineAt(error.pos[0]),
          field: '',
          message: `YAML syntax error: ${error.message.split('\n')[0]}`,
          fix: 'check the quotes and indentation of this line and the one before; put a value holding ": " or " #" in single quotes',
        },
      ],
    };
  }
  // Explicit tags (`!!js/function`, `!!binary`, `!custom`) ask a reader to build a value of a type;
  // some readers run code for them. Content has no use for them: refused, each with its line.
  const tagged: ContentProblem[] = [];
  visit(document, (_key, node) => {
    // The parser sets a node's tag only when the source writes one.
    if (!isNode(node) || node.tag === undefined || !node.range) return;
    tagged.push({
      file,
      line: lineAt(node.range[0]),
      field: '',
      value: node.tag.replace(/^tag:yaml\.org,2002:/, '!!'),
      message: 'YAML tags (!!type, !name) are not allowed',
      fix: 'write the plain value without the tag; put text starting with ! in quotes',
    });
  });
  if (tagged.length > 0) return { ok: false, problems: tagged };
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
        message: 'YAML aliases (*name) are not allowed',
        fix: 'write the value out in full',
      });
    },
  });
  if (aliases.length > 0) return { ok: false, problems: aliases };
  const lineOf = (path: string) => lineOfPath(document, path, lineAt);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: firstLine + 1,
          field: '',
          message: `YAML cannot be read: ${(error as Error).message}`,
          fix: 'write plain values: text, numbers, lists and fields',
        },
      ],
    };
  }
  return { ok: true, value: { data, lineOf } };
}

/**
 * The line of the field at a dotted path: the line of its key in a map, of its item in a list. A
 * path that goes further than the document gives the line of the deepest part that is there.
 */
function lineOfPath(
  document: Document,
  path: string,
  lineAt: (offset: number) => number,
): number | undefined {
  let node: unknown = document.contents;
  let line: number | undefined;
  for (const part of path === '' ? [] : path.split('.')) {
    if (!node || typeof node !== 'object' || !('items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (/^\d+$/.test(part) && !items.some((item) => isNode((item as { key?: unknown }).key))) {
      next = items[Number(part)];
      const range = (next as { range?: [number, number, number] } | undefined)?.range;
      if (!next || !range) break;
      line = lineAt(range[0]);
    } else {
      const pair = items.find(
        (item) => String(((item as { key?: { value?: unknown } }).key ?? {}).value) === part,
      ) as { key?: { range?: [number, number, number] }; value?: unknown } | undefined;
      const range = pair?.key?.range;
      if (!pair || !range) break;
      line = lineAt(range[0]);
      next = pair.value;
    }
    node = next;
  }
  return line;
}
