/**
 * One row of each flow table, each cell on its own (one row per key, fiscal years against months,
 * partial periods and published totals: see datasets/flow-tables): codes, numbers, blanks, months
 * and ICE's names, with the message an editor reads.
 */
import { splitFix } from '../../../src/lib/content-problem.ts';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import {
  borderEncountersRowSchema,
  darienRowSchema,
  FLOW_CODES,
  ICE_UNCODED,
  month,
  netMigrationRowSchema,
  remittancesRowSchema,
  removalsRowSchema,
  type FlowCode,
} from '../../../src/schemas/flows.ts';
import { isKnownIso3 } from '../../../src/schemas/iso3.ts';
import { expectIssueAt, failures, keysOf, REMOVE, withField, type Path } from './support.ts';

const validNetMigration = {
  iso3: 'PER',
  m49: '604',
  year: '2018',
  net_migrants: '339067',
  net_migration_rate: '10.63',
};
const validRemittances = {
  iso3: 'PER',
  year: '2023',
  received_usd: '4446181862',
  paid_usd: '321549531',
  gdp_usd: '267603248655',
};
const validEncounters = { month: '2022-10', fiscal_year: '2023', citizenship: 'PER', encounters: '5796' };
const validDarien = { period: '2023-01', period_type: 'month', nationality: 'PER', migrants: '97' };
const validRemovals = {
  fiscal_year: '2023',
  citizenship_iso3: 'PER',
  citizenship_name: 'Peru',
  removals: '5062',
};

const NOT_ISO = 'is not an ISO 3166-1 alpha-3 country code';
const NOT_CAPITALS = 'must be an ISO 3166-1 alpha-3 code in capitals, such as PER';

interface Table {
  name: string;
  schema: z.ZodType;
  valid: Record<string, string>;
  /** The column that holds the country code. */
  code: string;
  /** The codes other than ISO 3166-1 the table may use. */
  own: FlowCode[];
}

const TABLES: Table[] = [
  { name: 'net migration', schema: netMigrationRowSchema, valid: validNetMigration, code: 'iso3', own: [] },
  { name: 'remittances', schema: remittancesRowSchema, valid: validRemittances, code: 'iso3', own: ['XKX'] },
  {
    name: 'border encounters',
    schema: borderEncountersRowSchema,
    valid: validEncounters,
    code: 'citizenship',
    own: ['OTH'],
  },
  {
    name: 'Darién crossings',
    schema: darienRowSchema,
    valid: validDarien,
    code: 'nationality',
    own: ['OOO', 'TIB', 'XKX'],
  },
  {
    name: 'removals',
    schema: removalsRowSchema,
    valid: validRemovals,
    code: 'citizenship_iso3',
    own: ['XKX'],
  },
];

/** The messages of the issues parsing `input` gives at `path`. */
function messagesAt(schema: z.ZodType, input: unknown, path: Path): string[] {
  expectIssueAt(schema, input, path);
  return failures(schema, input)
    .filter((issue) => JSON.stringify(issue.path) === JSON.stringify(path))
    .map((issue) => splitFix(issue.message).message);
}

describe('FLOW_CODES', () => {
  it('holds only codes that are not ISO 3166-1 alpha-3, each with a name', () => {
    for (const [code, name] of Object.entries(FLOW_CODES)) {
      expect(isKnownIso3(code), code).toBe(false);
      expect(name.trim()).not.toBe('');
    }
  });
});

describe.each(TABLES)('the $name row', ({ schema, valid, code, own }) => {
  it('accepts the valid row', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it.each(['PER', 'USA', 'VEN'])('accepts the ISO 3166-1 code %s', (iso3) => {
    expect((schema.parse({ ...valid, [code]: iso3 }) as Record<string, unknown>)[code]).toBe(iso3);
  });

  it.each(Object.keys(FLOW_CODES) as FlowCode[])(
    'accepts %s only if it is one of its own codes',
    (flowCode) => {
      const input = { ...valid, [code]: flowCode };
      if (own.includes(flowCode)) {
        expect((schema.parse(input) as Record<string, unknown>)[code]).toBe(flowCode);
      } else {
        expect(messagesAt(schema, input, [code])).toContain(NOT_ISO);
      }
    },
  );

  it.each<[string, string, string]>([
    ['a code that is no country', 'QQQ', NOT_ISO],
    ['a code in lower case', 'per', NOT_CAPITALS],
    ['a two-letter code', 'PE', NOT_CAPITALS],
    ["UNHCR's group code UNK", 'UNK', NOT_ISO],
    ["UN DESA's world total WLD", 'WLD', NOT_ISO],
  ])('refuses %s (%s)', (_name, value, message) => {
    expect(messagesAt(schema, { ...valid, [code]: value }, [code])).toContain(message);
  });

  it('refuses an unknown column, naming it', () => {
    const issue = expectIssueAt(schema, { ...valid, note: 'x' }, []);
    expect(keysOf(issue)).toEqual(['note']);
  });

  it.each(Object.keys(valid))('refuses a row without its %s column', (column) => {
    expectIssueAt(schema, withField(valid, column, REMOVE), [column]);
  });
});

describe('netMigrationRowSchema', () => {
  it('turns its number cells into numbers, keeping a negative balance and decimals of the rate', () => {
    expect(
      netMigrationRowSchema.parse({
        ...validNetMigration,
        year: '2014',
        net_migrants: '-50383',
        net_migration_rate: '-1.673',
      }),
    ).toEqual({ iso3: 'PER', m49: 604, year: 2014, net_migrants: -50383, net_migration_rate: -1.673 });
  });

  it.each(['0', '-1000', '1000', ' 2.289 '])('accepts the rate %s (per 1,000 people)', (rate) => {
    expect(
      netMigrationRowSchema.parse({ ...validNetMigration, net_migration_rate: rate }).net_migration_rate,
    ).toBe(Number(rate));
  });

  it.each<[string, Record<string, unknown>, Path, string | undefined]>([
    [
      'a net balance with decimals',
      withField(validNetMigration, 'net_migrants', '339067.5'),
      ['net_migrants'],
      'must be a whole number',
    ],
    [
      'a blank net balance',
      withField(validNetMigration, 'net_migrants', ''),
      ['net_migrants'],
      'must be a number',
    ],
    [
      'a net balance with thousands separators',
      withField(validNetMigration, 'net_migrants', '339,067'),
      ['net_migrants'],
      'must be a number',
    ],
    [
      'a rate over 1,000 per 1,000',
      withField(validNetMigration, 'net_migration_rate', '1000.5'),
      ['net_migration_rate'],
      undefined,
    ],
    [
      'a rate under -1,000 per 1,000',
      withField(validNetMigration, 'net_migration_rate', '-1001'),
      ['net_migration_rate'],
      undefined,
    ],
    [
      'a blank rate',
      withField(validNetMigration, 'net_migration_rate', ''),
      ['net_migration_rate'],
      'must be a number',
    ],
    ['a negative M49 code', withField(validNetMigration, 'm49', '-604'), ['m49'], undefined],
    ['an M49 code with decimals', withField(validNetMigration, 'm49', '604.1'), ['m49'], undefined],
    ['the year 1949', withField(validNetMigration, 'year', '1949'), ['year'], 'must be 1950 or later'],
    [
      'a year with decimals',
      withField(validNetMigration, 'year', '2018.5'),
      ['year'],
      'must be a whole year',
    ],
  ])('refuses %s', (_name, input, path, message) => {
    const messages = messagesAt(netMigrationRowSchema, input, path);
    if (message) expect(messages).toContain(message);
  });
});

describe('remittancesRowSchema', () => {
  it('turns its number cells into whole US dollars', () => {
    expect(remittancesRowSchema.parse(validRemittances)).toEqual({
      iso3: 'PER',
      year: 2023,
      received_usd: 4_446_181_862,
      paid_usd: 321_549_531,
      gdp_usd: 267_603_248_655,
    });
  });

  it.each(['received_usd', 'paid_usd', 'gdp_usd'])(
    'reads a blank %s as missing (null), not as 0',
    (column) => {
      expect(
        (remittancesRowSchema.parse({ ...validRemittances, [column]: '' }) as Record<string, unknown>)[
          column
        ],
      ).toBeNull();
    },
  );

  it.each(['received_usd', 'paid_usd', 'gdp_usd'])(
    'keeps a published 0 in %s as 0, apart from a blank',
    (column) => {
      expect(
        (remittancesRowSchema.parse({ ...validRemittances, [column]: '0' }) as Record<string, unknown>)[
          column
        ],
      ).toBe(0);
    },
  );

  it('leaves a row with every amount blank to the whole-table rule (each cell alone is valid)', () => {
    expect(
      remittancesRowSchema.parse({ ...validRemittances, received_usd: '', paid_usd: '', gdp_usd: '' }),
    ).toMatchObject({ received_usd: null, paid_usd: null, gdp_usd: null });
  });

  it('trims spaces around an amount', () => {
    expect(remittancesRowSchema.parse({ ...validRemittances, paid_usd: ' 75000000 ' }).paid_usd).toBe(
      75_000_000,
    );
  });

  it('refuses a year before 1950', () => {
    expect(messagesAt(remittancesRowSchema, { ...validRemittances, year: '1949' }, ['year'])).toContain(
      'must be 1950 or later',
    );
  });

  describe.each(['received_usd', 'paid_usd', 'gdp_usd'])('%s', (column) => {
    // An amount is refused with the rule it breaks, as for every other number cell: "Invalid input"
    // would leave the editor to guess what the cell should hold.
    it.each<[string, string, string]>([
      ['a negative amount', '-5', 'must not be negative'],
      ['an amount with cents', '4446181862.5', 'must be whole US dollars'],
      ['an amount with thousands separators', '4,446,181,862', 'must be a number'],
      ['an amount in words', 'n/a', 'must be a number'],
      ['a cell of spaces (not a blank)', '   ', 'must be a number'],
    ])('refuses %s (%s), saying why', (_name, value, message) => {
      expect(messagesAt(remittancesRowSchema, { ...validRemittances, [column]: value }, [column])).toEqual([
        message,
      ]);
    });
  });
});

describe('month', () => {
  it.each(['2019-10', '2025-05', '1990-01', '2099-12'])('accepts %s', (value) => {
    expect(month.parse(value)).toBe(value);
  });

  it.each([
    '2022-13',
    '2022-00',
    '2022-1',
    '22-10',
    '2022/10',
    '2022-10-01',
    '1899-10',
    '2100-01',
    ' 2022-10',
    '',
  ])('refuses %j, asking for YYYY-MM', (value) => {
    expect(failures(month, value).map((issue) => issue.message)).toEqual(['must be a month written YYYY-MM']);
  });
});

describe('borderEncountersRowSchema', () => {
  it('turns its number cells into numbers', () => {
    expect(borderEncountersRowSchema.parse(validEncounters)).toEqual({
      month: '2022-10',
      fiscal_year: 2023,
      citizenship: 'PER',
      encounters: 5796,
    });
  });

  it('leaves whether the fiscal year agrees with the month to the whole-table rules', () => {
    expect(borderEncountersRowSchema.parse({ ...validEncounters, fiscal_year: '2022' }).fiscal_year).toBe(
      2022,
    );
  });

  it.each<[string, Record<string, unknown>, Path, string]>([
    [
      'month 13',
      withField(validEncounters, 'month', '2022-13'),
      ['month'],
      'must be a month written YYYY-MM',
    ],
    [
      'a month without its leading zero',
      withField(validEncounters, 'month', '2022-1'),
      ['month'],
      'must be a month written YYYY-MM',
    ],
    [
      'a day',
      withField(validEncounters, 'month', '2022-10-01'),
      ['month'],
      'must be a month written YYYY-MM',
    ],
    [
      'a fiscal year before 1950',
      withField(validEncounters, 'fiscal_year', '1949'),
      ['fiscal_year'],
      'must be 1950 or later',
    ],
    [
      'a blank fiscal year',
      withField(validEncounters, 'fiscal_year', ''),
      ['fiscal_year'],
      'must be a number',
    ],
    [
      'negative encounters',
      withField(validEncounters, 'encounters', '-1'),
      ['encounters'],
      'must not be negative',
    ],
    [
      'encounters with decimals',
      withField(validEncounters, 'encounters', '1.5'),
      ['encounters'],
      'must be a whole number',
    ],
    [
      'blank encounters (never read as 0)',
      withField(validEncounters, 'encounters', ''),
      ['encounters'],
      'must be a number',
    ],
  ])('refuses %s', (_name, input, path, message) => {
    expect(messagesAt(borderEncountersRowSchema, input, path)).toContain(message);
  });
});

describe('darienRowSchema', () => {
  it('accepts a whole year and a month, turning the count into a number', () => {
    expect(darienRowSchema.parse({ ...validDarien, period: '2019', period_type: 'year' })).toEqual({
      period: '2019',
      period_type: 'year',
      nationality: 'PER',
      migrants: 97,
    });
    expect(darienRowSchema.parse(validDarien)).toEqual({ ...validDarien, migrants: 97 });
  });

  it('leaves whether the period is written as its type says to the whole-table rules', () => {
    expect(darienRowSchema.safeParse({ ...validDarien, period_type: 'year' }).success).toBe(true);
  });

  it.each(['2023-13', '2023-00', '2023-1', '23', '2023/01', '2023-01-01', '1899', 'FY2023', ''])(
    'refuses the period %j, asking for YYYY or YYYY-MM',
    (period) => {
      expect(messagesAt(darienRowSchema, { ...validDarien, period }, ['period'])).toEqual([
        'must be a year YYYY or a month YYYY-MM',
      ]);
    },
  );

  it.each(['quarter', 'Year', 'fiscal_year', ''])('refuses the period type %j', (periodType) => {
    expectIssueAt(darienRowSchema, { ...validDarien, period_type: periodType }, ['period_type']);
  });

  it.each<[string, string, string]>([
    ['negative', '-1', 'must not be negative'],
    ['with decimals', '1.5', 'must be a whole number'],
    ['blank', '', 'must be a number'],
  ])('refuses a count that is %s', (_name, migrants, message) => {
    expect(messagesAt(darienRowSchema, { ...validDarien, migrants }, ['migrants'])).toContain(message);
  });
});

describe('removalsRowSchema', () => {
  it('turns its number cells into numbers and trims the name', () => {
    expect(removalsRowSchema.parse({ ...validRemovals, citizenship_name: '  Peru ' })).toEqual({
      fiscal_year: 2023,
      citizenship_iso3: 'PER',
      citizenship_name: 'Peru',
      removals: 5062,
    });
  });

  it.each(ICE_UNCODED)('accepts a blank code for "%s", an entry that names no country of today', (name) => {
    expect(
      removalsRowSchema.parse({ ...validRemovals, citizenship_iso3: '', citizenship_name: name }),
    ).toMatchObject({
      citizenship_iso3: '',
      citizenship_name: name,
    });
  });

  it.each(['Peru', 'korea', 'KOREA', 'Korea, South', 'Unknown country'])(
    'refuses a blank code for "%s", which is not one of the uncoded entries',
    (name) => {
      const messages = messagesAt(
        removalsRowSchema,
        { ...validRemovals, citizenship_iso3: '', citizenship_name: name },
        ['citizenship_iso3'],
      );
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(
        /^must be a country code, or blank only for ICE's entries that name no country of today/,
      );
      for (const uncoded of ICE_UNCODED) expect(messages[0]).toContain(uncoded);
    },
  );

  it.each([
    'Montenegro - Raps',
    "Côte d'Ivoire",
    'Bosnia-Herzegovina',
    'Korea, North',
    'Peru (second entry)',
  ])('accepts the name %j', (name) => {
    expect(removalsRowSchema.parse({ ...validRemovals, citizenship_name: name }).citizenship_name).toBe(name);
  });

  const FORMULA = 'must not start with =, +, - or @ (a spreadsheet would run it as a formula)';
  const MARKUP = 'must not contain < or > (a name is text, not markup)';
  it.each<[string, string]>([
    ['=HYPERLINK("http://example.com")', FORMULA],
    ['+51 Peru', FORMULA],
    ['-Peru', FORMULA],
    ['@SUM(A1)', FORMULA],
    // Spaces are trimmed first: a formula behind them is still one.
    ['  =1+1', FORMULA],
    ['Peru<script>', MARKUP],
    ['<b>Peru</b>', MARKUP],
    ['Peru > Chile', MARKUP],
  ])('refuses the name %j', (name, message) => {
    expect(
      messagesAt(removalsRowSchema, { ...validRemovals, citizenship_name: name }, ['citizenship_name']),
    ).toContain(message);
  });

  it('refuses a blank name and one holding a control character', () => {
    expect(
      messagesAt(removalsRowSchema, { ...validRemovals, citizenship_name: '   ' }, ['citizenship_name']),
    ).toContain('must not be blank');
    const [control] = messagesAt(removalsRowSchema, { ...validRemovals, citizenship_name: 'Pe\u0007ru' }, [
      'citizenship_name',
    ]);
    expect(control).toMatch(/^must not contain control characters \(U\+0007 at character 3\)/);
  });

  it.each<[string, Record<string, unknown>, Path, string]>([
    ['negative removals', withField(validRemovals, 'removals', '-1'), ['removals'], 'must not be negative'],
    [
      'removals with decimals',
      withField(validRemovals, 'removals', '1.5'),
      ['removals'],
      'must be a whole number',
    ],
    ['blank removals', withField(validRemovals, 'removals', ''), ['removals'], 'must be a number'],
    [
      'a fiscal year before 1950',
      withField(validRemovals, 'fiscal_year', '1949'),
      ['fiscal_year'],
      'must be 1950 or later',
    ],
  ])('refuses %s', (_name, input, path, message) => {
    expect(messagesAt(removalsRowSchema, input, path)).toContain(message);
  });
});
