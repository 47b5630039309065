/**
 * Whether a picture's SVG is well-formed, as resvg reads it: its XML parser (roxmltree) is strict,
 * refusing an unescaped < or & and unclosed elements, and it is the parser the build draws every
 * PNG with. (fast-xml-parser's validator is deprecated for a separate package.)
 */
import { Resvg } from '@resvg/resvg-js';

export function isWellFormedSvg(svg: string): boolean {
  try {
    new Resvg(svg);
    return true;
  } catch {
    return false;
  }
}
