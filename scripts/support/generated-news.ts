/**
 * Valid news items made up for measuring and testing the archive at scale: the same files for the
 * same count on every run (a seeded sequence, no randomness), half in each of the first two editions,
 * about 300 words each, with tags (of `content/tags.yaml`), countries, a source, some translations
 * (sharing their original's date, tags, countries, source and numbers, as the check requires) and
 * some drafts. They are only ever written into a temporary copy of the project, never into `content/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTagVocabulary } from '../../src/content/read.ts';
import { LOCALES, type Locale } from '../../src/i18n/languages.ts';

/**
 * The tags items draw from: every tag of the project's `content/tags.yaml` (the copies they are written
 * into have the same), read once. Never a list written here: editors add and retire tags
 * (CONTRIBUTING.md), and an item carrying a retired one would stop the build of the copy.
 */
let vocabulary: readonly string[] | undefined;
function tagIds(): readonly string[] {
  vocabulary ??= readTagVocabulary(process.cwd()).entries.map((entry) => entry.id);
  if (vocabulary.length === 0)
    throw new Error('content/tags.yaml has no valid tag: run npm run check:content');
  return vocabulary;
}
const COUNTRIES = ['PER', 'VEN', 'COL', 'ECU', 'CHL', 'BOL', 'ARG', 'BRA', 'USA', 'ESP', 'ITA', 'JPN', 'MEX'];
const WORDS: Record<string, string[]> = {
  es: 'la migración en el perú creció durante el año según los registros oficiales de frontera y las encuestas de hogares que publican las autoridades cada trimestre para orientar la política pública'.split(
    ' ',
  ),
  en: 'migration through peru grew during the year according to official border records and the household surveys the authorities publish every quarter to guide public policy'.split(
    ' ',
  ),
};

/** One generated item: its path under `content/news/` and its text. */
export interface GeneratedItem {
  path: string;
  text: string;
  draft: boolean;
  lang: Locale;
  date: string;
}

/** A small deterministic sequence (mulberry32), seeded by the item's number. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** Every 97th item is a draft: drafts must stay out of every page, feed and index at any scale. */
export const isDraft = (index: number) => index % 97 === 96;

/** What an item and its translation share: drawn from the original's own sequence. */
function sharedFields(index: number) {
  const next = sequence(index + 1);
  // Dates spread over 2015–2025, several items a day at large counts.
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 4017) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const tags = [...new Set([pick(next, tagIds()), pick(next, tagIds()), pick(next, tagIds())])];
  const countries = [...new Set(['PER', pick(next, COUNTRIES), pick(next, COUNTRIES)])];
  return { date, tags, countries, source: index % 50 };
}

/** Item `index` (0-based) of a generated archive. */
export function generatedItem(index: number): GeneratedItem {
  const lang = LOCALES[index % 2]!;
  const words = WORDS[lang] ?? WORDS.en!;
  const name = `generated-${String(index).padStart(6, '0')}`;
  // Every fourth item of the second edition translates the item just before it, which names itself
  // as their original (src/news/translations.ts).
  const original = index % 4 === 3 ? index - 1 : index;
  const translated = index % 4 === 2 || index % 4 === 3;
  const translationOf = translated
    ? `${LOCALES[0]}/generated-${String(original).padStart(6, '0')}`
    : undefined;
  const { date, tags, countries, source } = sharedFields(original);
  const next = sequence(index + 1_000_003);
  const sentence = () =>
    Array.from({ length: 15 }, () => pick(next, words))
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase()) + '.';
  const paragraphs = Array.from({ length: 4 }, () => Array.from({ length: 5 }, sentence).join(' '));
  const draft = isDraft(index);
  const text = [
    '---',
    `title: 'Generated item ${original}: ${tags.join(', ')}'`,
    `date: ${date}`,
    `summary: '${sentence()} ${sentence()}'`,
    `tags: [${tags.join(', ')}]`,
    `countries: [${countries.join(', ')}]`,
    'sources:',
    `  - name: Generated source ${source}`,
    `    url: https://example.org/source/${source}`,
    `lang: ${lang}`,
    ...(translationOf ? [`translationOf: ${translationOf}`] : []),
    ...(draft ? ['draft: true'] : []),
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
  return { path: `${lang}/${name}.md`, text, draft, lang, date };
}

/** Writes `count` generated items under `newsRoot` (a copy's `content/news/`); returns them. */
export function writeGeneratedNews(newsRoot: string, count: number): GeneratedItem[] {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`the item count must be a whole number ≥ 1, got ${count}`);
  const items = Array.from({ length: count }, (_, index) => generatedItem(index));
  for (const item of items) {
    mkdirSync(join(newsRoot, item.lang), { recursive: true });
    writeFileSync(join(newsRoot, item.path), item.text);
  }
  return items;
}
