/**
 * JSON for a `<script>` element of a page (JSON-LD, the map's payload), serialized so that no string
 * in it can end the element: `<` becomes `\u003c` (so `</script>` cannot appear), `>` and `&` are
 * escaped too, and so are the line separators JavaScript once rejected. The JSON stays equal once
 * parsed.
 */
export function inlineJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
