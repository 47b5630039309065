/**
 * The rules that tie news items to their translations. Items that translate one another share one
 * `translationOf`: the id of their original, as `language/file-name`, which the original writes too
 * (it names itself), so that every language version of an item carries the same link. The browser
 * editor (src/admin/) groups an item's languages by it. A translation keeps what does not change with
 * the language: the date and its precision, the tags, the countries, the sources' addresses and every
 * number of its text. Pure: the checker and the build's loader pass in every item.
 */
import type { ContentProblem } from '../lib/content-problem.ts';
import { numberDifference } from '../lib/numbers-in-text.ts';
import { closestName } from './closest-name.ts';

export interface TranslatableItem {
  id: string;
  file: string;
  lang: string;
  translationOf?: string | undefined;
  /** What a translation shares with its original, compared once the translation is published. */
  facts?: TranslatedFacts;
  /** The line of a field in the item's file, for messages. */
  lineOf?: (field: string) => number | undefined;
}

export interface TranslatedFacts {
  draft: boolean;
  /** `YYYY-MM-DD`. */
  date: string;
  datePrecision: string;
  tags: readonly string[];
  countries: readonly string[];
  /** Each source's address, in order (undefined where a source has none). */
  sourceUrls: readonly (string | undefined)[];
  /** The title, the summary and the body: where the numbers are. */
  text: string;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
const list = (values: readonly (string | undefined)[]) =>
  `[${values.map((value) => value ?? '(no url)').join(', ')}]`;

/** True for an item that translates another: it names an item other than itself. */
export function isTranslation(item: { id: string; translationOf?: string | undefined }): boolean {
  return item.translationOf !== undefined && item.translationOf !== item.id;
}

/**
 * Every broken translation link: to no item (named exactly as its file, without extension), to an
 * item in the same language, to an item that is itself a translation (links go to the original, so
 * no chain and no cycle can form), a second translation of one original into one language, and an
 * original that its translations name but that does not name itself. `knownIds` are the ids of
 * every news file, valid or not: a link to an invalid item is that item's problem, not the link's.
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
    // An item with no link stands alone; one naming itself is an original.
    if (original === undefined || original === item.id) continue;
    const line = item.lineOf?.('translationOf');
    const at = {
      file: item.file,
      ...(line === undefined ? {} : { line }),
      field: 'translationOf',
      value: original,
    };
    const target = byId.get(original);
    if (!target) {
      if (!knownIds.has(original)) {
        // Written as a path (`content/news/en/x.md`) or in capitals: the id it means, if there is one.
        const meant = original
          .trim()
          .toLowerCase()
          .replace(/^\.?\/?content\/news\//, '')
          .replace(/\.mdx?$/, '');
        const near = knownIds.has(meant) ? meant : closestName(original, knownIds);
        problems.push({
          ...at,
          message: 'names no news item (write it as language/file-name, such as en/coyote-2020)',
          fix: near
            ? `did you mean ${near}?`
            : 'write the original’s folder and file name without .md, such as en/coyote-2020-operation',
        });
      }
      continue;
    }
    if (target.lang === item.lang) {
      problems.push({
        ...at,
        message: 'must name an item in another language',
        fix: 'name the original, in another language’s folder: a translation points at what it translates',
      });
    } else if (isTranslation(target)) {
      problems.push({ ...at, ...chainProblem(item, byId) });
    } else {
      const key = `${original}→${item.lang}`;
      const earlier = versions.get(key);
      if (earlier) {
        problems.push({
          ...at,
          message: `is the second ${item.lang} translation of ${original} (the first is ${earlier.file})`,
          fix: 'keep one: merge the two files, and delete the other',
        });
      } else {
        versions.set(key, item);
        problems.push(...factProblems(item, target));
      }
    }
  }
  problems.push(...unnamedOriginals(items, versions));
  return problems;
}

/**
 * Originals that their translations name but that do not name themselves. Every language version
 * of an item carries the same link, the original's included: the browser editor groups an item's
 * files by it, and would otherwise show the original apart from its translations, and write it a
 * second original when a translation is saved.
 */
function unnamedOriginals(
  items: readonly TranslatableItem[],
  versions: ReadonlyMap<string, TranslatableItem>,
): ContentProblem[] {
  const translations = new Map<string, string[]>();
  for (const translation of versions.values()) {
    const original = translation.translationOf!;
    translations.set(original, [...(translations.get(original) ?? []), translation.id]);
  }
  return items
    .filter((item) => item.translationOf === undefined && translations.has(item.id))
    .map((item) => ({
      file: item.file,
      line: 1,
      field: 'translationOf',
      message: `is the original of ${translations.get(item.id)!.join(', ')}, which name it, but does not name itself`,
      fix: `add the line translationOf: ${item.id} (an original names itself, so that every language version of an item carries the same link)`,
    }));
}

/**
 * What to say to an item whose original is itself a translation: name the item at the end of the
 * chain, or, when the links come back round, make the one that is the original name itself.
 */
function chainProblem(
  item: TranslatableItem,
  byId: ReadonlyMap<string, TranslatableItem>,
): { message: string; fix: string } {
  const chain = [item.id];
  let current = byId.get(item.translationOf!);
  while (current && isTranslation(current) && !chain.includes(current.id)) {
    chain.push(current.id);
    current = byId.get(current.translationOf!);
  }
  if (current && chain.includes(current.id)) {
    const cycle = [...chain.slice(chain.indexOf(current.id)), current.id];
    return {
      message: `is part of a cycle of translation links (${cycle.join(' → ')}): every item names another as its original`,
      fix: 'decide which item is the original and make it name itself (translationOf: its own language/file-name); the others keep naming it',
    };
  }
  const root = current?.id ?? chain.at(-1)!;
  return {
    message: `names a translation, not an original (${item.translationOf} translates ${byId.get(item.translationOf!)!.translationOf})`,
    fix: `write translationOf: ${root}`,
  };
}

/** What a published translation must share with its original. A draft is still being written. */
function factProblems(item: TranslatableItem, original: TranslatableItem): ContentProblem[] {
  const mine = item.facts;
  const theirs = original.facts;
  if (!mine || !theirs || mine.draft) return [];
  const problems: ContentProblem[] = [];
  const add = (field: string, value: unknown, message: string, fix: string) => {
    const line = item.lineOf?.(field);
    problems.push({ file: item.file, ...(line === undefined ? {} : { line }), field, value, message, fix });
  };
  const of = `its original ${original.id}`;
  if (mine.date !== theirs.date)
    add('date', mine.date, `is not the date of ${of}`, `write date: ${theirs.date}`);
  if (mine.datePrecision !== theirs.datePrecision) {
    add(
      'datePrecision',
      mine.datePrecision,
      `is not the date precision of ${of}`,
      `write datePrecision: ${theirs.datePrecision}`,
    );
  }
  if (!sameSet(mine.tags, theirs.tags)) {
    add('tags', mine.tags, `are not the tags of ${of}`, `write tags: [${theirs.tags.join(', ')}]`);
  }
  if (!sameSet(mine.countries, theirs.countries)) {
    add(
      'countries',
      mine.countries,
      `are not the countries of ${of}`,
      `write countries: [${theirs.countries.join(', ')}]`,
    );
  }
  if (list(mine.sourceUrls) !== list(theirs.sourceUrls)) {
    add(
      'sources',
      mine.sourceUrls.map((url) => url ?? null),
      `do not have the addresses of the sources of ${of}`,
      `list the same sources in the same order, with the same url: ${list(theirs.sourceUrls)} (only the names are translated)`,
    );
  }
  const numbers = numberDifference(theirs.text, mine.text);
  if (numbers) {
    const line = item.lineOf?.('title');
    problems.push({
      file: item.file,
      ...(line === undefined ? {} : { line }),
      field: 'body',
      message: `gives other numbers than ${of} (${[
        ...(numbers.extra.length ? [`${numbers.extra.join(', ')} not in the original`] : []),
        ...(numbers.missing.length ? [`${numbers.missing.join(', ')} missing`] : []),
      ].join('; ')})`,
      fix: 'give every figure of the original in the title, summary and text, written the way this language writes numbers (96,613 and 96.613 are the same)',
    });
  }
  return problems;
}
