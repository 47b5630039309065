/** The order of the map table's rows when a reader sorts it by a column. */

export type SortKey = 'name' | 'count' | 'share' | 'women';

/**
 * `codes` sorted by name (in the edition's collation), by count (share sorts as count: same total)
 * or by the share of women, ascending or descending.
 */
export function sortCodes(
  codes: readonly string[],
  key: SortKey,
  ascending: boolean,
  nameOf: (code: string) => string,
  countOf: (code: string) => number,
  locale: string,
  womenShareOf: (code: string) => number = () => 0,
): string[] {
  return [...codes].sort((a, b) => {
    const by =
      key === 'name'
        ? nameOf(a).localeCompare(nameOf(b), locale)
        : key === 'women'
          ? womenShareOf(a) - womenShareOf(b)
          : countOf(a) - countOf(b);
    return ascending ? by : -by;
  });
}
