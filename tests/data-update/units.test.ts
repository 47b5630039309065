/** The pure parts of the updater: UNHCR items and pages, CSV writing, diffs and plausibility, config. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import {
  describeDiff,
  diffTables,
  isJump,
  keyRefugeeRow,
  keyStockRow,
  plausibilityProblems,
} from '../../tools/data-update/compare.ts';
import { parseConfig, resolveSources } from '../../tools/data-update/config.ts';
import { csvField, toCsv as serialiseCsv } from '../../src/lib/csv.ts';
import { UpdateFailure } from '../../tools/data-update/failure.ts';
import { contentTypeMatches, networkFailure } from '../../tools/data-update/http.ts';
import {
  canonicalStockCsv,
  serialiseStocks,
  validateRefugees,
  validateStocks,
} from '../../tools/data-update/tables.ts';
import {
  fetchAllPages,
  MAX_PAGES,
  parseUnhcrPage,
  unhcrItemCells,
  unhcrTable,
  unhcrUrl,
} from '../../tools/data-update/unhcr.ts';
import { PROJECT, unhcrPages } from './support.ts';

const REFUGEES_FILE = 'content/data/unhcr-venezuela-to-peru.csv';
const STOCKS_FILE = 'content/data/undesa-ims2020-peru.csv';
const currentRefugees = readFileSync(join(PROJECT, REFUGEES_FILE), 'utf8');
const currentStocks = readFileSync(join(PROJECT, STOCKS_FILE), 'utf8');
const QUERY = { coo: 'VEN', coa: 'PER', yearFrom: 1951, yearTo: 2026 };

/** The UpdateFailure `run` throws; fails the test when it throws nothing or something else. */
function failure(run: () => unknown): UpdateFailure {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UpdateFailure);
    return error as UpdateFailure;
  }
  throw new Error('expected an UpdateFailure');
}

async function rejection(promise: Promise<unknown>): Promise<UpdateFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpdateFailure);
    return error as UpdateFailure;
  }
  throw new Error('expected an UpdateFailure');
}

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

  it('refuses "-" for refugees or asylum seekers instead of reading it as 0', () => {
    for (const field of ['refugees', 'asylum_seekers']) {
      const error = failure(() => unhcrItemCells(item({ year: 2010, [field]: '-' }), QUERY, 4));
      expect(error.message).toContain(`item 5 (year 2010): ${field} is "-" (not reported)`);
      expect(error.message).toContain('not read as 0');
    }
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

  it('writes the exact format of the current table: API items with its figures give the same bytes', () => {
    const items = itemsFromCurrentTable().reverse(); // any order: rows are sorted by year
    expect(unhcrTable(items, QUERY, REFUGEES_FILE)).toBe(currentRefugees);
  });

  it('builds the table from the two fixture pages (numeric strings, "-" oip)', () => {
    const text = unhcrTable(
      unhcrPages().flatMap((page) => page.items),
      QUERY,
      REFUGEES_FILE,
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
    const error = failure(() => unhcrTable(items, QUERY, REFUGEES_FILE));
    expect(error.details).toEqual([
      `${REFUGEES_FILE} (as it would be written):5: refugees: must not be negative (got "-5")`,
    ]);
  });

  it('refuses a year given twice (the build rule of one row per year)', () => {
    const items = itemsFromCurrentTable();
    const error = failure(() => unhcrTable([...items, items[5]], QUERY, REFUGEES_FILE));
    expect(error.details.join('\n')).toMatch(/:8: year: repeats the row for 2009 \(first on line 7\)/);
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
    expect(error.message).toContain(`maxPages is 1000000, more than the ${MAX_PAGES} pages`);
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

describe('CSV writing', () => {
  it('quotes only fields that need it, doubles quotes, ends every record with CRLF', () => {
    expect(csvField('Peru')).toBe('Peru');
    expect(csvField('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(csvField('the "big" one')).toBe('"the ""big"" one"');
    const rows = [
      { a: 'x,y', b: 'say "hi"' },
      { a: 'two\nlines', b: '' },
    ];
    const text = serialiseCsv(['a', 'b'], rows);
    expect(text).toBe('a,b\r\n"x,y","say ""hi"""\r\n"two\nlines",\r\n');
    expect(parseCsv(text).map((record) => record.cells)).toEqual(rows);
  });

  it('writes stock tables in one canonical order whatever the order received', () => {
    const rows = validateStocks(currentStocks, STOCKS_FILE).map((entry) => entry.row);
    const shuffled = [...rows].sort((a, b) => a.country.localeCompare(b.country) || b.year - a.year);
    const text = serialiseStocks(shuffled);
    expect(serialiseStocks(rows)).toBe(text);
    expect(text.split('\r\n')[1]).toBe('emigrants,WLD,World (total),1990,313209');
    // The same rows as the current file, and valid under the build's rules.
    const again = validateStocks(text, STOCKS_FILE).map((entry) => entry.row);
    expect(new Set(again.map((row) => JSON.stringify(row)))).toEqual(
      new Set(rows.map((row) => JSON.stringify(row))),
    );
  });

  it('refuses a downloaded stock CSV with other columns in one message', () => {
    const text = currentStocks.replace('direction,iso3,country,year,count', 'direction,iso3,name,year,count');
    const error = failure(() => canonicalStockCsv(text, STOCKS_FILE));
    expect(error.message).toContain('missing country; unknown name');
    expect(error.details).toEqual([]);
  });

  it('names the downloaded line of a bad stock row', () => {
    const text = currentStocks.replace(
      'emigrants,USA,United States,1990,144199',
      'emigrants,USA,United States,1990,-1',
    );
    const error = failure(() => canonicalStockCsv(text, STOCKS_FILE));
    expect(error.details).toEqual([
      `${STOCKS_FILE} (as downloaded):3: count: must not be negative (got "-1")`,
    ]);
  });
});

describe('diffs and plausibility', () => {
  const threshold = { maxRelativeChange: 0.5, absoluteFloor: 50 };
  const refugees = validateRefugees(currentRefugees, REFUGEES_FILE).map((entry) => keyRefugeeRow(entry.row));

  it('treats a change as a jump only above both the relative threshold and the absolute floor', () => {
    expect(isJump(3, 7, threshold)).toBe(false); // +133 %, but 4 people
    expect(isJump(0, 40, threshold)).toBe(false);
    expect(isJump(0, 400, threshold)).toBe(true);
    expect(isJump(300_000, 440_000, threshold)).toBe(false); // +47 %
    expect(isJump(300_000, 700_000, threshold)).toBe(true);
    expect(isJump(300_000, 100_000, threshold)).toBe(true); // −67 %
  });

  it('finds rows added, removed and changed', () => {
    const next = refugees
      .filter((row) => !row.key.startsWith('2003|'))
      .map((row) =>
        row.key.startsWith('2025|') ? { ...row, counts: { ...row.counts, refugees: 5000 } } : row,
      );
    next.push({ ...refugees[0]!, key: '2026|VEN|PER', label: '2026 VEN→PER' });
    const diff = diffTables(refugees, next);
    expect(diff.added.map((row) => row.label)).toEqual(['2026 VEN→PER']);
    expect(diff.removed.map((row) => row.label)).toEqual(['2003 VEN→PER']);
    expect(diff.changed).toEqual([
      { key: '2025|VEN|PER', label: '2025 VEN→PER', fields: [{ column: 'refugees', old: 4963, new: 5000 }] },
    ]);
    expect(describeDiff(diff)).toEqual([
      '1 row added, 1 removed, 1 changed',
      '  + 2026 VEN→PER: refugees 130, asylum_seekers 0, other_in_need_of_international_protection (blank)',
      '  - 2003 VEN→PER',
      '  ~ 2025 VEN→PER: refugees 4963 → 5000',
    ]);
    expect(describeDiff(diffTables(refugees, refugees))).toEqual(['no change']);
  });

  it('names dropped rows, counts no longer reported, and jumps with old and new values', () => {
    const next = refugees
      .filter((row) => !row.key.startsWith('2003|'))
      .map((row) => {
        if (row.key.startsWith('2023|'))
          return { ...row, counts: { ...row.counts, asylum_seekers: 2_000_000 } };
        if (row.key.startsWith('2019|')) {
          return { ...row, counts: { ...row.counts, other_in_need_of_international_protection: null } };
        }
        if (row.key.startsWith('2009|')) return { ...row, counts: { ...row.counts, refugees: 30 } }; // 12 → 30: small
        return row;
      });
    expect(plausibilityProblems(diffTables(refugees, next), threshold)).toEqual([
      'drops 1 row present now: 2003 VEN→PER',
      '2019 VEN→PER: other_in_need_of_international_protection was 377864, the new data does not report it',
      '2023 VEN→PER: asylum_seekers jumps from 493476 to 2000000 (+305.3 %), more than the 50 % allowed',
    ]);
  });

  it('keys stock rows by direction, country and year; a renamed country is a change, not a jump', () => {
    const rows = validateStocks(currentStocks, STOCKS_FILE).map((entry) => keyStockRow(entry.row));
    const next = rows.map((row) =>
      row.key === 'emigrants|PRK|2020' ? { ...row, texts: { country: 'Korea (the source label)' } } : row,
    );
    const diff = diffTables(rows, next);
    expect(diff.changed).toEqual([
      {
        key: 'emigrants|PRK|2020',
        label: 'emigrants PRK 2020',
        fields: [{ column: 'country', old: 'North Korea', new: 'Korea (the source label)' }],
      },
    ]);
    expect(plausibilityProblems(diff, threshold)).toEqual([]);
    const dropped = plausibilityProblems(
      diffTables(
        rows,
        rows.filter((row) => !row.key.startsWith('emigrants|PRK|')),
      ),
      threshold,
    );
    expect(dropped).toEqual([
      'drops 7 rows present now: emigrants PRK 1990, emigrants PRK 1995, emigrants PRK 2000, emigrants PRK 2005, ' +
        'emigrants PRK 2010, emigrants PRK 2015, emigrants PRK 2020',
    ]);
  });
});

describe('config', () => {
  const config = parseConfig(readFileSync(join(PROJECT, 'data-sources.json'), 'utf8'), 'data-sources.json');

  it('the project config is valid: UNHCR from its public API, UN DESA without a URL', () => {
    expect(config.timeoutSeconds).toBe(30);
    expect(config.datasets.map((d) => [d.id, d.adapter, d.url, d.urlEnv])).toEqual([
      ['unhcr-venezuela-to-peru', 'unhcr-population', 'https://api.unhcr.org', 'DATA_SOURCE_UNHCR_URL'],
      ['undesa-ims2020-peru', 'csv-stock', null, 'DATA_SOURCE_UNDESA_URL'],
    ]);
  });

  it('takes a URL from --source first, then the environment, then the config', () => {
    const urls = (env: Record<string, string>, flags: string[]) =>
      resolveSources(config, env, flags).map((source) => [source.url, source.origin]);
    expect(urls({}, [])).toEqual([
      ['https://api.unhcr.org', 'config'],
      [null, null],
    ]);
    expect(
      urls({ DATA_SOURCE_UNHCR_URL: 'http://a.test', DATA_SOURCE_UNDESA_URL: 'http://b.test/x.csv' }, []),
    ).toEqual([
      ['http://a.test', 'env'],
      ['http://b.test/x.csv', 'env'],
    ]);
    expect(
      urls({ DATA_SOURCE_UNHCR_URL: 'http://a.test' }, ['unhcr-venezuela-to-peru=http://c.test']),
    ).toEqual([
      ['http://c.test', 'flag'],
      [null, null],
    ]);
  });

  it('refuses a --source for an unknown dataset, and URLs that are not http(s)', () => {
    expect(failure(() => resolveSources(config, {}, ['nope=http://a.test'])).message).toContain(
      'with id one of unhcr-venezuela-to-peru, undesa-ims2020-peru',
    );
    expect(
      failure(() => resolveSources(config, { DATA_SOURCE_UNHCR_URL: 'file:///etc/passwd' }, [])).message,
    ).toContain('DATA_SOURCE_UNHCR_URL: "file:///etc/passwd" is not an http:// or https:// URL');
  });

  it('refuses an unknown key, a target outside content/data/ and a repeated id, naming each', () => {
    const raw = JSON.parse(readFileSync(join(PROJECT, 'data-sources.json'), 'utf8'));
    raw.datasets[0].treshold = 0.5;
    raw.datasets[1].target = '../elsewhere.csv';
    raw.datasets.push({
      ...raw.datasets[0],
      treshold: undefined,
      target: 'content/data/other.csv',
      urlEnv: 'X',
    });
    const error = failure(() => parseConfig(JSON.stringify(raw), 'data-sources.json'));
    const details = error.details.join('\n');
    expect(details).toContain('datasets.0.treshold: unknown field treshold');
    expect(details).toContain('datasets.1.target: must be a .csv file directly under content/data/');
    expect(details).toContain('datasets.2.id: is used by two datasets');
  });
});

describe('HTTP helpers', () => {
  it('recognises JSON and CSV content types, parameters included', () => {
    expect(contentTypeMatches('application/json; charset=utf-8', 'json')).toBe(true);
    expect(contentTypeMatches('application/problem+json', 'json')).toBe(true);
    expect(contentTypeMatches('text/html', 'json')).toBe(false);
    expect(contentTypeMatches('text/csv;charset=UTF-8', 'csv')).toBe(true);
    expect(contentTypeMatches('text/html; charset=utf-8', 'csv')).toBe(false);
    expect(contentTypeMatches(null, 'csv')).toBe(false);
  });

  it('describes DNS and connection errors in words', () => {
    const dns = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ENOTFOUND', hostname: 'api.unhcr.example' },
    });
    expect(networkFailure(dns, false, 30_000).message).toBe(
      'DNS error: could not resolve host api.unhcr.example (ENOTFOUND)',
    );
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ECONNREFUSED', address: '127.0.0.1', port: 9 },
    });
    expect(networkFailure(refused, false, 30_000).message).toBe(
      'connection error: connection refused by 127.0.0.1:9 (ECONNREFUSED)',
    );
    expect(networkFailure(new Error('aborted'), true, 500).message).toBe(
      'timed out: no complete answer within 0.5 s',
    );
  });
});
