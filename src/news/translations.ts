/**
 * The rules that tie news items to their translations: an item names its original with
 * `translationOf`, as `language/file-name`. Pure: the checker and the build's loader pass in every
 * item's language and original.
 */
import type { ContentProblem } from '../lib/content-problem.ts';

export interface TranslatableItem {
  id: string;
  file: string;
  lang: string;
  translationOf?: string | undefined;
}

/**
 * Every broken translation link: to no item (named exactly as its file, without extension), to an
 * item in the same language, to an item that is itself a translation (links go to the original, so
 * no chain and no cycle can form), and a second translation of one original into one language.
 * `knownIds` are the ids of every news file, valid or not: a link to an invalid item is that item's
 * problem, not the link's.
 */
export function translationProblems(
  items: readonly TranslatableItem[],
  knownIds: ReadonlySet<string>,
): ContentProblem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const problems: ContentProblem[] = [];
  const versions = new Map<string, TranslatableItem>();
  for (const item of items) {
    const original = item.translationOf;
    if (original === undefined) continue;
    const at = { file: item.file, field: 'translationOf', value: original };
    const target = byId.get(original);
    if (!target) {
      if (!knownIds.has(original)) {
        problems.push({
          ...at,
          message: 'names no news item (write it as language/file-name, such as en/coyote-2020)',
        });
      }
      continue;
    }
    if (target.lang === item.lang) {
      problems.push({ ...at, message: 'must name an item in another language' });
    } else if (target.translationOf !== undefined) {
      problems.push({
        ...at,
        message: `names a translation, not an original: name ${target.translationOf} (the item it translates)`,
      });
    } else {
      const key = `${original}→${item.lang}`;
      const earlier = versions.get(key);
      if (earlier) {
        problems.push({
          ...at,
          message: `is the second ${item.lang} translation of ${original} (the first is ${earlier.file}): keep one`,
        });
      } else versions.set(key, item);
    }
  }
  return problems;
}
