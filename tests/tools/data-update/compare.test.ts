/** What an update changes in a table, and whether the change is plausible. */
import { describe, expect, it } from 'vitest';
import {
  describeDiff,
  diffTables,
  isJump,
  keyRefugeeRow,
  keyRow,
  keyStockRow,
  listLabels,
  additionProblems,
  plausibilityProblems,
} from '../../../tools/data-update/compare.ts';
import { validateTable } from '../../../tools/data-update/tables.ts';
import { projectFile, UNDESA_2020, UNDESA_2024, UNHCR_PERU, UNHCR_VEN } from './support.ts';

const threshold = { maxRelativeChange: 0.5, absoluteFloor: 50 };
const tableRows = <D extends typeof UNDESA_2024 | typeof UNDESA_2020 | typeof UNHCR_PERU | typeof UNHCR_VEN>(
  dataset: D,
) => validateTable(dataset, projectFile(dataset.file), dataset.file).map((entry) => entry.row);
const refugees = tableRows(UNHCR_VEN).map((row) => keyRefugeeRow(row));

describe('keyRow', () => {
  it('keys each kind of row as its own function does', () => {
    const [stock] = tableRows(UNDESA_2020);
    const [refugee] = tableRows(UNHCR_PERU);
    expect(keyRow('stock', stock!)).toEqual(keyStockRow(stock!));
    expect(keyRow('refugee', refugee!)).toEqual(keyRefugeeRow(refugee!));
  });

  it('keys a row by sex as a stock row, with its men and women counted beside its count', () => {
    const row = {
      direction: 'emigrants',
      iso3: 'CHL',
      country: 'Chile',
      year: 2024,
      count: 250000,
      male: 110000,
      female: 140000,
    } as const;
    const { male: _male, female: _female, ...stock } = row;
    expect(keyRow('stock-by-sex', row)).toEqual({
      ...keyStockRow(stock),
      counts: { count: 250000, male: 110000, female: 140000 },
    });
    // So a change in the men alone is a change of the table, judged like any count.
    const rows = tableRows(UNDESA_2024).map((entry) => keyRow('stock-by-sex', entry));
    const next = rows.map((entry) =>
      entry.key === 'emigrants|USA|2024' ? { ...entry, counts: { ...entry.counts, male: 10 } } : entry,
    );
    expect(plausibilityProblems(diffTables(rows, next), threshold)).toEqual([
      expect.stringMatching(/^emigrants USA 2024: male jumps from \d+ to 10 \(-100 %\)/),
    ]);
  });

  it('keys a stock row by direction, country and year, with its count and the source’s name', () => {
    const row = { direction: 'emigrants', iso3: 'CHL', country: 'Chile', year: 2020, count: 240273 } as const;
    expect(keyRow('stock', row)).toEqual({
      key: 'emigrants|CHL|2020',
      label: 'emigrants CHL 2020',
      series: 'emigrants|CHL',
      year: 2020,
      counts: { count: 240273 },
      texts: { country: 'Chile' },
    });
  });

  it('keys a refugee row by year and country pair, with its three counts', () => {
    const row = {
      year: 2017,
      origin_iso3: 'VEN',
      asylum_country_iso3: 'PER',
      refugees: 249,
      asylum_seekers: 36062,
      other_in_need_of_international_protection: null,
    };
    expect(keyRow('refugee', row)).toEqual({
      key: '2017|VEN|PER',
      label: '2017 VEN→PER',
      series: 'VEN|PER',
      year: 2017,
      counts: { refugees: 249, asylum_seekers: 36062, other_in_need_of_international_protection: null },
      texts: {},
    });
  });
});

describe('isJump', () => {
  it('treats a change as a jump only above both the relative threshold and the absolute floor', () => {
    expect(isJump(3, 7, threshold)).toBe(false); // +133 %, but 4 people
    expect(isJump(0, 40, threshold)).toBe(false);
    expect(isJump(0, 400, threshold)).toBe(true);
    expect(isJump(300_000, 440_000, threshold)).toBe(false); // +47 %
    expect(isJump(300_000, 700_000, threshold)).toBe(true);
    expect(isJump(300_000, 100_000, threshold)).toBe(true); // −67 %
  });
});

describe('diffTables and describeDiff', () => {
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

  it('gives a few examples of each change, then how many more', () => {
    const next = refugees.map((row) => ({ ...row, counts: { ...row.counts, refugees: -1 } }));
    const lines = describeDiff(diffTables(refugees, next), 2);
    expect(lines[0]).toBe(`0 rows added, 0 removed, ${refugees.length} changed`);
    expect(lines.slice(1)).toHaveLength(3);
    expect(lines.at(-1)).toBe(`  ~ … and ${refugees.length - 2} more changed`);
  });
});

describe('plausibilityProblems', () => {
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
    const rows = tableRows(UNDESA_2020).map((row) => keyStockRow(row));
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

describe('listLabels', () => {
  it.each([
    [['a', 'b'], 10, 'a, b'],
    [['a', 'b', 'c'], 2, 'a, b and 1 more'],
    [[], 10, ''],
  ])('%j with at most %d → %j', (labels, max, expected) => {
    expect(listLabels(labels, max)).toBe(expected);
  });
});

describe('additionProblems', () => {
  const rules = { plausibility: threshold, currentYear: 2026, allowBackfill: false };
  const latest = refugees.find((row) => row.year === 2025)!;
  const row = (year: number, counts: Record<string, number | null>, series = latest.series) => ({
    ...latest,
    key: `${year}|${series}`,
    label: `${year} ${series}`,
    series,
    year,
    counts: { ...latest.counts, ...counts },
  });

  it('accepts a next year within the bounds of its series', () => {
    expect(additionProblems(refugees, [row(2026, { refugees: 5100 })], rules)).toEqual([]);
  });

  it('refuses a year that has not ended', () => {
    expect(additionProblems(refugees, [row(2090, {})], rules)).toEqual([
      expect.stringContaining('a row for 2090, a year that has not ended (it is 2026)'),
    ]);
  });

  it('refuses a count that jumps from the series’ latest year, like a changed count', () => {
    expect(additionProblems(refugees, [row(2026, { refugees: 50_000_000 })], rules)).toEqual([
      expect.stringMatching(/refugees is 50000000, against 4963 in 2025 .*more than the 50 % allowed/),
    ]);
  });

  it('refuses a back-fill unless asked for, then judges it against the nearest year', () => {
    expect(additionProblems(refugees, [row(1960, {})], rules)).toEqual([
      expect.stringContaining('back-fills are refused unless --allow-backfill is given'),
    ]);
    const first = refugees.reduce((earliest, candidate) =>
      candidate.year < earliest.year ? candidate : earliest,
    );
    const backfill = row(first.year - 1, { ...first.counts });
    expect(additionProblems(refugees, [backfill], { ...rules, allowBackfill: true })).toEqual([]);
  });

  it('refuses a series new to the table with a count above any of its latest year', () => {
    expect(
      additionProblems(
        refugees,
        [
          row(
            2026,
            { refugees: 10, asylum_seekers: 10, other_in_need_of_international_protection: 10 },
            'COL|PER',
          ),
        ],
        rules,
      ),
    ).toEqual([]);
    expect(additionProblems(refugees, [row(2026, { refugees: 99_000_000 }, 'COL|PER')], rules)).toEqual([
      expect.stringContaining('in a series new to the table'),
    ]);
  });
});
