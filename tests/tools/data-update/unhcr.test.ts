/** The UNHCR adapter: query URLs, paged answers, items turned into rows, and the table it writes. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv.ts';
import {
  describeQuery,
  fetchAllPages,
  MAX_PAGES,
  maxPagesOf,
  parseUnhcrPage,
  unhcrItemCells,
  unhcrTable,
  unhcrUrl,
} from '../../../tools/data-update/unhcr.ts';
import {
  failure,
  OWN_COUNTRY_ITEM,
  projectFile,
  rejection,
  UNHCR_PERU,
  UNHCR_VEN,
  unhcrPages,
} from './support.ts';

const currentVenezuela = projectFile(UNHCR_VEN.file);
const currentPeru = projectFile(UNHCR_PERU.file);
const YEARS = { yearFrom: 1951, yearTo: 2026 };
const QUERY = { coo: 'VEN', coa: 'PER', ...YEARS };
/** The queries of unhcr-peru: everyone in Peru, and Peruvians in every country. */
const IN_PERU = { coa: 'PER' };
const FROM_PERU = { coo: 'PER' };

function item(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    year: 2019,
    coo_iso: 'VEN',
    coa_iso: 'PER',
    refugees: 1230,
    asylum_seekers: '482571',
    oip: 377864,
    ...overrides,
  };
}

/** API items carrying exactly the figures of a current table ("" oip as "-"). */
function itemsFromTable(table: string): Record<string, unknown>[] {
  return parseCsv(table).map(({ cells }, index) =>
    item({
      year: Number(cells['year']),
      coo_iso: cells['origin_iso3'],
      coa_iso: cells['asylum_country_iso3'],
      refugees: index % 2 ? cells['refugees'] : Number(cells['refugees']),
      asylum_seekers: cells['asylum_seekers'],
      oip: cells['other_in_need_of_international_protection'] || '-',
    }),
  );
}

/** The answer to the Venezuela → Peru query, holding `items`. */
const venezuela = (items: readonly unknown[]) => [{ query: QUERY, items }];

describe('UNHCR items', () => {
  it('accepts counts as numbers or numeric strings and writes "-" oip as a blank cell', () => {
    expect(unhcrItemCells(item(), QUERY, 0)).toEqual({
      year: '2019',
      origin_iso3: 'VEN',
      asylum_country_iso3: 'PER',
      refugees: '1230',
      asylum_seekers: '482571',
      other_in_need_of_international_protection: '377864',
    });
    const early = unhcrItemCells(
      item({ year: '2010', refugees: ' 13 ', asylum_seekers: 9, oip: '-' }),
      QUERY,
      0,
    );
    expect(early).toMatchObject({ year: '2010', refugees: '13', asylum_seekers: '9' });
    expect(early['other_in_need_of_international_protection']).toBe('');
    expect(unhcrItemCells(item({ oip: null }), QUERY, 0)['other_in_need_of_international_protection']).toBe(
      '',
    );
  });

  it.each(['refugees', 'asylum_seekers'])('refuses "-" for %s instead of reading it as 0', (field) => {
    const error = failure(() => unhcrItemCells(item({ year: 2010, [field]: '-' }), QUERY, 4));
    expect(error.message).toContain(`item 5 (year 2010): ${field} is "-" (not reported)`);
    expect(error.message).toContain('not read as 0');
  });

  it('refuses items of another country pair, without a year, or with a count that is not one', () => {
    expect(failure(() => unhcrItemCells(item({ coa_iso: 'COL' }), QUERY, 0)).message).toContain(
      'is for "VEN" → "COL", the query asked for VEN → PER',
    );
    expect(failure(() => unhcrItemCells(item({ coo_iso: 'COL' }), QUERY, 0)).message).toContain(
      'is for "COL" → "PER", the query asked for VEN → PER',
    );
    expect(failure(() => unhcrItemCells(item({ year: undefined }), QUERY, 0)).message).toContain(
      'has no year',
    );
    expect(failure(() => unhcrItemCells(item({ refugees: null }), QUERY, 0)).message).toContain(
      'refugees null',
    );
    expect(failure(() => unhcrItemCells(item({ oip: undefined }), QUERY, 0)).message).toContain(
      'oip undefined',
    );
    expect(failure(() => unhcrItemCells('x', QUERY, 2)).message).toContain('item 3 is not an object');
  });

  it('takes any origin for a query that leaves the origin out, and still refuses another country of asylum', () => {
    expect(unhcrItemCells(item({ coo_iso: 'COL' }), IN_PERU, 0)).toMatchObject({
      origin_iso3: 'COL',
      asylum_country_iso3: 'PER',
    });
    expect(unhcrItemCells(item({ coo_iso: 'UNK' }), IN_PERU, 0)['origin_iso3']).toBe('UNK');
    expect(failure(() => unhcrItemCells(item({ coo_iso: 'COL', coa_iso: 'ECU' }), IN_PERU, 2)).message).toBe(
      'unexpected answer: item 3 (year 2019) is for "COL" → "ECU", the query asked for every origin → PER',
    );
    // An origin still has to be a code: the API leaves it out only of a sum, which this query never asks.
    expect(failure(() => unhcrItemCells(item({ coo_iso: null }), IN_PERU, 0)).message).toContain(
      'is for null → "PER"',
    );
  });

  it('takes any country of asylum for a query that leaves it out, and still refuses another origin', () => {
    expect(unhcrItemCells(item({ coo_iso: 'PER', coa_iso: 'CHL' }), FROM_PERU, 0)).toMatchObject({
      origin_iso3: 'PER',
      asylum_country_iso3: 'CHL',
    });
    expect(
      failure(() => unhcrItemCells(item({ coo_iso: 'VEN', coa_iso: 'CHL' }), FROM_PERU, 0)).message,
    ).toBe(
      'unexpected answer: item 1 (year 2019) is for "VEN" → "CHL", the query asked for PER → every country of asylum',
    );
  });
});

describe('unhcrTable', () => {
  it('writes the exact format of the current table: API items with its figures give the same bytes', () => {
    const items = itemsFromTable(currentVenezuela).reverse(); // any order: rows are sorted by year
    expect(unhcrTable(venezuela(items), UNHCR_VEN, UNHCR_VEN.file)).toBe(currentVenezuela);
  });

  it('builds the table from the two fixture pages (numeric strings, "-" oip)', () => {
    const text = unhcrTable(venezuela(unhcrPages().flatMap((page) => page.items)), UNHCR_VEN, UNHCR_VEN.file);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(currentVenezuela.split('\r\n')[0]);
    expect(lines[1]).toBe('1993,VEN,PER,130,0,');
    expect(lines).toContain('2025,VEN,PER,5021,529804,1121630');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('merges the answers of several queries into one table, and leaves out people in their own country', () => {
    const items = itemsFromTable(currentPeru);
    const inPeru = items.filter((entry) => entry['coa_iso'] === 'PER');
    const fromPeru = items.filter((entry) => entry['coo_iso'] === 'PER');
    expect(inPeru.length + fromPeru.length).toBe(items.length);
    // Returned refugees come under Peru on both sides, in the answers of both queries.
    const answers = [
      { query: IN_PERU, items: [...inPeru, OWN_COUNTRY_ITEM].reverse() },
      { query: FROM_PERU, items: [OWN_COUNTRY_ITEM, ...fromPeru] },
    ];
    expect(unhcrTable(answers, UNHCR_PERU, UNHCR_PERU.file)).toBe(currentPeru);
    // Each answer is judged by its own query: the same items under each other's query are refused.
    const swapped = answers.map(({ items: asked }, index) => ({
      query: answers[1 - index]!.query,
      items: asked,
    }));
    expect(failure(() => unhcrTable(swapped, UNHCR_PERU, UNHCR_PERU.file)).message).toMatch(
      /is for "\w+" → "PER", the query asked for PER → every country of asylum$/,
    );
  });

  it('leaves out an item of people in their own country whatever it counts, "-" included', () => {
    // The table is of people abroad: such an item is never written, so its counts are never read.
    const items = itemsFromTable(currentPeru);
    const own = { ...OWN_COUNTRY_ITEM, refugees: '-', asylum_seekers: '-' };
    const answers = [
      { query: IN_PERU, items: [...items.filter((entry) => entry['coa_iso'] === 'PER'), own] },
      { query: FROM_PERU, items: items.filter((entry) => entry['coo_iso'] === 'PER') },
    ];
    expect(unhcrTable(answers, UNHCR_PERU, UNHCR_PERU.file)).toBe(currentPeru);
  });

  it('refuses a sum over every origin (what the API answers without coo_all) as a row of no country', () => {
    const sum = item({ coo_iso: '-' });
    const error = failure(() => unhcrTable([{ query: IN_PERU, items: [sum] }], UNHCR_PERU, UNHCR_PERU.file));
    expect(error.details.length).toBeGreaterThan(0);
    for (const detail of error.details) expect(detail).toMatch(/:2: origin_iso3: .*\(got "-"\)$/);
  });

  it('validates with the build schema: a negative count is named with file, line, field and value', () => {
    const items = itemsFromTable(currentVenezuela);
    items[3] = { ...items[3], refugees: -5 };
    const error = failure(() => unhcrTable(venezuela(items), UNHCR_VEN, UNHCR_VEN.file));
    expect(error.details).toEqual([
      `${UNHCR_VEN.file} (as it would be written):5: refugees: must not be negative (got "-5")`,
    ]);
  });

  it('refuses a row given twice (the build rule of one row per year and country pair)', () => {
    const items = itemsFromTable(currentVenezuela);
    const error = failure(() => unhcrTable(venezuela([...items, items[5]]), UNHCR_VEN, UNHCR_VEN.file));
    expect(error.details.join('\n')).toMatch(/:8: year: repeats the row for 2009 .*\(first on line 7\)/);
  });

  it("refuses a year before the dataset's first one (the registry's rule, as the build applies it)", () => {
    const error = failure(() => unhcrTable(venezuela([item({ year: 1950 })]), UNHCR_VEN, UNHCR_VEN.file));
    expect(error.details).toEqual([
      `${UNHCR_VEN.file} (as it would be written):2: year: must be ${UNHCR_VEN.years.from} or later (got "1950")`,
    ]);
  });
});

describe('UNHCR queries', () => {
  it('builds the query URL under any base', () => {
    const tail = 'population/v1/population/?coo=VEN&coa=PER&yearFrom=1951&yearTo=2026&limit=100';
    expect(unhcrUrl('https://api.unhcr.org', QUERY, 2)).toBe(`https://api.unhcr.org/${tail}&page=2`);
    expect(unhcrUrl('https://api.unhcr.org/', QUERY)).toBe(`https://api.unhcr.org/${tail}`);
    expect(unhcrUrl('http://127.0.0.1:8080/mirror', QUERY, 1)).toBe(
      `http://127.0.0.1:8080/mirror/${tail}&page=1`,
    );
  });

  it('asks for a side the query leaves out country by country (coo_all / coa_all), and names the other', () => {
    const base = 'https://api.unhcr.org/population/v1/population/';
    expect(unhcrUrl('https://api.unhcr.org', { ...IN_PERU, ...YEARS }, 1)).toBe(
      `${base}?coo_all=true&coa=PER&yearFrom=1951&yearTo=2026&limit=100&page=1`,
    );
    expect(unhcrUrl('https://api.unhcr.org', { ...FROM_PERU, ...YEARS })).toBe(
      `${base}?coo=PER&coa_all=true&yearFrom=1951&yearTo=2026&limit=100`,
    );
    const parameters = (query: { coo?: string; coa?: string }) => [
      ...new URL(unhcrUrl(base, { ...query, ...YEARS })).searchParams.keys(),
    ];
    // A side named is never also asked for in full, and a query naming both asks for neither in full.
    expect(parameters({ coo: 'VEN', coa: 'PER' })).toEqual(['coo', 'coa', 'yearFrom', 'yearTo', 'limit']);
    expect(parameters({})).toEqual(['coo_all', 'coa_all', 'yearFrom', 'yearTo', 'limit']);
  });

  it('gives a pair of countries 20 pages at most, and a query of every origin or country of asylum 200', () => {
    expect(MAX_PAGES).toEqual({ pair: 20, all: 200 });
    expect(maxPagesOf({ coo: 'VEN', coa: 'PER' })).toBe(MAX_PAGES.pair);
    expect(maxPagesOf(IN_PERU)).toBe(MAX_PAGES.all);
    expect(maxPagesOf(FROM_PERU)).toBe(MAX_PAGES.all);
    expect(maxPagesOf({})).toBe(MAX_PAGES.all);
  });

  it('names a query in words', () => {
    expect(describeQuery({ coo: 'VEN', coa: 'PER' })).toBe('VEN → PER');
    expect(describeQuery(IN_PERU)).toBe('every origin → PER');
    expect(describeQuery(FROM_PERU)).toBe('PER → every country of asylum');
  });
});

describe('UNHCR pages', () => {
  it('follows maxPages and returns the items of every page in order', async () => {
    const asked: number[] = [];
    const items = await fetchAllPages(async (page) => {
      asked.push(page);
      return { page, maxPages: 3, total: 5, items: [`${page}a`, `${page}b`] };
    });
    expect(asked).toEqual([1, 2, 3]);
    expect(items).toEqual(['1a', '1b', '2a', '2b', '3a', '3b']);
  });

  it('accepts page numbers given as strings, and an empty answer of 0 pages', async () => {
    expect(parseUnhcrPage({ page: '2', maxPages: '2', items: [] }, 2)).toEqual({
      page: 2,
      maxPages: 2,
      items: [],
    });
    expect(await fetchAllPages(async () => ({ page: 1, maxPages: 0, items: [] }))).toEqual([]);
  });

  it('never keeps fetching: a page count above the limit is refused after page 1', async () => {
    const asked: number[] = [];
    const error = await rejection(
      fetchAllPages(async (page) => {
        asked.push(page);
        return { page, maxPages: 1_000_000, items: [] };
      }),
    );
    expect(asked).toEqual([1]);
    expect(error.message).toContain(`maxPages is 1000000, more than the ${MAX_PAGES.pair} pages`);
  });

  it('follows as many pages as the limit given allows, and not one more', async () => {
    const answer = (maxPages: number) => async (page: number) => ({ page, maxPages, items: [page] });
    const limit = maxPagesOf(IN_PERU);
    expect(await fetchAllPages(answer(limit), limit)).toHaveLength(limit);
    const error = await rejection(fetchAllPages(answer(limit + 1), limit));
    expect(error.message).toContain(`maxPages is ${limit + 1}, more than the ${limit} pages`);
  });

  it('refuses a page count that changes between pages, and an API that ignores the page asked', async () => {
    let error = await rejection(fetchAllPages(async (page) => ({ page, maxPages: page + 1, items: [] })));
    expect(error.message).toContain('maxPages changed from 2 to 3 on page 2');
    error = await rejection(fetchAllPages(async () => ({ page: 1, maxPages: 5, items: [] })));
    expect(error.message).toContain('page 2 was asked, the answer is page 1');
  });

  it('refuses answers of the wrong shape', () => {
    expect(failure(() => parseUnhcrPage([], 1)).message).toContain('expected a JSON object');
    expect(failure(() => parseUnhcrPage({ page: 1, maxPages: '-', items: [] }, 1)).message).toContain(
      'maxPages is "-"',
    );
    expect(failure(() => parseUnhcrPage({ page: 1, maxPages: 1, items: {} }, 1)).message).toContain(
      'items is not a list',
    );
  });
});
