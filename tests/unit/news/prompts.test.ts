/** The scaffold's prompts in an item to publish (`src/news/prompts.ts`). */
import { describe, expect, it } from 'vitest';
import { isPrompt, PROMPT_MARK, promptProblems } from '../../../src/news/prompts.ts';

const lines: Record<string, number> = { title: 2, summary: 4, 'sources.0.name': 9, 'sources.1.name': 11 };
const lineOf = (field: string) => lines[field];

describe('promptProblems', () => {
  it('finds none in an item written by its editor', () => {
    const data = { title: 'A title', summary: 'A summary.', sources: [{ name: 'UNHCR' }] };
    expect(promptProblems('x.md', data, 'The text.\n', 14, lineOf)).toEqual([]);
  });

  it('names every field and body line that still holds a prompt, on its line, with a fix', () => {
    const data = {
      title: 'A title',
      summary: `${PROMPT_MARK} Summary: one or two sentences.`,
      sources: [{ name: 'UNHCR' }, { name: `${PROMPT_MARK} Source name` }],
    };
    const problems = promptProblems(
      'x.md',
      data,
      `Written.\n\n${PROMPT_MARK} The text of the item.\n`,
      14,
      lineOf,
    );
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['summary', 4],
      ['sources.1.name', 11],
      ['body', 16],
    ]);
    for (const problem of problems) expect(problem.fix).toContain('draft: true');
  });
});

describe('isPrompt', () => {
  it('is the mark, wherever it is in the text', () => {
    expect(isPrompt(`x ${PROMPT_MARK} y`)).toBe(true);
    expect(isPrompt('An editor’s own text.')).toBe(false);
  });
});
