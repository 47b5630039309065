/**
 * Adapter for the World Bank Indicators API (v2): asks each series of a remittances table for every
 * economy (`/v2/country/all/indicator/<series>?format=json&date=…`), follows its pages with a hard
 * limit, and turns the answers into the table — one row per economy and year where remittances
 * received or paid have a value, with GDP beside them. Everything here but the `getJson` callback
 * of `fetchWorldBankTable` is pure.
 *
 * An answer is a JSON array `[meta, rows]`: `meta` has `page`, `pages`, `per_page` and `total`
 * (numbers, or numeric strings in older answers), and each row `indicator.id`, `countryiso3code`,
 * `date` (a year) and `value` (a number, or null when the series has none). A query the API refuses
 * is answered with HTTP 200 and `[{ message: [{ id, key, value }] }]`.
 */
import type { DatasetDefinition, WorldBankUpdate } from '../../src/datasets/definition.ts';
import { remittancesRowSchema, type RemittancesRow } from '../../src/schemas/flows.ts';
import { UpdateFailure } from './failure.ts';
import { serialiseTable, validateTable } from './tables.ts';

/** The columns of the table that each hold one series, in table order. */
export type SeriesColumn = keyof WorldBankUpdate['series'];
export const SERIES_COLUMNS: readonly SeriesColumn[] = ['received_usd', 'paid_usd', 'gdp_usd'];

/** Rows per page asked of the API: every economy and aggregate (about 270) over 35 years fits in 10 pages. */
export const PER_PAGE = 1000;
/**
 * More pages than this is a broken answer, not data: 400 codes over 100 years would be 40 pages of
 * 1,000 rows.
 */
export const MAX_PAGES = 50;
/** Largest page accepted, in bytes: a page of 1,000 rows is about 250 kB. */
export const MAX_PAGE_BYTES = 5_000_000;

export interface WorldBankQuery {
  /** An indicator code, such as BX.TRF.PWKR.CD.DT. */
  series: string;
  yearFrom: number;
  yearTo: number;
}

/** The API URL for `query` under `base` (such as https://api.worldbank.org); `page` when given. */
export function worldBankUrl(base: string, query: WorldBankQuery, page?: number): string {
  const url = new URL(
    `v2/country/all/indicator/${encodeURIComponent(query.series)}`,
    base.endsWith('/') ? base : `${base}/`,
  );
  // Written out rather than with URLSearchParams, which would escape the colon of the range as %3A:
  // the API documents `date=1990:2024`.
  url.search =
    `format=json&date=${query.yearFrom}:${query.yearTo}&per_page=${PER_PAGE}` +
    (page === undefined ? '' : `&page=${page}`);
  return url.toString();
}

/** The address every series of a table is asked under: what provenance.json records. */
export function worldBankIndicatorsUrl(base: string): string {
  return new URL('v2/country/all/indicator/', base.endsWith('/') ? base : `${base}/`).toString();
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

export interface WorldBankPage {
  page: number;
  pages: number;
  total: number;
  rows: unknown[];
}

/** The API's own message when it refuses a query (`[{ message: [{ id, key, value }] }]`), if this is one. */
function refusal(json: unknown): string | undefined {
  if (!Array.isArray(json) || json.length !== 1 || !isRecord(json[0])) return undefined;
  const messages = json[0]['message'];
  if (!Array.isArray(messages)) return undefined;
  return messages
    .map((message) =>
      isRecord(message)
        ? [message['id'], message['key'], message['value']]
            .filter((part) => typeof part === 'string' && part !== '')
            .join(' ')
        : JSON.stringify(message),
    )
    .join('; ');
}

/** Checks the shape of one page of the answer (`[meta, rows]`) asked as `requested`. */
export function parseWorldBankPage(json: unknown, requested: number): WorldBankPage {
  const refused = refusal(json);
  if (refused !== undefined) throw new UpdateFailure(`the World Bank API refused the query: ${refused}`);
  if (!Array.isArray(json) || json.length !== 2 || !isRecord(json[0])) {
    throw new UpdateFailure('unexpected answer: expected a JSON array [meta, rows]');
  }
  const [meta, rows] = json as [Record<string, unknown>, unknown];
  const page = wholeNumber(meta['page']);
  const pages = wholeNumber(meta['pages']);
  const total = wholeNumber(meta['total']);
  if (pages === undefined) {
    throw new UpdateFailure(`unexpected answer: pages is ${JSON.stringify(meta['pages'])}, not a page count`);
  }
  if (total === undefined) {
    throw new UpdateFailure(`unexpected answer: total is ${JSON.stringify(meta['total'])}, not a row count`);
  }
  if (page !== requested) {
    throw new UpdateFailure(
      `unexpected answer: page ${requested} was asked, the answer is page ${JSON.stringify(meta['page'])}`,
    );
  }
  // An answer with no rows at all has null in their place.
  if (rows === null && total === 0) return { page, pages, total, rows: [] };
  if (!Array.isArray(rows)) throw new UpdateFailure('unexpected answer: its rows are not a list');
  return { page, pages, total, rows };
}

/**
 * Every row of a paged answer: page 1, then up to its `pages`. Refuses a page count above `limit`,
 * a page count or row total that changes between pages, a page that answers as another page, and
 * pages that hold another number of rows than the total they announce — so a broken API can never
 * keep the updater fetching, nor pass for a whole answer.
 */
export async function fetchAllWorldBankPages(
  fetchPage: (page: number) => Promise<unknown>,
  limit: number = MAX_PAGES,
): Promise<unknown[]> {
  const rows: unknown[] = [];
  let pages = 1;
  let total = 0;
  for (let page = 1; page <= pages; page++) {
    const answer = parseWorldBankPage(await fetchPage(page), page);
    if (page === 1) {
      if (answer.pages > limit) {
        throw new UpdateFailure(
          `unexpected answer: pages is ${answer.pages}, more than the ${limit} pages this series can have`,
        );
      }
      pages = answer.pages;
      total = answer.total;
    } else if (answer.pages !== pages) {
      throw new UpdateFailure(
        `unexpected answer: pages changed from ${pages} to ${answer.pages} on page ${page}`,
      );
    } else if (answer.total !== total) {
      throw new UpdateFailure(
        `unexpected answer: total changed from ${total} to ${answer.total} on page ${page}`,
      );
    }
    rows.push(...answer.rows);
  }
  if (rows.length !== total) {
    throw new UpdateFailure(
      `unexpected answer: it announces ${total} rows, its ${pages} page${pages === 1 ? '' : 's'} held ${rows.length}`,
    );
  }
  return rows;
}

/** True for a code the table's rows may have (ISO 3166-1 alpha-3, or XKX): not a region or income group. */
export function isEconomyCode(code: unknown): code is string {
  return remittancesRowSchema.shape.iso3.safeParse(code).success;
}

/** A value of the API: a finite number (or, in older answers, a decimal string), or null. */
function amount(value: unknown): number | null | undefined {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * The values of one series by economy and year (`PER|2023`), rounded to whole dollars as the table
 * is; null where the API gives no value. Rows of aggregates (regions, income groups, blank codes) are
 * left out. Refuses a row of another series than the one asked, without a year, with a value that is
 * not a number or null, or given twice.
 */
export function seriesValues(rows: readonly unknown[], series: string): Map<string, number | null> {
  const values = new Map<string, number | null>();
  rows.forEach((row, index) => {
    const where = `row ${index + 1}`;
    if (!isRecord(row)) throw new UpdateFailure(`unexpected answer: ${where} is not an object`);
    const indicator = isRecord(row['indicator']) ? row['indicator']['id'] : undefined;
    if (indicator !== series) {
      throw new UpdateFailure(
        `unexpected answer: ${where} is of indicator ${JSON.stringify(indicator)}, the query asked for ${series}`,
      );
    }
    const code = row['countryiso3code'];
    const date = row['date'];
    if (typeof date !== 'string' || !/^\d{4}$/.test(date)) {
      throw new UpdateFailure(
        `unexpected answer: ${where} (${JSON.stringify(code)}) has date ${JSON.stringify(date)}, not a year`,
      );
    }
    if (!isEconomyCode(code)) return;
    const label = `${where} (${code} ${date})`;
    const value = amount(row['value']);
    if (value === undefined) {
      throw new UpdateFailure(
        `unexpected answer: ${label} has value ${JSON.stringify(row['value'])}, not a number or null`,
      );
    }
    const key = `${code}|${date}`;
    if (values.has(key)) throw new UpdateFailure(`unexpected answer: ${label} is given twice`);
    // Whole dollars, as the table is written (a value of 4,446,181,862.3 is 4446181862).
    values.set(key, value === null ? null : Math.round(value));
  });
  return values;
}

/**
 * The remittances table from the rows of each series: one row per economy and year where received
 * or paid has a value (the other cell blank when its series has none, GDP blank likewise; a published
 * 0 stays 0), in the table's canonical order, validated with the build's schema and table rules
 * (messages name `file` and the line as it would be written). A table identical to `current` (the
 * table as it is, already valid) is not validated again: the daily run of an unchanged series stays cheap.
 */
export function worldBankTable(
  answers: Readonly<Record<SeriesColumn, readonly unknown[]>>,
  series: WorldBankUpdate['series'],
  dataset: DatasetDefinition & { kind: 'remittances' },
  file: string,
  current?: string,
): string {
  const values = Object.fromEntries(
    SERIES_COLUMNS.map((column) => {
      try {
        return [column, seriesValues(answers[column], series[column])];
      } catch (error) {
        if (!(error instanceof UpdateFailure)) throw error;
        throw new UpdateFailure(`${series[column]} (${column}): ${error.message}`, error.details);
      }
    }),
  ) as Record<SeriesColumn, Map<string, number | null>>;
  const keys = new Set(
    [...values.received_usd, ...values.paid_usd].filter(([, value]) => value !== null).map(([key]) => key),
  );
  const rows: RemittancesRow[] = [...keys].map((key) => {
    const [iso3, year] = key.split('|') as [string, string];
    const amount = (column: SeriesColumn) => values[column].get(key) ?? null;
    return {
      iso3,
      year: Number(year),
      received_usd: amount('received_usd'),
      paid_usd: amount('paid_usd'),
      gdp_usd: amount('gdp_usd'),
    };
  });
  const text = serialiseTable(dataset, rows);
  if (current === undefined || text.replaceAll('\r\n', '\n') !== current.replaceAll('\r\n', '\n')) {
    validateTable(dataset, text, `${file} (as it would be written)`);
  }
  return text;
}

/**
 * Downloads every series of `update` from the API at `base` for the years `yearFrom`–`yearTo`, page by
 * page through `getJson`, and returns the table with the URL provenance.json records. A failure while
 * fetching names the page asked; one in the rows names the series' address.
 */
export async function fetchWorldBankTable(
  dataset: DatasetDefinition & { kind: 'remittances'; update: WorldBankUpdate },
  base: string,
  years: { yearFrom: number; yearTo: number },
  getJson: (url: string) => Promise<unknown>,
  current?: string,
): Promise<{ text: string; recordedUrl: string }> {
  const { series } = dataset.update;
  const answers = {} as Record<SeriesColumn, unknown[]>;
  for (const column of SERIES_COLUMNS) {
    const query = { series: series[column], ...years };
    let pageUrl = worldBankUrl(base, query, 1);
    try {
      answers[column] = await fetchAllWorldBankPages((page) => {
        pageUrl = worldBankUrl(base, query, page);
        return getJson(pageUrl);
      });
    } catch (error) {
      if (error instanceof UpdateFailure && error.url === undefined) {
        throw new UpdateFailure(error.message, error.details, pageUrl);
      }
      throw error;
    }
  }
  const recordedUrl = worldBankIndicatorsUrl(base);
  try {
    return { text: worldBankTable(answers, series, dataset, dataset.file, current), recordedUrl };
  } catch (error) {
    if (error instanceof UpdateFailure && error.url === undefined) {
      throw new UpdateFailure(error.message, error.details, recordedUrl);
    }
    throw error;
  }
}
