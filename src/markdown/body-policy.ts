/**
 * What a news body may contain, decided once for the content checker and the build.
 *
 * News bodies are text written by editors and published to every reader, so they may hold Markdown
 * and a small set of harmless HTML elements, nothing that runs code, loads other pages, redirects
 * readers or restyles the site. MDX bodies may in addition use the components the site provides,
 * with literal attribute values only: no `import`/`export`, no `{expression}` (MDX compiles both to
 * code that runs on the build machine).
 *
 * The HTML allow-list is a `hast-util-sanitize` schema: the maintained library decides, element by
 * element, what it would keep, and this module names what it would drop. Nothing is stripped
 * silently: a body with anything outside the list is refused, with the construct and its line.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { addressProblem } from '../lib/web-address.ts';

/** Components an MDX news item may use, with the attributes each takes (literal strings only). */
export const NEWS_COMPONENTS: Readonly<Record<string, readonly string[]>> = { ProfileFact: ['id'] };

/** The HTML a news body may contain: text-level and block elements of prose, links and tables. */
export const BODY_SCHEMA: Schema = {
  tagNames: [
    'a',
    'abbr',
    'b',
    'blockquote',
    'br',
    'cite',
    'code',
    'del',
    'em',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'ins',
    'kbd',
    'li',
    'ol',
    'p',
    'pre',
    'q',
    's',
    'small',
    'strong',
    'sub',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'tr',
    'ul',
  ],
  attributes: {
    a: ['href', 'title', 'hrefLang'],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    td: ['colSpan', 'rowSpan', 'align'],
    th: ['colSpan', 'rowSpan', 'scope', 'align'],
    '*': ['lang', 'dir'],
  },
  // Links go to web pages, mail, or the site itself (a relative address).
  protocols: { href: ['http', 'https', 'mailto'], cite: ['http', 'https'] },
  // Each element is judged on its own (`elementViolations`): no rule on where an element sits. An
  // absent list would mean the library's defaults, so these are given empty.
  ancestors: {},
  required: {},
  strip: ['script', 'style'],
  clobber: [],
};

/** Something a body may not contain, and where. */
export interface BodyViolation {
  /** 1-based line in the body, when the parser gives one. */
  line?: number;
  /** What was written, in short: `<script>`, `onclick on <a>`, `import`, `{expression}`. */
  construct: string;
  message: string;
  /** What to write instead. */
  fix?: string;
}

/**
 * How deep a body may nest, in elements (a quote in a list in a quote…): prose needs a handful of
 * levels; thousands make every tree walk of the build run out of stack.
 */
export const MAX_BODY_DEPTH = 32;

type Point = { line: number };
interface Node {
  type: string;
  position?: { start: Point };
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/**
 * How Markdown writes a table column's alignment (`|:--|--:|`): the one inline style a body may hold,
 * turned into a class by the build (`table-alignment.ts`), since the pages' policy runs no inline style.
 */
export const TABLE_ALIGNMENT = /^text-align:\s*(left|center|right);?$/;

/** Properties whose value is an address. */
const URL_PROPERTIES = new Set(['href', 'cite']);

/** The HTML attribute name of a hast property: `onClick` → `onclick`, `httpEquiv` → `http-equiv`. */
function attributeName(property: string): string {
  if (/^(on|aria|data)[A-Z]/.test(property))
    return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/^on-/, 'on');
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * What the allow-list refuses in one element (not its children): the element itself, or each
 * attribute it would drop, with the reason.
 */
export function elementViolations(
  tagName: string,
  properties: Record<string, unknown>,
): Omit<BodyViolation, 'line'>[] {
  const shallow = { type: 'element', tagName, properties, children: [] } as unknown as Element;
  const kept = (sanitize({ type: 'root', children: [shallow] }, BODY_SCHEMA) as Root).children[0];
  if (tagName === 'h1') {
    return [
      {
        construct: '<h1>',
        message: "a first-level heading (# …) is the page's title",
        fix: "start the body's headings at ## (level 2)",
      },
    ];
  }
  if (!kept || kept.type !== 'element' || kept.tagName !== tagName) {
    return [
      {
        construct: `<${tagName}>`,
        message: `the <${tagName}> element is not allowed in a news body (Markdown is, with HTML such as <abbr>, <sup>, <a href>; no images, scripts, frames, forms or styles)`,
        fix: 'remove it, or write the text in Markdown',
      },
    ];
  }
  const addresses = Object.entries(properties)
    .filter(
      ([property, value]) =>
        URL_PROPERTIES.has(property) && property in kept.properties && typeof value === 'string',
    )
    .flatMap(([property, value]) => {
      const problem = addressProblem(String(value));
      return problem
        ? [
            {
              construct: `${attributeName(property)}="${String(value)}"`,
              message: `<${tagName} ${attributeName(property)}> ${problem.message}`,
              fix: problem.fix,
            },
          ]
        : [];
    });
  return Object.entries(properties)
    .filter(([property]) => !(property in kept.properties))
    .filter(
      ([property, value]) =>
        !(
          property === 'style' &&
          (tagName === 'th' || tagName === 'td') &&
          TABLE_ALIGNMENT.test(String(value))
        ),
    )
    .map(([property, value]) => {
      const name = attributeName(property);
      if (URL_PROPERTIES.has(property) && typeof value === 'string') {
        return {
          construct: `${name}="${value}"`,
          message: `<${tagName} ${name}> must be an http(s) or mailto: address or a path on this site, not "${value}"`,
          fix: 'link to a web page (https://…), an e-mail address (mailto:…) or a page of the site (/en/news/)',
        };
      }
      return {
        construct: `${name} on <${tagName}>`,
        message: `the ${name} attribute is not allowed on <${tagName}>`,
        fix: 'remove it: the site styles the text, and links open as readers choose',
      };
    })
    .concat(addresses);
}

function lineOf(node: Node): number | undefined {
  return node.position?.start.line;
}

/**
 * Every node of a tree, parents before children, in document order. A loop over a stack, not
 * recursion: a body nested thousands deep is measured and refused, never a stack overflow.
 */
export function* nodesOf<T extends { children?: T[] }>(root: T): Generator<T> {
  const stack: T[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
}

/**
 * The deepest nesting of elements in a tree (the root's children are at depth 1), and the line of
 * the deepest node, or of its nearest ancestor with a position.
 */
export function depthOf(root: { children?: unknown[] }): { depth: number; line?: number } {
  type Walked = { type?: string; children?: unknown[]; position?: { start: { line: number } } };
  let deepest: { depth: number; line?: number } = { depth: 0 };
  const stack: [Walked, number, number | undefined][] = [[root, 0, undefined]];
  while (stack.length > 0) {
    const [node, depth, above] = stack.pop()!;
    const line = node.position?.start.line ?? above;
    if (depth > deepest.depth) deepest = line === undefined ? { depth } : { depth, line };
    for (const child of (node.children ?? []) as Walked[]) {
      stack.push([child, child.type === 'text' ? depth : depth + 1, line]);
    }
  }
  return deepest;
}

/** HTML written in a Markdown body, read as the browser would, every element checked. */
function rawHtmlViolations(html: string, line: number | undefined): BodyViolation[] {
  const violations: BodyViolation[] = [];
  for (const node of nodesOf(fromHtml(html, { fragment: true }) as unknown as Node)) {
    if (node.type !== 'element') continue;
    // A line of the raw block: its first line, plus the lines before the element in the block.
    const at = line === undefined ? undefined : line + (lineOf(node) ?? 1) - 1;
    violations.push(
      ...elementViolations(node.tagName!, node.properties ?? {}).map((violation) => ({
        ...violation,
        ...(at === undefined ? {} : { line: at }),
      })),
    );
  }
  return violations;
}

/** A JSX element of an MDX body: a provided component with literal attributes, or allowed HTML. */
function jsxViolations(node: Node): BodyViolation[] {
  const name = node.name ?? '';
  const at = lineOf(node);
  const where = at === undefined ? {} : { line: at };
  const violations: BodyViolation[] = [];
  const literal: Record<string, unknown> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      violations.push({
        ...where,
        construct: `{${String(attribute.value)}}`,
        message: 'spread attributes ({...x}) are not allowed',
        fix: 'write each attribute as name="text"',
      });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      violations.push({
        ...where,
        construct: `${attribute.name}={…}`,
        message: `the ${attribute.name} attribute must be literal text, not a {JavaScript expression}`,
        fix: `write ${attribute.name}="…"`,
      });
    } else literal[attribute.name!] = attribute.value ?? '';
  }
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    const allowed = NEWS_COMPONENTS[name];
    if (!allowed) {
      return [
        ...violations,
        {
          ...where,
          construct: `<${name}>`,
          message: `<${name}> is not a component news items can use`,
          fix: `use ${Object.keys(NEWS_COMPONENTS).join(', ')} only, or write the text in Markdown`,
        },
      ];
    }
    for (const attribute of Object.keys(literal).filter((key) => !allowed.includes(key))) {
      violations.push({
        ...where,
        construct: `${attribute} on <${name}>`,
        message: `<${name}> takes ${allowed.join(', ')}, not ${attribute}`,
        fix: `remove ${attribute}="…"`,
      });
    }
    return violations;
  }
  // Lower-case JSX is HTML: the same allow-list as raw HTML in Markdown, read from its attributes.
  const html = `<${name}${Object.entries(literal)
    .map(([key, value]) => ` ${key}="${String(value).replace(/"/g, '&quot;')}"`)
    .join('')}>`;
  return [...violations, ...rawHtmlViolations(html, at)];
}

/**
 * Every violation in a body's syntax tree (hast, as satteri's `markdownToHast` or `mdxToHast` give
 * it): HTML outside the allow-list, links to other than web, mail or site addresses, and in MDX any
 * `import`/`export`, `{expression}`, component other than the provided ones, or attribute that is
 * not literal text.
 */
export function bodyViolations(tree: unknown): BodyViolation[] {
  const violations: BodyViolation[] = [];
  for (const node of nodesOf(tree as Node)) {
    const line = lineOf(node);
    const where = line === undefined ? {} : { line };
    switch (node.type) {
      case 'element':
        violations.push(
          ...elementViolations(node.tagName!, node.properties ?? {}).map((violation) => ({
            ...violation,
            ...where,
          })),
        );
        break;
      case 'raw':
        violations.push(...rawHtmlViolations(String(node.value), line));
        break;
      case 'mdxjsEsm':
        violations.push({
          ...where,
          construct: String(node.value).trim().split(/\s/)[0] ?? 'import',
          message: 'import and export are not allowed in news items',
          fix: 'remove the line: the components an item may use are provided (<ProfileFact id="…" />)',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        violations.push({
          ...where,
          construct: `{${String(node.value).trim().slice(0, 40)}}`,
          message: 'JavaScript {expressions} are not allowed in news items',
          fix: 'remove it; to write a brace, use a .md file or write \\{',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        violations.push(...jsxViolations(node));
        break;
    }
  }
  return violations;
}
