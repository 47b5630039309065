/**
 * The fiscal years of the flow tables counted by US fiscal year (CBP's encounters, ICE's removals):
 * held to the years the registry gives the dataset, as a `year` column is, and to the fiscal years
 * that have ended or are under way.
 */
import { describe, expect, it } from 'vitest';
import { datasetById } from '../../../src/datasets/registry.ts';
import { rowSchemaOf } from '../../../src/datasets/tables.ts';

const encounters = datasetById('cbp-southwest-border-encounters');
const removals = datasetById('ice-removals');
/** The fiscal year under way today: October starts the next one. */
const today = new Date();
const currentFiscalYear = today.getUTCFullYear() + (today.getUTCMonth() >= 9 ? 1 : 0);

const encounter = (fiscalYear: number, month = `${fiscalYear}-03`) => ({
  month,
  fiscal_year: String(fiscalYear),
  citizenship: 'PER',
  encounters: '40',
});
const removal = (fiscalYear: number, name = 'Peru', code = 'PER') => ({
  fiscal_year: String(fiscalYear),
  citizenship_iso3: code,
  citizenship_name: name,
  removals: '5',
});

/** The message of the issue at `fiscal_year`, if any. */
function fiscalYearIssue(schema: ReturnType<typeof rowSchemaOf>, cells: unknown): string | undefined {
  const result = schema.safeParse(cells);
  return result.error?.issues.find((issue) => issue.path.join('.') === 'fiscal_year')?.message;
}

describe('rowSchemaOf: fiscal years', () => {
  it("refuses a fiscal year before the dataset's first one", () => {
    expect(fiscalYearIssue(rowSchemaOf(encounters), encounter(2019))).toBe('must be 2020 or later');
    expect(fiscalYearIssue(rowSchemaOf(removals), removal(2013))).toBe('must be 2014 or later');
  });

  it('refuses a fiscal year that has not begun, and accepts the one under way', () => {
    const message = `must be ${currentFiscalYear} or earlier (a fiscal year that has ended or is under way)`;
    expect(fiscalYearIssue(rowSchemaOf(encounters), encounter(2090))).toBe(message);
    expect(fiscalYearIssue(rowSchemaOf(removals), removal(currentFiscalYear + 1))).toBe(message);
    expect(rowSchemaOf(encounters).parse(encounter(2020, '2019-10'))).toMatchObject({ fiscal_year: 2020 });
    expect(rowSchemaOf(removals).parse(removal(currentFiscalYear))).toMatchObject({
      fiscal_year: currentFiscalYear,
    });
  });

  it("keeps the row schema's own rules: an ICE entry without a code must be one that names no country", () => {
    const result = rowSchemaOf(removals).safeParse(removal(2020, 'Atlantis', ''));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['citizenship_iso3']);
    expect(rowSchemaOf(removals).parse(removal(2020, 'Stateless', ''))).toMatchObject({
      citizenship_iso3: '',
    });
  });
});
