/**
 * Text an editor wrote that a reader would never see: the body as written, compared with the body
 * as the build renders it. A quote left open in an HTML tag (`<p lang="es>`), a tag that never ends
 * (`<p title="x"` and a blank line), or a comment that is never closed (`<!--`) swallows the text
 * after it: the page builds, and the article is empty. Pure, over satteri's trees.
 */
import { fromHtml } from 'hast-util-from-html';
import { markdownToHast, markdownToMdast } from 'satteri';
import { RENDER_FEATURES } from './pipeline.ts';

interface Node {
  type: string;
  value?: unknown;
  position?: { start: { line: number } };
  children?: Node[];
}

/** The words of a text: letters and digits, whatever the punctuation or quotes around them. */
function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** An HTML tag as CommonMark reads one: a name, attributes whose quoted values may hold `>`, an end. */
const ATTRIBUTE = `\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*"))?`;
const MARKUP = new RegExp(
  [
    '<!--[\\s\\S]*?-->',
    `<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\\s*\\/?>`,
    '<\\/[A-Za-z][A-Za-z0-9-]*\\s*>',
    '<\\?[\\s\\S]*?\\?>',
    '<![A-Za-z][^>]*>',
  ].join('|'),
  'g',
);

/** The text of raw HTML as its writer meant it: complete tags and comments removed, entities read. */
function textOfHtml(html: string): string {
  const text = html.replace(MARKUP, ' ').replace(/</g, '&lt;');
  const tree = fromHtml(text, { fragment: true }) as unknown as Node;
  return (tree.children ?? []).map((child) => String(child.value ?? '')).join('');
}

/** Every node of a tree, parents before children, in document order (no recursion: any depth). */
function* nodesOf(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
}

/** Text written in the body that the rendered page leaves out, where it starts and what hid it. */
export interface LostText {
  /** 1-based line in the body where the first lost word is. */
  line: number;
  /** The first words lost, as they read. */
  words: string[];
  /** The HTML that swallowed them, when one is found on or before that line. */
  construct?: string;
  message: string;
  fix: string;
}

/** Why an HTML fragment hides what follows it, with what to write instead; undefined if it does not. */
function hidingConstruct(html: string): { construct: string; message: string; fix: string } | undefined {
  const comment = html.lastIndexOf('<!--');
  if (comment >= 0 && !html.slice(comment).includes('-->')) {
    return {
      construct: '<!--',
      message: 'an HTML comment <!-- is never closed, so everything after it is hidden from readers',
      fix: 'end the comment with --> where it should stop, or remove <!--',
    };
  }
  const rest = html.replace(MARKUP, ' ');
  const tag = /<[A-Za-z][A-Za-z0-9-]*[^<]*/.exec(rest)?.[0].trimEnd();
  if (tag === undefined) return undefined;
  const shown = tag.length > 60 ? `${tag.slice(0, 60)}…` : tag;
  const quote = /([A-Za-z_:][\w.:-]*)\s*=\s*(["'])([^"'<>]*)/.exec(tag);
  if (quote && (tag.split(quote[2]!).length - 1) % 2 === 1) {
    const [, name, mark, value] = quote;
    const head = `${shown.split('>')[0]}${tag.includes('>') ? '>' : ''}`;
    return {
      construct: head,
      message: `the HTML tag ${head} opens a quote it never closes, so the text after it is hidden from readers`,
      fix: `close the quote: ${name}=${mark}${value!.split(/[>\s]/)[0]}${mark}`,
    };
  }
  return {
    construct: shown,
    message: `the HTML tag ${shown} does not end with > before the paragraph ends, so the text after it is not shown as written`,
    fix: 'write the whole tag in one paragraph, ending with > (no blank line inside a tag)',
  };
}

/**
 * The first run of words a Markdown body holds that its rendered page does not, or undefined when
 * every word written reaches the page. Words inside complete tags (attribute values) and inside
 * closed comments are not text, and are not expected on the page.
 */
export function lostText(body: string): LostText | undefined {
  const written = markdownToMdast(body, { features: RENDER_FEATURES, position: true }) as unknown as Node;
  const rendered = markdownToHast(body, { features: RENDER_FEATURES, position: false }) as unknown as Node;

  const shown = new Map<string, number>();
  for (const node of nodesOf(rendered)) {
    if (node.type !== 'text') continue;
    for (const word of wordsOf(String(node.value))) shown.set(word, (shown.get(word) ?? 0) + 1);
  }

  let lastHtml: { html: string; line: number } | undefined;
  let lost: { line: number; words: string[]; html: typeof lastHtml } | undefined;
  for (const node of nodesOf(written)) {
    if (lost && lost.words.length >= 6) break;
    const line = node.position?.start.line ?? 1;
    let text: string;
    if (node.type === 'html') {
      text = textOfHtml(String(node.value));
      lastHtml = { html: String(node.value), line };
    } else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      text = String(node.value);
    } else continue;
    for (const word of wordsOf(text)) {
      const left = shown.get(word) ?? 0;
      if (left > 0) shown.set(word, left - 1);
      else if (!lost) lost = { line, words: [word], html: lastHtml };
      else if (lost.words.length < 6) lost.words.push(word);
    }
  }
  if (!lost) return undefined;
  const hiding = lost.html ? hidingConstruct(lost.html.html) : undefined;
  if (hiding) return { line: lost.html!.line, words: lost.words, ...hiding };
  return {
    line: lost.line,
    words: lost.words,
    message: `the text "${lost.words.join(' ')}…" does not appear on the built page`,
    fix: 'check the HTML before it: every tag ends with >, every quote and every <!-- comment --> is closed',
  };
}
