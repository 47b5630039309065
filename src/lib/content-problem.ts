/**
 * A mistake found in a content file, described so that an editor can fix it without reading code:
 * which file (and line, when known), which field, what value, and what is wrong with it.
 */
import type { z } from 'astro/zod';

export interface ContentProblem {
  file: string;
  /** 1-based line in the file, when the mistake can be pinned to one. */
  line?: number;
  /** Dotted path of the field, such as `sources.0.url`; empty for the file as a whole. */
  field: string;
  value?: unknown;
  message: string;
  /** What to write instead, in words an editor can act on ("write the date as 2020-11-27"). */
  fix?: string;
}

/**
 * Joins a rule's message and its fix into one zod message: zod carries a single string per issue,
 * and `problemsFromZod` splits it again, so the fix stays written beside the rule it belongs to.
 */
export function withFix(message: string, fix: string): string {
  return `${message}${FIX_SEPARATOR}${fix}`;
}

const FIX_SEPARATOR = '\nfix: ';

/** A message written by `withFix`, apart again: what is wrong, and what to write. */
export function splitFix(text: string): { message: string; fix?: string } {
  const at = text.indexOf(FIX_SEPARATOR);
  return at < 0
    ? { message: text }
    : { message: text.slice(0, at), fix: text.slice(at + FIX_SEPARATOR.length) };
}

/** Thrown when one or more content files are invalid; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  ${describeProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Adds a line to a problem when one is known (optional fields stay absent rather than undefined). */
export function atLine(problem: ContentProblem, line: number | undefined): ContentProblem {
  return line === undefined ? problem : { ...problem, line };
}

/**
 * `content/news/en/x.md:3: date: is not a real calendar date (got "2020-02-30"); fix: …` — the same
 * line in the checker, the build, CI and any tool that shows content problems.
 */
export function describeProblem({ file, line, field, value, message, fix }: ContentProblem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  const what = field === '' ? '' : `${field}: `;
  const got = value === undefined ? '' : ` (got ${JSON.stringify(shortened(value))})`;
  return `${where}: ${what}${message}${got}${fix === undefined ? '' : `; fix: ${fix}`}`;
}

/**
 * A problem as a GitHub Actions annotation (`::error file=…,line=…,title=…::…`): on a pull request,
 * GitHub shows it on the line of the file it names, so an editor who saved from the browser editor
 * reads the check's message beside what they wrote. Values are escaped as the runner expects.
 */
export function githubAnnotation(problem: ContentProblem): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const where = [
    `file=${property(problem.file)}`,
    ...(problem.line === undefined ? [] : [`line=${problem.line}`]),
    ...(problem.field === '' ? [] : [`title=${property(problem.field)}`]),
  ].join(',');
  return `::error ${where}::${data(describeProblem(problem))}`;
}

/** Longest text of a value a message quotes: a 200 KB title is named by its start, not printed whole. */
const QUOTED_LENGTH = 120;

function shortened(value: unknown): unknown {
  return typeof value === 'string' && value.length > QUOTED_LENGTH
    ? `${value.slice(0, QUOTED_LENGTH)}… (${value.length} characters)`
    : value;
}

/** Turns a zod error into problems, looking up the offending value in the data that was checked. */
export function problemsFromZod(
  error: z.ZodError,
  file: string,
  data: unknown,
  line?: number,
): ContentProblem[] {
  return error.issues.map((issue) => {
    // An unknown key is reported at the key itself (so its line can be found), without dumping
    // the whole entry as its "value".
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const path = [...issue.path, ...(unknownKey === undefined ? [] : [unknownKey])].map(String);
    const problem: ContentProblem = { file, field: path.join('.'), ...splitFix(issueMessage(issue)) };
    const value = unknownKey === undefined ? valueAt(data, issue.path) : undefined;
    if (value !== undefined) problem.value = value;
    if (line !== undefined) problem.line = line;
    return problem;
  });
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return withFix(
      `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')} (check the spelling)`,
      'correct the name (field names are case-sensitive) or remove the line',
    );
  }
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    return withFix(
      'is required',
      `add the line ${String(issue.path.at(-1) ?? 'field')}: … (names are case-sensitive)`,
    );
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array') {
    return withFix(issue.message, 'write a list in brackets, [a, b], or one "- " line per item');
  }
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') {
    return withFix(issue.message, 'write true or false, without quotes');
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return withFix(issue.message, `write one of ${issue.values.map(String).join(', ')}`);
  }
  return issue.message;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current instanceof Date ? current.toISOString().slice(0, 10) : current;
}
