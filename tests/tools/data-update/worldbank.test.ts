/** The World Bank adapter: query URLs, paged answers, rows turned into amounts, and the table it writes. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv.ts';
import {
  diffTables,
  keyRemittancesRow,
  keyRow,
  plausibilityProblems,
} from '../../../tools/data-update/compare.ts';
import { validateTable } from '../../../tools/data-update/tables.ts';
import {
  fetchAllWorldBankPages,
  isEconomyCode,
  MAX_PAGES,
  parseWorldBankPage,
  PER_PAGE,
  seriesValues,
  worldBankIndicatorsUrl,
  worldBankTable,
  worldBankUrl,
} from '../../../tools/data-update/worldbank.ts';
import {
  AGGREGATES,
  SERIES,
  SERIES_COLUMNS,
  worldBankAnswer,
  worldBankRow,
  worldBankRows,
  type WorldBankRow,
} from './flow-sources.ts';
import { failure, fixture, projectFile, rejection, WORLD_BANK } from './support.ts';

const committed = projectFile(WORLD_BANK.file);
/** The table as the updater's canonical writer gives it (CRLF: the run writes it with the file's LF). */
const asWritten = (table: string) => table.replaceAll('\n', '\r\n');
const QUERY = { series: SERIES.received_usd, yearFrom: 1990, yearTo: 2026 };

describe('World Bank queries', () => {
  it('builds the query URL of a series for every country under any base', () => {
    const tail = `v2/country/all/indicator/BX.TRF.PWKR.CD.DT?format=json&date=1990:2026&per_page=${PER_PAGE}`;
    expect(worldBankUrl('https://api.worldbank.org', QUERY, 2)).toBe(
      `https://api.worldbank.org/${tail}&page=2`,
    );
    expect(worldBankUrl('https://api.worldbank.org/', QUERY)).toBe(`https://api.worldbank.org/${tail}`);
    expect(worldBankUrl('http://127.0.0.1:8080/mirror', QUERY, 1)).toMatch(
      /^http:\/\/127\.0\.0\.1:8080\/mirror\/v2\/country\/all\/indicator\/BX\.TRF\.PWKR\.CD\.DT\?format=json&/,
    );
    expect(worldBankIndicatorsUrl('https://api.worldbank.org')).toBe(
      'https://api.worldbank.org/v2/country/all/indicator/',
    );
  });

  it('asks for the three series the registry names, one column each', () => {
    expect(WORLD_BANK.update.series).toEqual({
      received_usd: 'BX.TRF.PWKR.CD.DT',
      paid_usd: 'BM.TRF.PWKR.CD.DT',
      gdp_usd: 'NY.GDP.MKTP.CD',
    });
  });
});

describe('World Bank pages', () => {
  const page = (n: number, pages: number, total: number, rows: unknown[] = []) => [
    { page: n, pages, per_page: '1000', total, sourceid: '2' },
    rows,
  ];

  it('reads the fixture page: [meta, rows], counts as numbers or numeric strings', () => {
    const answer = parseWorldBankPage(JSON.parse(fixture('worldbank-page.json')), 1);
    expect(answer).toMatchObject({ page: 1, pages: 1, total: 13 });
    expect(answer.rows).toHaveLength(13);
    expect(parseWorldBankPage([{ page: '2', pages: '3', total: '7' }, []], 2)).toEqual({
      page: 2,
      pages: 3,
      total: 7,
      rows: [],
    });
    // A series with no row at all: null in place of the rows.
    expect(parseWorldBankPage([{ page: 1, pages: 0, total: 0 }, null], 1).rows).toEqual([]);
  });

  it('follows pages and returns the rows of every page in order', async () => {
    const asked: number[] = [];
    const rows = await fetchAllWorldBankPages(async (n) => {
      asked.push(n);
      return page(n, 3, 6, [`${n}a`, `${n}b`]);
    });
    expect(asked).toEqual([1, 2, 3]);
    expect(rows).toEqual(['1a', '1b', '2a', '2b', '3a', '3b']);
  });

  it('never keeps fetching: a page count above the limit is refused after page 1', async () => {
    const asked: number[] = [];
    const error = await rejection(
      fetchAllWorldBankPages(async (n) => {
        asked.push(n);
        return page(n, 1_000_000, 0);
      }),
    );
    expect(asked).toEqual([1]);
    expect(error.message).toBe(
      `unexpected answer: pages is 1000000, more than the ${MAX_PAGES} pages this series can have`,
    );
    // As many pages as the limit allows are followed.
    const full = await fetchAllWorldBankPages(async (n) => page(n, MAX_PAGES, MAX_PAGES, [n]));
    expect(full).toHaveLength(MAX_PAGES);
  });

  it('refuses a page count or total that changes between pages, and an API that ignores the page asked', async () => {
    let error = await rejection(fetchAllWorldBankPages(async (n) => page(n, n + 1, 4, [n])));
    expect(error.message).toBe('unexpected answer: pages changed from 2 to 3 on page 2');
    error = await rejection(fetchAllWorldBankPages(async (n) => page(n, 2, 4 + n, [n])));
    expect(error.message).toBe('unexpected answer: total changed from 5 to 6 on page 2');
    error = await rejection(fetchAllWorldBankPages(async () => page(1, 5, 10)));
    expect(error.message).toBe('unexpected answer: page 2 was asked, the answer is page 1');
  });

  it('refuses pages that hold fewer rows than the total they announce', async () => {
    const error = await rejection(fetchAllWorldBankPages(async (n) => page(n, 2, 2000, [n])));
    expect(error.message).toBe('unexpected answer: it announces 2000 rows, its 2 pages held 2');
  });

  it('relays the API’s own refusal (HTTP 200 with a message), and refuses answers of the wrong shape', () => {
    const refused = [
      { message: [{ id: '120', key: 'Invalid value', value: 'The provided parameter value is not valid' }] },
    ];
    expect(failure(() => parseWorldBankPage(refused, 1)).message).toBe(
      'the World Bank API refused the query: 120 Invalid value The provided parameter value is not valid',
    );
    expect(failure(() => parseWorldBankPage({ page: 1 }, 1)).message).toBe(
      'unexpected answer: expected a JSON array [meta, rows]',
    );
    expect(failure(() => parseWorldBankPage([{ page: 1, pages: '-', total: 1 }, []], 1)).message).toBe(
      'unexpected answer: pages is "-", not a page count',
    );
    expect(failure(() => parseWorldBankPage([{ page: 1, pages: 1 }, []], 1)).message).toBe(
      'unexpected answer: total is undefined, not a row count',
    );
    expect(failure(() => parseWorldBankPage([{ page: 1, pages: 1, total: 1 }, {}], 1)).message).toBe(
      'unexpected answer: its rows are not a list',
    );
  });
});

describe('seriesValues', () => {
  const rows = (JSON.parse(fixture('worldbank-page.json')) as [unknown, WorldBankRow[]])[1];

  it('keeps economies (ISO codes and XKX), rounds to whole dollars, keeps a published 0 and null', () => {
    const values = seriesValues(rows, SERIES.received_usd);
    expect(Object.fromEntries(values)).toEqual({
      'CUB|2023': null,
      'MEX|2023': 66237847600,
      'MEX|2022': 61457717975,
      'PER|2023': 4446181862,
      'PER|2022': 3707556166,
      'VEN|2023': 0,
      'VEN|2022': 0,
      'XKX|2023': 1832626790,
      'XKX|2022': 1612854276,
    });
  });

  it('leaves out regions, income groups and rows without a code: only codes the table’s schema accepts', () => {
    for (const { code } of AGGREGATES) expect(isEconomyCode(code)).toBe(false);
    for (const code of ['PER', 'XKX', 'USA']) expect(isEconomyCode(code)).toBe(true);
    // The World Bank's own codes that are not ISO 3166-1: the Channel Islands, and a lower-case code.
    expect(isEconomyCode('CHI')).toBe(false);
    expect(isEconomyCode('per')).toBe(false);
  });

  it('refuses a row of another series, without a year, with a value that is not a number, or given twice', () => {
    const per = worldBankRow('received_usd', 'PER', 2023, 1);
    expect(failure(() => seriesValues([per], SERIES.paid_usd)).message).toBe(
      'unexpected answer: row 1 is of indicator "BX.TRF.PWKR.CD.DT", the query asked for BM.TRF.PWKR.CD.DT',
    );
    expect(failure(() => seriesValues([{ ...per, date: '2023Q1' }], SERIES.received_usd)).message).toBe(
      'unexpected answer: row 1 ("PER") has date "2023Q1", not a year',
    );
    expect(failure(() => seriesValues([per, { ...per, value: 'n/a' }], SERIES.received_usd)).message).toBe(
      'unexpected answer: row 2 (PER 2023) has value "n/a", not a number or null',
    );
    expect(failure(() => seriesValues([per, per], SERIES.received_usd)).message).toBe(
      'unexpected answer: row 2 (PER 2023) is given twice',
    );
    expect(failure(() => seriesValues(['x'], SERIES.received_usd)).message).toBe(
      'unexpected answer: row 1 is not an object',
    );
    // Older answers wrote values as decimal strings.
    expect(seriesValues([{ ...per, value: '2087889553821.68' }], SERIES.received_usd).get('PER|2023')).toBe(
      2087889553822,
    );
  });
});

describe('worldBankTable', () => {
  it('writes the exact rows of the current table: API rows with its figures (cents, aggregates, Cuba’s GDP) give the same table', () => {
    const table = worldBankTable(worldBankRows(), SERIES, WORLD_BANK, WORLD_BANK.file);
    expect(table).toBe(asWritten(committed));
  });

  it('writes a row only where received or paid has a value, the other cells blank where their series has none', () => {
    const rows = {
      received_usd: [
        worldBankRow('received_usd', 'PER', 2023, 10.4),
        worldBankRow('received_usd', 'CHL', 2023, null),
      ],
      paid_usd: [worldBankRow('paid_usd', 'PER', 2023, null), worldBankRow('paid_usd', 'CHL', 2022, 0)],
      gdp_usd: [
        worldBankRow('gdp_usd', 'PER', 2023, 267603248655.2),
        worldBankRow('gdp_usd', 'CHL', 2023, 1),
        worldBankRow('gdp_usd', 'CUB', 2023, 2),
      ],
    };
    expect(worldBankTable(rows, SERIES, WORLD_BANK, 'x.csv')).toBe(
      'iso3,year,received_usd,paid_usd,gdp_usd\r\nCHL,2022,,0,\r\nPER,2023,10,,267603248655\r\n',
    );
  });

  it('validates with the build schema: a negative amount is named with file, line, field and value', () => {
    const rows = worldBankRows();
    rows.paid_usd.find((row) => row.countryiso3code === 'PER' && row.date === '2023')!.value = -5;
    const error = failure(() => worldBankTable(rows, SERIES, WORLD_BANK, WORLD_BANK.file));
    expect(error.message).toBe('1 row problem: the new table fails validation');
    expect(error.details).toEqual([
      expect.stringMatching(
        /^content\/data\/flows\/wdi-remittances\.csv \(as it would be written\):\d+: paid_usd: must not be negative \(got "-5"\)$/,
      ),
    ]);
  });

  it("refuses a year before the dataset's first one", () => {
    const rows = worldBankRows();
    rows.received_usd.push(worldBankRow('received_usd', 'PER', 1989, 5));
    const error = failure(() => worldBankTable(rows, SERIES, WORLD_BANK, 'x.csv'));
    expect(error.details).toEqual([
      expect.stringMatching(
        /^x\.csv \(as it would be written\):\d+: year: must be 1990 or later \(got "1989"\)$/,
      ),
    ]);
  });

  it('names the series whose rows are wrong', () => {
    const rows = worldBankRows();
    const at = rows.gdp_usd.findIndex((row) => row.countryiso3code === 'PER' && row.date === '2023');
    rows.gdp_usd[at] = { ...rows.gdp_usd[at]!, value: 'x' as unknown as number };
    expect(failure(() => worldBankTable(rows, SERIES, WORLD_BANK, 'x.csv')).message).toBe(
      `NY.GDP.MKTP.CD (gdp_usd): unexpected answer: row ${at + 1} (PER 2023) has value "x", not a number or null`,
    );
  });
});

describe('the stand-in API', () => {
  it('pages its rows as the API does, so that every page together is every row', () => {
    const rows = worldBankRows();
    const first = worldBankAnswer(rows, {
      column: 'paid_usd',
      series: SERIES.paid_usd,
      yearFrom: 1990,
      yearTo: 2026,
      perPage: PER_PAGE,
      page: 1,
    });
    expect(first[0].pages).toBeGreaterThan(1);
    expect(first[0].total).toBe(rows.paid_usd.length);
    expect(SERIES_COLUMNS).toEqual(['received_usd', 'paid_usd', 'gdp_usd']);
  });
});

describe('comparing remittances tables', () => {
  const current = validateTable(WORLD_BANK, committed, WORLD_BANK.file).map((entry) =>
    keyRow('remittances', entry.row),
  );

  it('keys a row by economy and year, with its three amounts', () => {
    const row = { iso3: 'PER', year: 2016, received_usd: 2883886545, paid_usd: 0, gdp_usd: null };
    expect(keyRemittancesRow(row)).toEqual({
      key: 'PER|2016',
      label: 'PER 2016',
      series: 'PER',
      year: 2016,
      counts: { received_usd: 2883886545, paid_usd: 0, gdp_usd: null },
      texts: {},
    });
    expect(current).toHaveLength(parseCsv(committed).length);
  });

  it('refuses a change of units (amounts in thousands) and an amount no longer reported', () => {
    const next = current.map((row) =>
      row.key === 'PER|2023'
        ? { ...row, counts: { ...row.counts, received_usd: 4446181862 * 1000, paid_usd: null } }
        : row,
    );
    expect(plausibilityProblems(diffTables(current, next), WORLD_BANK.update.plausibility)).toEqual([
      'PER 2023: received_usd jumps from 4446181862 to 4446181862000 (+99900 %), more than the 300 % allowed',
      'PER 2023: paid_usd was 321549531, the new data does not report it',
    ]);
  });
});
