/**
 * The tag vocabulary as pages use it: a tag's label in an edition. Pure: the vocabulary is passed in
 * (read by `readTagVocabulary`).
 */
import type { Locale } from '../i18n/languages.ts';
import type { TagEntry } from '../schemas/tags.ts';

/** A tag's label in an edition; the tag itself when the vocabulary has no entry for it. */
export function tagLabel(vocabulary: ReadonlyMap<string, TagEntry>, tag: string, locale: Locale): string {
  return vocabulary.get(tag)?.label[locale] ?? tag;
}
