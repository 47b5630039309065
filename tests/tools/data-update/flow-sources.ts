/**
 * Stand-ins for the sources of the flow tables the updater refreshes, built from the committed tables
 * so that a good answer reproduces them: the World Bank Indicators API (v2) and CBP's Nationwide
 * Encounters file. Imports nothing from support.ts (which imports this).
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { datasetById } from '../../../src/datasets/registry.ts';
import { csvField, parseCsv } from '../../../src/lib/csv.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');

export const WORLD_BANK = datasetById('wdi-remittances') as Extract<
  ReturnType<typeof datasetById>,
  { id: 'wdi-remittances' }
>;
export const CBP = datasetById('cbp-southwest-border-encounters') as Extract<
  ReturnType<typeof datasetById>,
  { id: 'cbp-southwest-border-encounters' }
>;

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void;

function committed(file: string): string {
  return readFileSync(join(PROJECT, file), 'utf8');
}

// ——— World Bank ————————————————————————————————————————————————————————————————————

/** The part of an API path before the indicator code. */
export const WORLD_BANK_PATH = '/v2/country/all/indicator/';
/** The table's columns and the series each comes from, as the registry says. */
export const SERIES = WORLD_BANK.update.series;
export type SeriesColumn = keyof typeof SERIES;
export const SERIES_COLUMNS = Object.keys(SERIES) as SeriesColumn[];

/** One row of an answer, as the API writes it. */
export interface WorldBankRow {
  indicator: { id: string; value: string };
  country: { id: string; value: string };
  countryiso3code: string;
  date: string;
  value: number | null;
  unit: string;
  obs_status: string;
  decimal: number;
}

/** The first element of an answer. */
export interface WorldBankMeta {
  page: number;
  pages: number;
  per_page: number | string;
  total: number;
  sourceid: string;
  lastupdated: string;
}

const INDICATOR_NAMES: Record<SeriesColumn, string> = {
  received_usd: 'Personal remittances, received (current US$)',
  paid_usd: 'Personal remittances, paid (current US$)',
  gdp_usd: 'GDP (current US$)',
};

export function worldBankRow(
  column: SeriesColumn,
  code: string,
  year: number | string,
  value: number | null,
  country: { id: string; value: string } = { id: code.slice(0, 2), value: code },
): WorldBankRow {
  return {
    indicator: { id: SERIES[column], value: INDICATOR_NAMES[column] },
    country,
    countryiso3code: code,
    date: String(year),
    value,
    unit: '',
    obs_status: '',
    decimal: 0,
  };
}

/**
 * Codes the API gives besides economies, which the table leaves out: regions and income groups (with
 * their own three-letter codes) and "Not classified", which has none.
 */
export const AGGREGATES = [
  { code: 'WLD', country: { id: '1W', value: 'World' } },
  { code: 'LCN', country: { id: 'ZJ', value: 'Latin America & Caribbean' } },
  { code: 'HIC', country: { id: 'XD', value: 'High income' } },
  { code: 'EUU', country: { id: 'EU', value: 'European Union' } },
  { code: '', country: { id: 'XX', value: 'Not classified' } },
];

/** An amount as the API might publish it: with cents (they round back to the table's whole dollars). */
function withCents(value: number, index: number): number {
  if (value === 0) return 0; // a published 0 is exactly 0
  return value + (index % 2 === 0 ? 0.25 : -0.4);
}

/**
 * A few economies of the committed table, for the cases that build a whole table: the same rules,
 * a fraction of the rows (`smallWorldBankTable` is what a copy of the project gets as its table).
 */
const SMALL_WORLD = new Set(['CHL', 'MEX', 'PER', 'VEN', 'XKX']);
export function smallWorldBankTable(): string {
  const [header, ...lines] = committed(WORLD_BANK.file).trimEnd().split('\n');
  return `${[header, ...lines.filter((line) => SMALL_WORLD.has(line.slice(0, 3)))].join('\n')}\n`;
}

const knownRows = new Map<string, Record<SeriesColumn, WorldBankRow[]>>();

/**
 * What the stand-in API knows, series by series: every row of `table` (the committed one unless
 * given; a blank cell as null, amounts with cents), GDP of an economy that has no remittances row
 * (Cuba), and aggregates for every year. A good answer reproduces `table`. A fresh copy each call:
 * a test may alter it.
 */
export function worldBankRows(
  table: string = committed(WORLD_BANK.file),
): Record<SeriesColumn, WorldBankRow[]> {
  let known = knownRows.get(table);
  if (!known) {
    const rows = { received_usd: [], paid_usd: [], gdp_usd: [] } as Record<SeriesColumn, WorldBankRow[]>;
    parseCsv(table).forEach(({ cells }, index) => {
      for (const column of SERIES_COLUMNS) {
        const cell = cells[column]!;
        rows[column].push(
          worldBankRow(
            column,
            cells['iso3']!,
            cells['year']!,
            cell === '' ? null : withCents(Number(cell), index),
          ),
        );
      }
    });
    for (let year = 1990; year <= 2025; year++) {
      rows.gdp_usd.push(worldBankRow('gdp_usd', 'CUB', year, year < 2024 ? 100_000_000_000 + year : null));
      for (const [index, { code, country }] of AGGREGATES.entries()) {
        for (const column of SERIES_COLUMNS) {
          rows[column].push(worldBankRow(column, code, year, (index + 1) * 1_000_000_000.5, country));
        }
      }
    }
    // The API lists the latest year first, code by code.
    for (const column of SERIES_COLUMNS) {
      rows[column].sort(
        (a, b) =>
          (a.countryiso3code < b.countryiso3code ? -1 : a.countryiso3code > b.countryiso3code ? 1 : 0) ||
          Number(b.date) - Number(a.date),
      );
    }
    known = rows;
    knownRows.set(table, known);
  }
  return structuredClone(known);
}

/** What a request to the API asks for. */
export interface WorldBankRequest {
  column: SeriesColumn | undefined;
  series: string;
  yearFrom: number;
  yearTo: number;
  perPage: number;
  page: number;
}

export function worldBankRequest(url: URL): WorldBankRequest {
  const series = decodeURIComponent(
    url.pathname.slice(url.pathname.indexOf(WORLD_BANK_PATH) + WORLD_BANK_PATH.length),
  );
  const [from, to] = (url.searchParams.get('date') ?? '1960:2100').split(':').map(Number) as [number, number];
  return {
    column: SERIES_COLUMNS.find((column) => SERIES[column] === series),
    series,
    yearFrom: from,
    yearTo: to,
    perPage: Number(url.searchParams.get('per_page') ?? 50),
    page: Number(url.searchParams.get('page') ?? 1),
  };
}

/** The API's answer to `request`: the series' rows in the years asked, one page of them. */
export function worldBankAnswer(
  rows: Record<SeriesColumn, readonly WorldBankRow[]>,
  request: WorldBankRequest,
): [WorldBankMeta, WorldBankRow[]] {
  const selected = (request.column === undefined ? [] : rows[request.column]).filter(
    (row) => Number(row.date) >= request.yearFrom && Number(row.date) <= request.yearTo,
  );
  const { perPage, page } = request;
  return [
    {
      page,
      pages: Math.ceil(selected.length / perPage),
      // Older answers give per_page as a string: the updater reads either.
      per_page: String(perPage),
      total: selected.length,
      sourceid: '2',
      lastupdated: '2025-07-01',
    },
    selected.slice((page - 1) * perPage, page * perPage),
  ];
}

function sendJson(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/**
 * A stand-in for the World Bank Indicators API at any address whose path holds `/v2/country/all/indicator/`:
 * it answers each request from `rows` by its indicator and query. An unknown indicator gets the API's
 * refusal (HTTP 200, a message). `alter` may replace an answer.
 */
export function worldBankApi(
  rows: Record<SeriesColumn, readonly WorldBankRow[]> = worldBankRows(),
  alter?: (answer: [WorldBankMeta, WorldBankRow[]], request: WorldBankRequest) => unknown,
): Handler {
  return (_request, response, url) => {
    if (!url.pathname.includes(WORLD_BANK_PATH)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const request = worldBankRequest(url);
    if (request.column === undefined) {
      sendJson(response, [
        {
          message: [{ id: '120', key: 'Invalid value', value: 'The provided parameter value is not valid' }],
        },
      ]);
      return;
    }
    const answer = worldBankAnswer(rows, request);
    sendJson(response, alter ? alter(answer, request) : answer);
  };
}

/**
 * The stand-in's rows revised as a newer vintage might be: Peru's remittances received in 2023
 * revised (4,446,181,862 → 4,447,000,000), Mexico's paid in 2023 too, and a first row for 2024
 * (Peru). The table it gives: 1 row added, 2 changed.
 */
export function revisedWorldBankRows(): Record<SeriesColumn, WorldBankRow[]> {
  const rows = worldBankRows();
  const revise = (column: SeriesColumn, code: string, year: string, value: number) => {
    const row = rows[column].find((entry) => entry.countryiso3code === code && entry.date === year)!;
    row.value = value;
  };
  revise('received_usd', 'PER', '2023', 4_447_000_000.2);
  revise('paid_usd', 'MEX', '2023', 1_200_000_000);
  rows.received_usd.push(worldBankRow('received_usd', 'PER', 2024, 4_900_000_000));
  rows.paid_usd.push(worldBankRow('paid_usd', 'PER', 2024, null));
  rows.gdp_usd.push(worldBankRow('gdp_usd', 'PER', 2024, 289_222_000_000.7));
  return rows;
}

// ——— CBP ———————————————————————————————————————————————————————————————————————————

/** The columns of CBP's Nationwide Encounters file, in its order. */
export const CBP_HEADER = [
  'Fiscal Year',
  'Month Grouping',
  'Month (abbv)',
  'Component',
  'Land Border Region',
  'Area of Responsibility',
  'AOR (Abbv)',
  'Demographic',
  'Citizenship',
  'Title of Authority',
  'Encounter Type',
  'Encounter Count',
];

/** CBP's name of each code the table has. */
export const CBP_NAMES: Record<string, string> = {
  BRA: 'BRAZIL',
  CAN: 'CANADA',
  CHN: 'CHINA, PEOPLES REPUBLIC OF',
  COL: 'COLOMBIA',
  CUB: 'CUBA',
  ECU: 'ECUADOR',
  SLV: 'EL SALVADOR',
  GTM: 'GUATEMALA',
  HTI: 'HAITI',
  HND: 'HONDURAS',
  IND: 'INDIA',
  MEX: 'MEXICO',
  MMR: 'MYANMAR (BURMA)',
  NIC: 'NICARAGUA',
  PER: 'PERU',
  PHL: 'PHILIPPINES',
  ROU: 'ROMANIA',
  RUS: 'RUSSIA',
  TUR: 'TURKEY',
  UKR: 'UKRAINE',
  VEN: 'VENEZUELA',
  OTH: 'OTHER',
};

const MONTH_ABBREVIATIONS = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
];

/** One row of the table: a month, its fiscal year, a code, a count. */
export interface EncounterRow {
  month: string;
  fiscal_year: number;
  citizenship: string;
  encounters: number;
}

export function committedEncounters(): EncounterRow[] {
  return parseCsv(committed(CBP.file)).map(({ cells }) => ({
    month: cells['month']!,
    fiscal_year: Number(cells['fiscal_year']),
    citizenship: cells['citizenship']!,
    encounters: Number(cells['encounters']),
  }));
}

/**
 * CBP's file holding `rows` (of the table's shape) as CBP writes them: each count split over several
 * lines (Border Patrol apprehensions and Field Operations inadmissibles, in two demographic groups and
 * two areas), a line of 0 here and there, and lines of the northern border and other regions that the
 * table leaves out. The fiscal year under way is written `2025 (FYTD)`.
 */
export function cbpFile(rows: readonly EncounterRow[], fytd = 2025): string {
  const lines = [CBP_HEADER.map(csvField).join(',')];
  const line = (row: EncounterRow, cells: string[], count: number) => {
    const month = Number(row.month.slice(5));
    const fiscal = row.fiscal_year === fytd ? `${row.fiscal_year} (FYTD)` : String(row.fiscal_year);
    const name = CBP_NAMES[row.citizenship] ?? row.citizenship;
    const [component, region, area, abbreviation, demographic, title, type] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    lines.push(
      [
        fiscal,
        'FYTD',
        MONTH_ABBREVIATIONS[month - 1]!,
        component,
        region,
        area,
        abbreviation,
        demographic,
        name,
        title,
        type,
        String(count),
      ]
        .map(csvField)
        .join(','),
    );
  };
  rows.forEach((row, index) => {
    const half = Math.floor(row.encounters / 2);
    const quarter = Math.floor(half / 2);
    line(
      row,
      [
        'U.S. Border Patrol',
        'Southwest Land Border',
        'El Paso Sector',
        'El Paso',
        'Single Adults',
        'Title 8',
        'Apprehensions',
      ],
      quarter,
    );
    line(
      row,
      [
        'U.S. Border Patrol',
        'Southwest Land Border',
        'Tucson Sector',
        'Tucson',
        'FMUA',
        'Title 42',
        'Expulsions',
      ],
      half - quarter,
    );
    line(
      row,
      [
        'Office of Field Operations',
        'Southwest Land Border',
        'San Diego Field Office',
        'San Diego',
        'Single Adults',
        'Title 8',
        'Inadmissibles',
      ],
      row.encounters - half,
    );
    if (index % 3 === 0) {
      line(
        row,
        [
          'Office of Field Operations',
          'Southwest Land Border',
          'Laredo Field Office',
          'Laredo',
          'UC / Single Minors',
          'Title 8',
          'Inadmissibles',
        ],
        0,
      );
    }
    // Not the southwest border: never counted.
    line(
      row,
      [
        'U.S. Border Patrol',
        'Northern Land Border',
        'Swanton Sector',
        'Swanton',
        'Single Adults',
        'Title 8',
        'Apprehensions',
      ],
      7 + (index % 5),
    );
    line(
      row,
      [
        'Office of Field Operations',
        'Other',
        'Miami Field Office',
        'Miami',
        'Single Adults',
        'Title 8',
        'Inadmissibles',
      ],
      1000,
    );
  });
  return lines.join('\r\n') + '\r\n';
}

/** The fiscal years CBP's file covers today: its last four. */
export const CBP_FILE_YEARS = [2022, 2023, 2024, 2025];

/**
 * CBP's next file: fiscal years 2022–2025 of the committed table, with June 2025 added (10 % over
 * May for each citizenship) and Peru’s May 2025 revised (+12). The table it gives: 21 rows added,
 * 1 changed, and fiscal years 2020 and 2021 kept from the table.
 */
export function revisedEncounters(): EncounterRow[] {
  const rows = committedEncounters().filter((row) => CBP_FILE_YEARS.includes(row.fiscal_year));
  const may = rows.filter((row) => row.month === '2025-05');
  const june = may.map((row) => ({ ...row, month: '2025-06', encounters: Math.round(row.encounters * 1.1) }));
  return [
    ...rows.map((row) =>
      row.month === '2025-05' && row.citizenship === 'PER'
        ? { ...row, encounters: row.encounters + 12 }
        : row,
    ),
    ...june,
  ];
}
