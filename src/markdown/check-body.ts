/**
 * Checks a news body before it reaches a page, as the build will render it: it must parse (syntax
 * errors are named with their line), nest no deeper than `MAX_BODY_DEPTH`, hold nothing
 * `body-policy.ts` refuses, skip no heading level (`heading-levels.ts`), name only headline figures
 * that exist, lose no text the editor wrote (`lost-text.ts`), and render through the build's own
 * pipeline (`pipeline.ts`) without an error.
 * The content checker and the build's loader call this; the build's Markdown pipeline applies the
 * same policy again as a backstop (`policy-plugin.ts`). Parsing is satteri's, the parser the build
 * compiles bodies with.
 */
import { markdownToHast, mdxToHast } from 'satteri';
import type { ContentProblem } from '../lib/content-problem.ts';
import { bodyViolations, depthOf, MAX_BODY_DEPTH, nodesOf } from './body-policy.ts';
import { headingSkips, headingsOf } from './heading-levels.ts';
import { lostText } from './lost-text.ts';
import { RENDER_FEATURES, renderAsBuilt } from './pipeline.ts';

export type BodyFormat = 'md' | 'mdx';

export interface BodyContext {
  /** The ids `<ProfileFact id="…" />` may name: the entries of `content/profile/facts.yaml`. */
  factIds: ReadonlySet<string>;
  /**
   * Told each link to a page of this site (`/…`) with its file line, for checks that need every
   * item (`src/news/links.ts`).
   */
  onSiteLink?: (href: string, line: number | undefined) => void;
}

interface JsxNode {
  type: string;
  name?: string | null;
  tagName?: string;
  properties?: { href?: unknown };
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
}

/**
 * Every problem in a body. `firstLine` is the file line where the body starts, so that lines point
 * into the file.
 */
export function checkBody(
  body: string,
  file: string,
  format: BodyFormat,
  firstLine: number,
  context: BodyContext,
): ContentProblem[] {
  const inFile = (line: number) => line + firstLine - 1;
  const problem = (fields: { line?: number | undefined; value?: string; message: string; fix?: string }) => {
    const { line, ...rest } = fields;
    return { file, ...(line === undefined ? {} : { line: inFile(line) }), field: 'body', ...rest };
  };
  let tree: unknown;
  try {
    tree =
      format === 'mdx'
        ? mdxToHast(body, { position: true })
        : markdownToHast(body, { position: true, features: { gfm: true, smartPunctuation: true } });
  } catch (error) {
    // satteri's messages start with the place: `1:7: Unexpected end of file in expression …`.
    const message = (error as Error).message;
    const place = /^(\d+):(\d+):\s*/.exec(message);
    return [
      problem({
        line: place ? Number(place[1]) : undefined,
        message: `${format === 'mdx' ? 'MDX' : 'Markdown'} syntax error: ${place ? message.slice(place[0].length) : message}`,
        fix:
          format === 'mdx'
            ? 'close every component tag (<ProfileFact id="…" />); avoid { and < in plain text, or use a .md file'
            : 'check the line for an unclosed construct',
      }),
    ];
  }

  // Depth first: every walk after this one (the policy's, the build's) is safe once it is bounded.
  const rendered =
    format === 'md' ? markdownToHast(body, { features: RENDER_FEATURES, position: false }) : tree;
  const written = depthOf(tree as { children?: unknown[] });
  const depth = Math.max(written.depth, depthOf(rendered as { children?: unknown[] }).depth);
  if (depth > MAX_BODY_DEPTH) {
    return [
      problem({
        line: written.line,
        message: `nests ${depth} levels deep (quotes, lists or HTML elements inside one another), over the ${MAX_BODY_DEPTH} a news body may have`,
        fix: 'flatten the quotes and lists: a few levels are all prose needs',
      }),
    ];
  }

  const problems: ContentProblem[] = [...bodyViolations(tree), ...headingSkips(headingsOf(tree))].map(
    (violation) =>
      problem({
        line: violation.line,
        value: violation.construct,
        message: violation.message,
        ...(violation.fix ? { fix: violation.fix } : {}),
      }),
  );

  for (const node of nodesOf(tree as JsxNode)) {
    const href =
      node.type === 'element' && node.tagName === 'a'
        ? node.properties?.href
        : node.name === 'a'
          ? node.attributes?.find((attribute) => attribute.name === 'href')?.value
          : undefined;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
      const line = node.position?.start.line;
      context.onSiteLink?.(href, line === undefined ? undefined : inFile(line));
    }
    if (node.name !== 'ProfileFact') continue;
    const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
    if (typeof id === 'string' && !context.factIds.has(id)) {
      problems.push(
        problem({
          line: node.position?.start.line,
          value: id,
          message: 'names no headline figure of content/profile/facts.yaml',
          fix: `use the name of an entry of content/profile/facts.yaml, such as ${[...context.factIds].slice(0, 2).join(' or ')}`,
        }),
      );
    }
  }
  if (problems.length > 0) return problems;

  if (format === 'md') {
    const lost = lostText(body);
    if (lost) {
      return [
        problem({
          line: lost.line,
          ...(lost.construct ? { value: lost.construct } : {}),
          message: lost.message,
          fix: lost.fix,
        }),
      ];
    }
  }

  // Last, the build's own rendering: whatever else it would stop on stops the check first.
  try {
    renderAsBuilt(body, format);
  } catch (error) {
    return [
      problem({
        message: `cannot be rendered: ${(error as Error).message.split('\n')[0]}`,
        fix: 'check the Markdown and HTML of the text; the build would publish this item without its text',
      }),
    ];
  }
  return [];
}
