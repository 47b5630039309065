/** The order of the map table's rows when a reader sorts it by a column. */

export type SortKey = 'name' | 'count' | 'share';

/**
 * `codes` sorted by name (in the edition's collation) or by count (share sorts as count: same
 * total), ascending or descending.
 */
export function sortCodes(
  codes: readonly string[],
  key: SortKey,
  ascending: boolean,
  nameOf: (code: string) => string,
  countOf: (code: string) => number,
  locale: string,
): string[] {
  return [...codes].sort((a, b) => {
    const by = key === 'name' ? nameOf(a).localeCompare(nameOf(b), locale) : countOf(a) - countOf(b);
    return ascending ? by : -by;
  });
}
