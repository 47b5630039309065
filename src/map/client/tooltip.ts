/** Where the map's tooltip goes: beside the pointer (or a shape's centre), always inside the viewport. */

/** Offset of the tooltip from the point, in CSS pixels. */
const GAP = 12;
/** Least distance kept from the viewport's edges. */
const MARGIN = 8;

/**
 * Places `tip` (positioned inside its parent) next to the viewport point (x, y), flipping it left
 * of or above the point when it would overflow the viewport.
 */
export function placeTooltip(tip: HTMLElement, x: number, y: number): void {
  const frame = tip.parentElement!.getBoundingClientRect();
  let left = x + GAP;
  let top = y + GAP;
  if (left + tip.offsetWidth > innerWidth - MARGIN) left = Math.max(MARGIN, x - tip.offsetWidth - GAP);
  if (top + tip.offsetHeight > innerHeight - MARGIN) top = Math.max(MARGIN, y - tip.offsetHeight - GAP);
  tip.style.left = `${left - frame.left}px`;
  tip.style.top = `${top - frame.top}px`;
}
