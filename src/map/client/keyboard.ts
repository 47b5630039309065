/**
 * The map's keyboard model: one tab stop, then arrow keys through the countries with data from the
 * largest figure to the smallest, Home and End to the ends (a roving tabindex).
 */

/** The position a key moves focus to among `length` countries from `at`; undefined for other keys. */
export function targetIndex(key: string, at: number, length: number): number | undefined {
  const steps: Record<string, number> = {
    ArrowRight: at + 1,
    ArrowDown: at + 1,
    ArrowLeft: at - 1,
    ArrowUp: at - 1,
    Home: 0,
    End: length - 1,
  };
  const next = steps[key];
  return next === undefined ? undefined : Math.max(0, Math.min(length - 1, next));
}
