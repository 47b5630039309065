/**
 * The map's colour scale: threshold bins over counts of people (edges in `BIN_EDGES`).
 * Bin 0 holds 1 to 99 people, the last bin the largest counts; zero is "no data", not a bin.
 */
import { BIN_EDGES } from './constants.ts';

/** The bin of a count above zero: the number of edges at or below it. */
export function binOf(count: number, edges: readonly number[] = BIN_EDGES): number {
  if (!(count > 0)) throw new RangeError(`only counts above zero have a bin, got ${count}`);
  let bin = 0;
  while (bin < edges.length && count >= edges[bin]!) bin++;
  return bin;
}

/** Legend labels of each bin: "fewer than 100", "100 – 999", …, "100,000 or more". */
export function binLabels(
  format: (value: number) => string,
  words: { fewerThan: string; orMore: string },
  edges: readonly number[] = BIN_EDGES,
): string[] {
  if (edges.length === 0) return [];
  return [
    `${words.fewerThan} ${format(edges[0]!)}`,
    ...edges.slice(1).map((edge, index) => `${format(edges[index]!)} – ${format(edge - 1)}`),
    `${format(edges.at(-1)!)} ${words.orMore}`,
  ];
}
