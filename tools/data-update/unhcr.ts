/**
 * Adapter for the UNHCR population statistics API (`/population/v1/population/`): builds the page
 * URLs, follows `maxPages` with a hard limit, and turns its items into rows of a refugee table. A
 * query names an origin, a country of asylum or both; a side it leaves out is asked for country by
 * country (`coo_all` / `coa_all`). Everything here but `fetchAllPages`' callback is pure.
 */
import type { DatasetDefinition } from '../../src/datasets/definition.ts';
import { columnsOf } from '../../src/datasets/tables.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { UpdateFailure } from './failure.ts';
import { serialiseTable, validateTable } from './tables.ts';

export interface UnhcrQuery {
  /** Country of origin, ISO alpha-3; every origin, one by one, when left out. */
  coo?: string | undefined;
  /** Country of asylum, ISO alpha-3; every country of asylum, one by one, when left out. */
  coa?: string | undefined;
  yearFrom: number;
  yearTo: number;
}

/** Items per page asked of the API. */
export const PAGE_LIMIT = 100;
/**
 * More pages than this is a broken answer, not data: one pair of countries has under 100 years; a
 * country and every other (about 200 of them, over 75 years) under 20,000 rows.
 */
export const MAX_PAGES = { pair: 20, all: 200 } as const;

/** The page limit of a query. */
export function maxPagesOf(query: Pick<UnhcrQuery, 'coo' | 'coa'>): number {
  return query.coo !== undefined && query.coa !== undefined ? MAX_PAGES.pair : MAX_PAGES.all;
}

/** What a query asks for, in words: `VEN → PER`, `every origin → PER`. */
export function describeQuery(query: Pick<UnhcrQuery, 'coo' | 'coa'>): string {
  return `${query.coo ?? 'every origin'} → ${query.coa ?? 'every country of asylum'}`;
}

/** The API URL for `query` under `base` (such as https://api.unhcr.org); `page` when given. */
export function unhcrUrl(base: string, query: UnhcrQuery, page?: number): string {
  const url = new URL('population/v1/population/', base.endsWith('/') ? base : `${base}/`);
  url.search = new URLSearchParams({
    ...(query.coo === undefined ? { coo_all: 'true' } : { coo: query.coo }),
    ...(query.coa === undefined ? { coa_all: 'true' } : { coa: query.coa }),
    yearFrom: String(query.yearFrom),
    yearTo: String(query.yearTo),
    limit: String(PAGE_LIMIT),
    ...(page === undefined ? {} : { page: String(page) }),
  }).toString();
  return url.toString();
}

export interface UnhcrPage {
  page: number;
  maxPages: number;
  items: unknown[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A whole number given as a number or a string of digits; undefined otherwise. */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Checks the shape of one page of the answer (`{ page, maxPages, items }`) asked as `requested`. */
export function parseUnhcrPage(json: unknown, requested: number): UnhcrPage {
  if (!isRecord(json)) {
    throw new UpdateFailure('unexpected answer: expected a JSON object with page, maxPages and items');
  }
  const page = wholeNumber(json['page']);
  const maxPages = wholeNumber(json['maxPages']);
  const items = json['items'];
  if (maxPages === undefined) {
    throw new UpdateFailure(
      `unexpected answer: maxPages is ${JSON.stringify(json['maxPages'])}, not a page count`,
    );
  }
  if (!Array.isArray(items)) throw new UpdateFailure('unexpected answer: items is not a list');
  if (page !== requested) {
    throw new UpdateFailure(
      `unexpected answer: page ${requested} was asked, the answer is page ${JSON.stringify(json['page'])}`,
    );
  }
  return { page, maxPages, items };
}

/**
 * Every item of a paged answer: page 1, then up to its `maxPages`. Refuses a page count above
 * `limit`, one that changes between pages, and a page that answers as another page, so a broken
 * API can never keep the updater fetching.
 */
export async function fetchAllPages(
  fetchPage: (page: number) => Promise<unknown>,
  limit: number = MAX_PAGES.pair,
): Promise<unknown[]> {
  const items: unknown[] = [];
  let maxPages = 1;
  for (let page = 1; page <= maxPages; page++) {
    const answer = parseUnhcrPage(await fetchPage(page), page);
    if (page === 1) {
      if (answer.maxPages > limit) {
        throw new UpdateFailure(
          `unexpected answer: maxPages is ${answer.maxPages}, more than the ${limit} pages this series can have`,
        );
      }
      maxPages = answer.maxPages;
    } else if (answer.maxPages !== maxPages) {
      throw new UpdateFailure(
        `unexpected answer: maxPages changed from ${maxPages} to ${answer.maxPages} on page ${page}`,
      );
    }
    items.push(...answer.items);
  }
  return items;
}

/** A count cell as written by the API: a number or numeric string, kept as text for the schema. */
function countText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  return undefined;
}

/**
 * The cells of one table row from one API item. Counts are passed on as text so that the table's
 * own schema judges them (a negative or fractional count fails validation like a bad CSV cell).
 *
 * "-" means "not reported". For `oip` (reported from 2018) that is a blank cell, as in the table.
 * For refugees and asylum seekers the table has no blank: reading "-" as 0 would publish a zero
 * UNHCR never gave, so such an item refuses the update instead.
 */
export function unhcrItemCells(
  item: unknown,
  query: Pick<UnhcrQuery, 'coo' | 'coa'>,
  index: number,
): Record<string, string> {
  const where = `item ${index + 1}`;
  if (!isRecord(item)) throw new UpdateFailure(`unexpected answer: ${where} is not an object`);
  const year = countText(item['year']);
  if (year === undefined || year === '') {
    throw new UpdateFailure(`unexpected answer: ${where} has no year (got ${JSON.stringify(item['year'])})`);
  }
  const label = `${where} (year ${year})`;
  const origin = item['coo_iso'];
  const asylum = item['coa_iso'];
  if (
    typeof origin !== 'string' ||
    typeof asylum !== 'string' ||
    (query.coo !== undefined && origin !== query.coo) ||
    (query.coa !== undefined && asylum !== query.coa)
  ) {
    throw new UpdateFailure(
      `unexpected answer: ${label} is for ${JSON.stringify(origin)} → ${JSON.stringify(asylum)}, ` +
        `the query asked for ${describeQuery(query)}`,
    );
  }
  const required = (field: 'refugees' | 'asylum_seekers'): string => {
    const value = item[field];
    if (value === '-') {
      throw new UpdateFailure(
        `${label}: ${field} is "-" (not reported); the table needs a count and "-" is not read as 0, so the update is refused`,
      );
    }
    const text = countText(value);
    if (text === undefined) {
      throw new UpdateFailure(
        `unexpected answer: ${label} has ${field} ${JSON.stringify(value)}, not a count`,
      );
    }
    return text;
  };
  const oip = item['oip'];
  let oipText: string | undefined;
  if (oip === '-' || oip === null) oipText = '';
  else oipText = countText(oip);
  if (oipText === undefined) {
    throw new UpdateFailure(`unexpected answer: ${label} has oip ${JSON.stringify(oip)}, not a count or "-"`);
  }
  return {
    year,
    origin_iso3: origin,
    asylum_country_iso3: asylum,
    refugees: required('refugees'),
    asylum_seekers: required('asylum_seekers'),
    other_in_need_of_international_protection: oipText,
  };
}

/**
 * The refugee table from the answers to each query: items normalised, those of people in their own
 * country left out (the table is of people abroad), validated with the build's schema and table rules
 * (messages name `file`), and written in the table's canonical form.
 */
export function unhcrTable(
  answers: readonly { query: Pick<UnhcrQuery, 'coo' | 'coa'>; items: readonly unknown[] }[],
  dataset: DatasetDefinition & { kind: 'refugee' },
  file: string,
): string {
  // People in their own country (returnees) are left out before their counts are read: UNHCR may
  // give "-" for categories it does not count them in, and their row is never written anyway.
  const abroad = (item: unknown) =>
    !isRecord(item) || typeof item['coo_iso'] !== 'string' || item['coo_iso'] !== item['coa_iso'];
  const cells = answers
    .flatMap(({ query, items }) =>
      items.flatMap((item, index) => (abroad(item) ? [unhcrItemCells(item, query, index)] : [])),
    )
    .sort((a, b) => Number(a['year']) - Number(b['year']) || 0);
  const draft = toCsv(columnsOf(dataset.kind), cells);
  const rows = validateTable(dataset, draft, `${file} (as it would be written)`).map((entry) => entry.row);
  return serialiseTable(dataset, rows);
}
