/**
 * The scaffold's prompts (`npm run new:news`): the texts it writes where an editor has to write
 * something, each marked with `PROMPT_MARK`. A draft may keep them while it is written; an item to
 * publish may not, so an item left as the scaffold wrote it never reaches readers.
 */
import type { ContentProblem } from '../lib/content-problem.ts';

/** The mark on every prompt the scaffold writes: a pencil, in no real title, summary or source. */
export const PROMPT_MARK = '✎';

/** True when a text still holds a prompt. */
export function isPrompt(text: string): boolean {
  return text.includes(PROMPT_MARK);
}

/** The text fields of an item that the scaffold fills with prompts. */
export interface PromptedFields {
  title: string;
  summary: string;
  sources: readonly { name: string }[];
}

/**
 * Every prompt an item to publish still holds, in its fields and its body, each on its line. A draft
 * has none to report: call this for items that are not drafts.
 */
export function promptProblems(
  file: string,
  data: PromptedFields,
  body: string,
  bodyLine: number,
  lineOf: (field: string) => number | undefined,
): ContentProblem[] {
  const fix = (what: string) => `replace it with ${what}, or keep draft: true until the item is ready`;
  const fields: [string, string, string][] = [
    ['title', data.title, 'the title'],
    ['summary', data.summary, 'one or two sentences of your own'],
    ...data.sources.map(
      (source, index) =>
        [`sources.${index}.name`, source.name, "the source's name (outlet or institution, title)"] as [
          string,
          string,
          string,
        ],
    ),
  ];
  const problems: ContentProblem[] = fields
    .filter(([, text]) => isPrompt(text))
    .map(([field, text, what]) => ({
      file,
      ...withLine(lineOf(field)),
      field,
      value: text,
      message: `is still the scaffold's prompt (${PROMPT_MARK})`,
      fix: fix(what),
    }));
  body.split('\n').forEach((text, index) => {
    if (!isPrompt(text)) return;
    problems.push({
      file,
      line: bodyLine + index,
      field: 'body',
      value: text.trim().slice(0, 60),
      message: `is still the scaffold's prompt (${PROMPT_MARK})`,
      fix: fix('the text of the news'),
    });
  });
  return problems;
}

const withLine = (line: number | undefined) => (line === undefined ? {} : { line });
