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
import { OTHERS, WORLD } from '../../../src/schemas/stock.ts';
import { editCsvRow, fixtureTag } from '../../support/content-fixtures.ts';
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
/**
 * The variant's own item with a raw HTML link and a protocol-relative one, and its page: written by
 * the variant, not appended to a committed item an editor may rename or delete.
 */
export const RAW_LINK_ITEM = 'content/news/en/variant-raw-links.md';
export const RAW_LINK_PAGE = 'en/news/variant-raw-links/index.html';

/** A test news item's file: `fields` and a body, the rest valid. Dated by default after every
 *  generated item: the newest item of the variant. */
export const newsFile = (fields: string, body: string, date = '2026-01-15') => `---
${fields}
date: ${date}
summary: A test item built into a copy of the project only.
tags: [${fixtureTag()}]
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
  writeFileSync(
    join(root, RAW_LINK_ITEM),
    newsFile(
      'title: Raw links',
      'See <a href="https://example.org/raw">the raw link</a> and [a protocol-relative link](//example.org/relative).',
      // Older than the hostile item, which stays the newest.
      '2021-06-01',
    ),
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
  // The edit: one man fewer in the first country's row (its count is men plus women), whatever the
  // table's figures are once updated; the table stays valid.
  const stocks = join(root, datasetFor('map', 'stock-by-sex').file);
  const less = (cell: string) => String(Number(cell) - 1);
  const edited = editCsvRow(
    readFileSync(stocks, 'utf8'),
    (row) => row.iso3 !== WORLD && row.iso3 !== OTHERS && Number(row.count) > 0 && Number(row.male) > 0,
    (row) => ({ count: less(row.count!), male: less(row.male!) }),
  );
  writeFileSync(stocks, edited.text);
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
