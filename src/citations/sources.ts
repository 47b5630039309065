/** How a source is named in short lines. */
import type { Source } from '../schemas/source.ts';

/**
 * The edition of a dataset as readers name it: the year its title ends with ("International Migrant
 * Stock 2024" → "2024"), or the whole title when it ends with none.
 */
export function editionName(source: Pick<Source, 'title'>): string {
  return /\b(\d{4})\s*$/.exec(source.title)?.[1] ?? source.title;
}
