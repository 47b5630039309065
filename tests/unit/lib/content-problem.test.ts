/** A content problem: how it reads to an editor, file and line first. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  atLine,
  describeProblem,
  githubAnnotation,
  problemsFromZod,
  type ContentProblem,
} from '../../../src/lib/content-problem.ts';

describe('describeProblem', () => {
  it.each<[ContentProblem, string]>([
    [
      {
        file: 'content/news/en/x.md',
        line: 3,
        field: 'date',
        value: '2020-02-30',
        message: 'is not a real calendar date',
      },
      'content/news/en/x.md:3: date: is not a real calendar date (got "2020-02-30")',
    ],
    [{ file: 'a.csv', field: 'iso3', message: 'has no total' }, 'a.csv: iso3: has no total'],
    [{ file: 'a.csv', line: 1, field: '', message: 'the file is empty' }, 'a.csv:1: the file is empty'],
    [
      { file: 'a.csv', line: 7, field: 'count', value: 12, message: 'too big' },
      'a.csv:7: count: too big (got 12)',
    ],
  ])('formats %j', (problem, expected) => {
    expect(describeProblem(problem)).toBe(expected);
  });
});

describe('atLine', () => {
  it('adds a known line and leaves the problem alone otherwise', () => {
    const problem: ContentProblem = { file: 'a.yaml', field: 'x', message: 'm' };
    expect(atLine(problem, 4)).toEqual({ ...problem, line: 4 });
    expect(atLine(problem, undefined)).toBe(problem);
    expect(atLine(problem, undefined)).not.toHaveProperty('line');
  });
});

describe('problemsFromZod', () => {
  const schema = z.strictObject({ name: z.string(), items: z.array(z.number()) });
  const problems = (data: unknown, line?: number) => {
    const result = schema.safeParse(data);
    if (result.success) throw new Error('expected the data to be refused');
    return problemsFromZod(result.error, 'f.yaml', data, line);
  };

  it('names the field by its dotted path and gives the value found there', () => {
    expect(problems({ name: 'x', items: [1, 'two'] }, 7)).toEqual([
      { file: 'f.yaml', field: 'items.1', value: 'two', line: 7, message: expect.any(String) },
    ]);
  });

  it('says that a missing field is required', () => {
    expect(problems({ items: [] })).toEqual([
      {
        file: 'f.yaml',
        field: 'name',
        message: 'is required',
        fix: expect.stringContaining('add the line name:'),
      },
    ]);
  });

  it('reports an unknown key at the key itself, without dumping the entry as its value', () => {
    expect(problems({ name: 'x', items: [], nmae: 'y' })).toEqual([
      {
        file: 'f.yaml',
        field: 'nmae',
        message: 'unknown field nmae (check the spelling)',
        fix: expect.stringContaining('correct the name'),
      },
    ]);
  });
});

describe('githubAnnotation', () => {
  it('puts the problem on its file and line, titled by its field, with the whole message', () => {
    const problem: ContentProblem = {
      file: 'content/news/es/una-noticia.md',
      line: 4,
      field: 'date',
      value: '2999-01-01',
      message: 'must be between 1900 and 2027',
      fix: 'check the year',
    };
    expect(githubAnnotation(problem)).toBe(
      `::error file=content/news/es/una-noticia.md,line=4,title=date::${describeProblem(problem)}`,
    );
  });

  it('escapes what the runner would read as syntax, and leaves out what a problem lacks', () => {
    expect(githubAnnotation({ file: 'content/a,b.md', field: '', message: '50% done\nnext: line' })).toBe(
      '::error file=content/a%2Cb.md::content/a,b.md: 50%25 done%0Anext: line',
    );
    expect(githubAnnotation({ file: 'x.md', field: 'tags.0', message: 'm' })).toBe(
      '::error file=x.md,title=tags.0::x.md: tags.0: m',
    );
  });
});
