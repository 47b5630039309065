/**
 * File names (and so addresses) of news items from their titles:
 * `Perú regulariza a 500.000 venezolanos` → `peru-regulariza-a-500000-venezolanos`.
 *
 * The result is lower-case ASCII letters and digits in words joined by single hyphens, the shape the
 * news ids, tags and source ids of the site already have, and one that Astro's own id slugger leaves
 * unchanged, so the file name is exactly the address.
 */

import { MAX_SLUG_LENGTH } from '../../src/news/files.ts';

/**
 * Longest slug, in characters (shared with the browser editor). A longer one keeps the title's first
 * words and its last ones (where a year or a place that tells two items apart often is), whole words
 * only.
 */
export { MAX_SLUG_LENGTH };

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
 * words joined by single hyphens, at most `maxLength` characters (see `shorten`). Empty when the
 * title has no letter or digit that can be written in ASCII (callers must refuse that).
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  return slugOf(title, maxLength).slug;
}

/** `slugify`, and whether words of the title had to be left out of it (`cut`), for the scaffold to say so. */
export function slugOf(title: string, maxLength = MAX_SLUG_LENGTH): { slug: string; cut: boolean } {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(QUOTES, '')
    .replace(THOUSANDS, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const short = shorten(slug, maxLength);
  return { slug: short, cut: short !== slug };
}

/**
 * `slug` in at most `maxLength` characters: unchanged when it fits; otherwise its last words (up to
 * a third of the length, at least one) after as many of its first words as fit, whole words only.
 * A single word longer than the limit is cut as it is.
 */
function shorten(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const words = slug.split('-');
  if (words.length === 1) return slug.slice(0, maxLength);
  const joined = (list: readonly string[]) => list.join('-');
  let tail: string[] = [];
  for (let index = words.length - 1; index > 0; index--) {
    const next = [words[index]!, ...tail];
    if (tail.length > 0 && joined(next).length > Math.floor(maxLength / 3)) break;
    tail = next;
  }
  if (joined(tail).length >= maxLength) return slug.slice(0, maxLength).replace(/-+$/, '');
  const head: string[] = [];
  for (const word of words.slice(0, words.length - tail.length)) {
    if (joined([...head, word, ...tail]).length > maxLength) break;
    head.push(word);
  }
  return joined([...head, ...tail]);
}
