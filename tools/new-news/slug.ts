/**
 * File names (and so addresses) of news items from their titles:
 * `Perú regulariza a 500.000 venezolanos` → `peru-regulariza-a-500000-venezolanos`.
 *
 * The result is lower-case ASCII letters and digits in words joined by single hyphens, the shape the
 * news ids, tags and source ids of the site already have, and one that Astro's own id slugger leaves
 * unchanged, so the file name is exactly the address.
 */

/** Longest slug, in characters; longer ones are cut at the last whole word that fits. */
export const MAX_SLUG_LENGTH = 60;

/** Letters that Unicode does not decompose into a base letter and an accent. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/** Quotes and apostrophes are dropped without splitting the word: `Peru's` → `perus`. */
const QUOTES = /['’‘‛"“”„«»‹›`´]/g;

/** A thousands separator between digits: `500.000` and `500,000` → `500000` (`1,7` stays `1-7`). */
const THOUSANDS = /(?<=\d)[.,](?=\d{3}(?!\d))/g;

/**
 * The slug of a title: accents removed (á → a, ñ → n, ü → u, ç → c), quotes and punctuation dropped,
 * words joined by single hyphens, at most `maxLength` characters cut at a word boundary. Empty when
 * the title has no letter or digit that can be written in ASCII (callers must refuse that).
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(QUOTES, '')
    .replace(THOUSANDS, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return shorten(slug, maxLength);
}

/** Cuts `slug` to `maxLength` at the last hyphen that fits; a single longer word is cut as it is. */
function shorten(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1).lastIndexOf('-');
  return (cut > 0 ? slug.slice(0, cut) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
