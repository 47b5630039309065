/** The CBP adapter: its file read line by line, summed by month and citizenship, merged into the table. */
import { describe, expect, it } from 'vitest';
import {
  additionProblems,
  diffTables,
  keyBorderEncountersRow,
  keyRow,
} from '../../../tools/data-update/compare.ts';
import {
  CBP_CITIZENSHIPS,
  cbpTable,
  citizenshipCode,
  fiscalYearCell,
  monthOf,
  readCbpFile,
  SOUTHWEST,
} from '../../../tools/data-update/cbp.ts';
import { validateTable } from '../../../tools/data-update/tables.ts';
import {
  CBP_FILE_YEARS,
  CBP_HEADER,
  cbpFile,
  committedEncounters,
  type EncounterRow,
} from './flow-sources.ts';
import { CBP, failure, fixture, projectFile } from './support.ts';

const committed = projectFile(CBP.file);
const asWritten = (table: string) => table.replaceAll('\n', '\r\n');
const currentRows = () => validateTable(CBP, committed, CBP.file).map((entry) => entry.row);
/** A file of one line with `cells` over a good southwest line. */
function oneLine(cells: Partial<Record<(typeof CBP_HEADER)[number], string>>): string {
  const line: Record<string, string> = {
    'Fiscal Year': '2024',
    'Month Grouping': 'FYTD',
    'Month (abbv)': 'MAR',
    Component: 'U.S. Border Patrol',
    'Land Border Region': SOUTHWEST,
    'Area of Responsibility': 'El Paso Sector',
    'AOR (Abbv)': 'El Paso',
    Demographic: 'Single Adults',
    Citizenship: 'PERU',
    'Title of Authority': 'Title 8',
    'Encounter Type': 'Apprehensions',
    'Encounter Count': '12',
    ...cells,
  };
  return `${CBP_HEADER.join(',')}\n${CBP_HEADER.map((column) => JSON.stringify(line[column])).join(',')}\n`;
}

describe('months and fiscal years', () => {
  it('puts October to December in the calendar year before the fiscal year', () => {
    expect(monthOf(2023, 'OCT')).toBe('2022-10');
    expect(monthOf(2023, 'DEC')).toBe('2022-12');
    expect(monthOf(2023, 'JAN')).toBe('2023-01');
    expect(monthOf(2023, 'sep')).toBe('2023-09');
    expect(monthOf(2023, 'SEPT')).toBeUndefined();
  });

  it('reads a fiscal year written alone or as the year to date', () => {
    expect(fiscalYearCell('2024')).toBe(2024);
    expect(fiscalYearCell('2025 (FYTD)')).toBe(2025);
    expect(fiscalYearCell('FY2025')).toBeUndefined();
  });
});

describe('citizenships', () => {
  it('maps the 21 citizenships CBP names, and its other citizenships, to their codes', () => {
    expect(Object.values(CBP_CITIZENSHIPS).sort()).toEqual([
      'BRA',
      'CAN',
      'CHN',
      'COL',
      'CUB',
      'ECU',
      'GTM',
      'HND',
      'HTI',
      'IND',
      'MEX',
      'MMR',
      'NIC',
      'OTH',
      'PER',
      'PHL',
      'ROU',
      'RUS',
      'SLV',
      'TUR',
      'UKR',
      'VEN',
    ]);
    // The same codes as the table has.
    expect(new Set(committedEncounters().map((row) => row.citizenship))).toEqual(
      new Set(Object.values(CBP_CITIZENSHIPS)),
    );
    expect(citizenshipCode('CHINA, PEOPLES REPUBLIC OF')).toBe('CHN');
    expect(citizenshipCode(' Myanmar (Burma) ')).toBe('MMR');
    expect(citizenshipCode('OTHER')).toBe('OTH');
    expect(citizenshipCode('AFGHANISTAN')).toBeUndefined();
  });
});

describe('readCbpFile', () => {
  it('sums the southwest border by month and citizenship, over component, area, authority, type and group', () => {
    const { sums, fiscalYears } = readCbpFile(fixture('cbp-nationwide-encounters-sample.csv'));
    expect(Object.fromEntries(sums)).toEqual({
      '2023-10|PER': 803, // 512 + 230 + 61 + 0; not the northern border's 9 nor Miami's 44
      '2023-10|CHN': 2007,
      '2023-10|MMR': 0, // a line of 0 is a count CBP published
      '2023-10|OTH': 1377,
      '2024-01|PER': 425,
      '2024-01|SLV': 1870,
      '2024-12|PER': 320,
      '2024-12|VEN': 9316,
    });
    expect([...fiscalYears].sort()).toEqual([2024, 2025]);
  });

  it('refuses a citizenship it does not know, naming it and its line', () => {
    const error = failure(() => readCbpFile(oneLine({ Citizenship: 'AFGHANISTAN' })));
    expect(error.message).toBe('1 problem in CBP\'s file: "AFGHANISTAN" is a citizenship CBP had not named');
    expect(error.details).toEqual([
      'line 2: unknown citizenship "AFGHANISTAN": add it with its ISO 3166-1 alpha-3 code to CBP_CITIZENSHIPS in tools/data-update/cbp.ts (and the code to the table’s schema if it is not ISO)',
    ]);
    // Outside the southwest border it is never counted, so never refused.
    expect(() =>
      readCbpFile(oneLine({ Citizenship: 'AFGHANISTAN', 'Land Border Region': 'Northern Land Border' })),
    ).not.toThrow();
  });

  it('refuses a line whose fiscal year, month or count it cannot read, naming the line and the value', () => {
    expect(failure(() => readCbpFile(oneLine({ 'Fiscal Year': 'FY24' }))).details).toEqual([
      'line 2: Fiscal Year must be a year such as 2024 (got "FY24")',
    ]);
    expect(failure(() => readCbpFile(oneLine({ 'Month (abbv)': 'March' }))).details).toEqual([
      'line 2: Month (abbv) must be a month written JAN to DEC (got "March")',
    ]);
    for (const count of ['-3', '1,204', '12.5', '']) {
      expect(failure(() => readCbpFile(oneLine({ 'Encounter Count': count }))).details).toEqual([
        `line 2: Encounter Count must be a whole number (got "${count}")`,
      ]);
    }
  });

  it('refuses a file without the columns it reads, and one that is not CSV', () => {
    const error = failure(() => readCbpFile('Fiscal Year,Month,Citizenship,Count\n2024,MAR,PERU,3\n'));
    expect(error.message).toBe(
      'unexpected CSV header "Fiscal Year,Month,Citizenship,Count": CBP\'s Nationwide Encounters file has the columns ' +
        'Fiscal Year, Month (abbv), Land Border Region, Citizenship, Encounter Count; missing Month (abbv), Land Border Region, Encounter Count',
    );
    expect(failure(() => readCbpFile(`${CBP_HEADER.join(',')}\n`)).message).toBe(
      'the file has no rows: expected CBP encounters',
    );
    expect(failure(() => readCbpFile('<!doctype html>\n<p>"Not found</p>\n')).message).toMatch(
      /^the CSV cannot be read: line 2: /,
    );
  });
});

describe('cbpTable', () => {
  it('writes the exact rows of the current table from a file with its figures', () => {
    const text = cbpTable(cbpFile(committedEncounters()), currentRows(), CBP, CBP.file);
    expect(text).toBe(asWritten(committed));
  });

  it('replaces the fiscal years the file covers and keeps the table’s earlier ones', () => {
    const covered = committedEncounters().filter((row) => CBP_FILE_YEARS.includes(row.fiscal_year));
    // CBP revises an earlier fiscal year the file still covers, and does not hold 2020 and 2021 any more.
    const revised = covered.map((row) =>
      row.month === '2022-03' && row.citizenship === 'PER' ? { ...row, encounters: row.encounters + 5 } : row,
    );
    const text = cbpTable(cbpFile(revised), currentRows(), CBP, CBP.file);
    const line = committed.split('\n').find((entry) => entry.startsWith('2022-03,2022,PER,'))!;
    const count = Number(line.split(',')[3]);
    expect(text).toBe(asWritten(committed.replace(line, `2022-03,2022,PER,${count + 5}`)));
    expect(text).toContain('\r\n2019-10,2020,BRA,1504\r\n');
  });

  it('keeps every fiscal year the file does not cover, however few it covers', () => {
    const covered = committedEncounters().filter((row) => row.fiscal_year >= 2024);
    const text = cbpTable(cbpFile(covered), currentRows(), CBP, CBP.file);
    expect(text).toBe(asWritten(committed));
  });

  it('accepts a new month of a fiscal year declared partial: the registry needs no change', () => {
    const rows: EncounterRow[] = [
      ...committedEncounters().filter((row) => row.fiscal_year === 2025),
      { month: '2025-06', fiscal_year: 2025, citizenship: 'PER', encounters: 40 },
    ];
    const text = cbpTable(cbpFile(rows), currentRows(), CBP, CBP.file);
    expect(text).toBe(`${asWritten(committed)}2025-06,2025,PER,40\r\n`);
  });

  it('refuses a fiscal year that the file completes, saying to take it out of periods.partial', () => {
    const rows: EncounterRow[] = [...committedEncounters().filter((row) => row.fiscal_year === 2025)];
    for (const month of ['2025-06', '2025-07', '2025-08', '2025-09']) {
      rows.push({ month, fiscal_year: 2025, citizenship: 'PER', encounters: 40 });
    }
    const error = failure(() => cbpTable(cbpFile(rows), currentRows(), CBP, CBP.file));
    expect(error.message).toBe(
      'the partial fiscal years change: update periods.partial of cbp-southwest-border-encounters in src/datasets/registry.ts ' +
        'as said below, then run the update again',
    );
    expect(error.details).toEqual([
      `${CBP.file} (as it would be written): fiscal_year: Fiscal year 2025 has all 12 months but is declared partial in src/datasets/registry.ts: remove it from periods.partial (got 2025)`,
    ]);
  });

  it('refuses a fiscal year that the file begins, saying to declare it in periods.partial', () => {
    const rows: EncounterRow[] = [
      { month: '2025-10', fiscal_year: 2026, citizenship: 'PER', encounters: 40 },
    ];
    const error = failure(() => cbpTable(cbpFile(rows, 2026), currentRows(), CBP, CBP.file));
    expect(error.message).toMatch(
      /^the partial fiscal years change: update periods.partial of cbp-southwest-border-encounters/,
    );
    expect(error.details).toEqual([
      `${CBP.file} (as it would be written): fiscal_year: Fiscal year 2026 has 1 of 12 months: declare it in periods.partial of src/datasets/registry.ts, or add its missing months (got 2026)`,
    ]);
  });
});

describe('comparing encounters tables month by month', () => {
  const current = validateTable(CBP, committed, CBP.file).map((entry) =>
    keyRow('border-encounters', entry.row),
  );
  const rules = {
    plausibility: CBP.update.plausibility,
    currentYear: 2026,
    currentMonth: 11,
    allowBackfill: false,
  };
  const added = (month: string, citizenship: string, encounters: number) =>
    keyBorderEncountersRow({ month, fiscal_year: 0, citizenship, encounters });

  it('keys a row by month and citizenship, with its month', () => {
    expect(added('2024-10', 'PER', 5)).toEqual({
      key: '2024-10|PER',
      label: '2024-10 PER',
      series: 'PER',
      year: 2024,
      month: 10,
      counts: { encounters: 5 },
      texts: {},
    });
  });

  it('accepts the next month within the bounds of its series, and a new month in the current year', () => {
    const may = current.find((row) => row.key === '2025-05|PER')!;
    expect(
      additionProblems(current, [added('2025-06', 'PER', may.counts['encounters']! + 100)], rules),
    ).toEqual([]);
    expect(diffTables(current, current).added).toEqual([]);
  });

  it('refuses a month that has not begun, a back-filled month, and a count that jumps from the month before', () => {
    expect(additionProblems(current, [added('2026-12', 'PER', 1)], rules)).toEqual([
      '2026-12 PER: a row for 2026-12, a month that has not begun (it is 2026-11)',
    ]);
    expect(additionProblems(current, [added('2021-03', 'MMR', 1)], rules)).toEqual([
      '2021-03 MMR: a new row for 2021-03, a month the table already covers (to 2025-05): back-fills are refused unless --allow-backfill is given',
    ]);
    expect(additionProblems(current, [added('2025-06', 'VEN', 90_000)], rules)).toEqual([
      expect.stringMatching(
        /^2025-06 VEN: encounters is 90000, against \d+ in 2025-05 \(\+\d+(\.\d)? %\), more than the 200 % allowed$/,
      ),
    ]);
  });
});
