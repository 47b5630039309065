/**
 * The variant site: one temporary copy of the project with every valid content change the site
 * suites read, built once by the global setup beside dist/ (one build instead of one per suite):
 *
 * - a few hundred generated news items, some translated and some drafts (the archive at scale);
 * - a draft and an item with a hostile title and a link out (what readers get of both);
 * - a raw HTML link and a protocol-relative one in a Markdown body (links out get rel="noopener noreferrer");
 * - retrieval dates in the provenance file, and one table edited by hand since (data freshness);
 * - a few countries of the world tables (./world-sample.ts): the country profiles are dist/'s to check.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { writeGeneratedNews, type GeneratedItem } from '../../../scripts/support/generated-news.ts';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { plantWorldSample } from './world-sample.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The variant copy's root: its built site is `<root>/dist`. */
    variantRoot: string;
  }
}

export const GENERATED_COUNT = 240;
export const HOSTILE = 'Hostile </script><script>window.__pwned = 1</script> title';
export const DRAFT_WORD = 'Quetzalcoatlus';
export const RETRIEVED_AT = '2026-03-05T06:00:00.000Z';
/** The row of the map's table edited by hand after its retrieval, before and after. */
export const EDITED_ROW = {
  before: 'emigrants,CHL,Chile,2024,261522,131346,130176',
  after: 'emigrants,CHL,Chile,2024,261521,131345,130176',
};
export const RAW_LINK_ITEM = 'content/news/en/coyote-2020-operation.md';

/** A test news item's file: `fields` and a body, the rest valid. Dated by default after every
 *  generated item: the newest item of the variant. */
export const newsFile = (fields: string, body: string, date = '2026-01-15') => `---
${fields}
date: ${date}
summary: A test item built into a copy of the project only.
tags: [policy]
countries: [PER]
sources:
  - name: Test source
lang: en
---

${body}
`;

/** Makes every change of the variant in the copy at `root`; returns the generated items. */
export function plantVariant(root: string): GeneratedItem[] {
  const generated = writeGeneratedNews(join(root, 'content/news'), GENERATED_COUNT);
  writeFileSync(
    join(root, 'content/news/en/draft-item.md'),
    newsFile(`title: Draft item\ndraft: true`, `${DRAFT_WORD} is only in this draft.`),
  );
  writeFileSync(
    join(root, 'content/news/en/hostile-item.md'),
    newsFile(`title: '${HOSTILE}'`, 'Body with [a link out](https://example.org/report).'),
  );
  const raw = readFileSync(join(root, RAW_LINK_ITEM), 'utf8');
  writeFileSync(
    join(root, RAW_LINK_ITEM),
    `${raw}\nSee <a href="https://example.org/raw">the raw link</a> and [a protocol-relative link](//example.org/relative).\n`,
  );

  plantWorldSample(root);

  // Every table retrieved on one date, with its digest as written; then the map's table edited.
  const path = join(root, 'content/data/provenance.json');
  const provenance = JSON.parse(readFileSync(path, 'utf8'));
  const sha = (file: string) =>
    createHash('sha256')
      .update(readFileSync(join(root, file)))
      .digest('hex');
  for (const entry of provenance.datasets) {
    entry.retrievedAt = RETRIEVED_AT;
    entry.sourceUrl = 'https://example.org/source';
    entry.sha256 = sha(entry.file);
  }
  writeFileSync(path, JSON.stringify(provenance, null, 2));
  const stocks = join(root, datasetFor('map', 'stock-by-sex').file);
  const text = readFileSync(stocks, 'utf8');
  if (!text.includes(EDITED_ROW.before))
    throw new Error(`the map's table no longer has the row ${EDITED_ROW.before}`);
  writeFileSync(stocks, text.replace(EDITED_ROW.before, EDITED_ROW.after));
  return generated;
}

/** The variant copy's root, from the global setup. */
export function variantRoot(): string {
  return inject('variantRoot');
}

/** A file of the variant's built site. */
export function readVariant(path: string): string {
  return readFileSync(join(variantRoot(), 'dist', path), 'utf8');
}
