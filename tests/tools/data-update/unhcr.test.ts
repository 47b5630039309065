/** The UNHCR adapter: query URLs, paged answers, items turned into rows, and the table it writes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetById } from '../../../src/datasets/registry.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import {
  fetchAllPages,
  describeQuery,
  MAX_PAGES,
  maxPagesOf,
  parseUnhcrPage,
  unhcrItemCells,
  unhcrTable,
  unhcrUrl,
} from '../../../tools/data-update/unhcr.ts';
import { failure, PROJECT, rejection, UNHCR, unhcrPages } from './support.ts';

const currentRefugees = readFileSync(join(PROJECT, UNHCR.file), 'utf8');
const QUERY = { coo: 'VEN', coa: 'PER', yearFrom: 1951, yearTo: 2026 };

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

/** API items carrying exactly the figures of the current table ("" oip as "-"). */
function itemsFromCurrentTable(): Record<string, unknown>[] {
  return parseCsv(currentRefugees).map(({ cells }, index) =>
    item({
      year: Number(cells['year']),
      refugees: index % 2 ? cells['refugees'] : Number(cells['refugees']),
      asylum_seekers: cells['asylum_seekers'],
      oip: cells['other_in_need_of_international_protection'] || '-',
    }),
  );
}

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
});

describe('unhcrTable', () => {
  it('writes the exact format of the current table: API items with its figures give the same bytes', () => {
    const items = itemsFromCurrentTable().reverse(); // any order: rows are sorted by year
    expect(unhcrTable([{ query: QUERY, items }], UNHCR, UNHCR.file)).toBe(currentRefugees);
  });

  it('builds the table from the two fixture pages (numeric strings, "-" oip)', () => {
    const text = unhcrTable(
      [{ query: QUERY, items: unhcrPages().flatMap((page) => page.items) }],
      UNHCR,
      UNHCR.file,
    );
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(currentRefugees.split('\r\n')[0]);
    expect(lines[1]).toBe('1993,VEN,PER,130,0,');
    expect(lines).toContain('2025,VEN,PER,5021,529804,1121630');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('validates with the build schema: a negative count is named with file, line, field and value', () => {
    const items = itemsFromCurrentTable();
    items[3] = { ...items[3], refugees: -5 };
    const error = failure(() => unhcrTable([{ query: QUERY, items }], UNHCR, UNHCR.file));
    expect(error.details).toEqual([
      `${UNHCR.file} (as it would be written):5: refugees: must not be negative (got "-5")`,
    ]);
  });

  it('refuses a year given twice (the build rule of one row per year)', () => {
    const items = itemsFromCurrentTable();
    const error = failure(() =>
      unhcrTable([{ query: QUERY, items: [...items, items[5]] }], UNHCR, UNHCR.file),
    );
    expect(error.details.join('\n')).toMatch(/:8: year: repeats the row for 2009 \(first on line 7\)/);
  });

  it("refuses a year before the dataset's first one (the registry's rule, as the build applies it)", () => {
    const error = failure(() =>
      unhcrTable([{ query: QUERY, items: [item({ year: 1950 })] }], UNHCR, UNHCR.file),
    );
    expect(error.details).toEqual([
      `${UNHCR.file} (as it would be written):2: year: must be ${UNHCR.years.from} or later (got "1950")`,
    ]);
  });
});

describe('queries of every origin or every country of asylum', () => {
  const years = { yearFrom: 1951, yearTo: 2026 };

  it('asks for every origin (coo_all) or every country of asylum (coa_all), with a higher page limit', () => {
    expect(unhcrUrl('https://api.unhcr.org', { coa: 'PER', ...years })).toContain('?coo_all=true&coa=PER&');
    expect(unhcrUrl('https://api.unhcr.org', { coo: 'PER', ...years })).toContain('?coo=PER&coa_all=true&');
    expect(maxPagesOf({ coo: 'VEN', coa: 'PER' })).toBe(MAX_PAGES.pair);
    expect(maxPagesOf({ coa: 'PER' })).toBe(MAX_PAGES.all);
    expect(describeQuery({ coa: 'PER' })).toBe('every origin → PER');
  });

  it('joins the answers of several queries, leaving out people counted in their own country', () => {
    const peru = datasetById('unhcr-peru') as typeof UNHCR;
    const text = unhcrTable(
      [
        { query: { coa: 'PER' }, items: [item({ year: 2020 }), item({ year: 2020, coo_iso: 'PER' })] },
        { query: { coo: 'PER' }, items: [item({ year: 2019, coo_iso: 'PER', coa_iso: 'CHL' })] },
      ],
      peru,
      peru.file,
    );
    expect(text.split('\r\n').slice(1, -1)).toEqual([
      '2019,PER,CHL,1230,482571,377864',
      '2020,VEN,PER,1230,482571,377864',
    ]);
  });

  it('refuses an item of an origin the query did not ask for, naming the query', () => {
    expect(
      failure(() => unhcrItemCells(item({ coo_iso: 'COL', coa_iso: 'ECU' }), { coa: 'PER' }, 0)).message,
    ).toContain('the query asked for every origin → PER');
  });
});

describe('UNHCR pages', () => {
  it('builds the query URL under any base', () => {
    const tail = 'population/v1/population/?coo=VEN&coa=PER&yearFrom=1951&yearTo=2026&limit=100';
    expect(unhcrUrl('https://api.unhcr.org', QUERY, 2)).toBe(`https://api.unhcr.org/${tail}&page=2`);
    expect(unhcrUrl('https://api.unhcr.org/', QUERY)).toBe(`https://api.unhcr.org/${tail}`);
    expect(unhcrUrl('http://127.0.0.1:8080/mirror', QUERY, 1)).toBe(
      `http://127.0.0.1:8080/mirror/${tail}&page=1`,
    );
  });

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
