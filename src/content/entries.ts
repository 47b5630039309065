/** What the content readers (`read.ts`, `provenance.ts`) return: entries, or every problem found. */
import type { ContentProblem } from '../lib/content-problem.ts';

export interface Entry<T> {
  id: string;
  data: T;
  /** The data as written in the file, before any schema transform. */
  raw: unknown;
  file: string;
}

/** The outcome of reading one kind of content: its entries, or every problem found in it. */
export type ReadResult<T> = { entries: Entry<T>[]; problems: ContentProblem[] };
