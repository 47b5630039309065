/**
 * Checks a news body before it reaches a page: it must parse (MDX syntax errors are named with their
 * line) and hold nothing `body-policy.ts` refuses. The content checker and the build's loader call
 * this; the build's Markdown pipeline applies the same policy again as a backstop
 * (`policy-plugin.ts`). Parsing is satteri's, the parser the build compiles bodies with.
 */
import { markdownToHast, mdxToHast } from 'satteri';
import type { ContentProblem } from '../lib/content-problem.ts';
import { bodyViolations } from './body-policy.ts';

export type BodyFormat = 'md' | 'mdx';

/**
 * Every problem in a body. `firstLine` is the file line where the body starts, so that lines point
 * into the file.
 */
export function checkBody(body: string, file: string, format: BodyFormat, firstLine = 1): ContentProblem[] {
  const inFile = (line: number) => line + firstLine - 1;
  let tree: unknown;
  try {
    tree = format === 'mdx' ? mdxToHast(body, { position: true }) : markdownToHast(body, { position: true });
  } catch (error) {
    // satteri's messages start with the place: `1:7: Unexpected end of file in expression …`.
    const message = (error as Error).message;
    const place = /^(\d+):(\d+):\s*/.exec(message);
    return [
      {
        file,
        ...(place ? { line: inFile(Number(place[1])) } : {}),
        field: 'body',
        message: `${format === 'mdx' ? 'MDX' : 'Markdown'} syntax error: ${place ? message.slice(place[0].length) : message}`,
      },
    ];
  }
  return bodyViolations(tree).map((violation) => ({
    file,
    ...(violation.line === undefined ? {} : { line: inFile(violation.line) }),
    field: 'body',
    value: violation.construct,
    message: violation.message,
  }));
}
