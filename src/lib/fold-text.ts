/** `Côte` → `cote`: how the index's filter compares names with the typed text (accents and case ignored). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
