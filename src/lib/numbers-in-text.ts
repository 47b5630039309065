/**
 * The numbers a text gives, however its language writes them: 96,613 (English) and 96.613 (Spanish,
 * Portuguese) are the same number; 27.6 and 27,6 give 27 and 6 alike. A translation that gives other
 * numbers than its original changed a figure.
 */

/** Every number of a text, thousands separators removed, sorted. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d{3})*/g)].map(([number]) => number.replace(/[.,]/g, '')).sort();
}

/** What `text` gives that `reference` does not (`extra`), and what it leaves out (`missing`). */
export function numberDifference(
  reference: string,
  text: string,
): { extra: string[]; missing: string[] } | undefined {
  const left = numbersIn(reference);
  const right = numbersIn(text);
  const missing = [...left];
  const extra: string[] = [];
  for (const number of right) {
    const at = missing.indexOf(number);
    if (at >= 0) missing.splice(at, 1);
    else extra.push(number);
  }
  return extra.length === 0 && missing.length === 0 ? undefined : { extra, missing };
}
