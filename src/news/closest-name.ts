/**
 * Suggestions for a misspelt name (a tag, an item's id): the known name an editor most likely meant.
 * Pure.
 */

/** Edits (insert, delete, replace a letter) from one text to another: Levenshtein's distance. */
export function editDistance(from: string, to: string): number {
  let previous = Array.from({ length: to.length + 1 }, (_, index) => index);
  for (let i = 1; i <= from.length; i++) {
    const current = [i];
    for (let j = 1; j <= to.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (from[i - 1] === to[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[to.length]!;
}

/**
 * The known name closest to `name`, when it is close enough to be a typo of it (edits to a third of
 * its letters, and at least two: `regional-cooperaton` → `regional-cooperation`); undefined when
 * none is. Ties go to the first in alphabetical order, so the suggestion never depends on file order.
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of known) {
    const distance = editDistance(name, id);
    if (!best || distance < best.distance || (distance === best.distance && id < best.id))
      best = { id, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.id : undefined;
}
