/**
 * Remittances: a published 0 and a blank are both not reported; the latest reported year of each
 * flow, the one before it and the change; what received weighs against GDP. On small series, then
 * on Peru's from the table.
 */
import { describe, expect, it } from 'vitest';
import { remittancesFigure } from '../../../src/profile/remittances.ts';
import type { RemittancesRow } from '../../../src/schemas/flows.ts';
import { remittancesRows } from './flow-data.ts';

const row = (
  year: number,
  received_usd: number | null,
  paid_usd: number | null = null,
  gdp_usd: number | null = null,
): RemittancesRow => ({ iso3: 'PER', year, received_usd, paid_usd, gdp_usd });

describe('remittancesFigure', () => {
  it('reads a published 0 as not reported, and lists the years published as 0', () => {
    const figure = remittancesFigure([row(2011, 5, null), row(2012, 6, 0), row(2013, 0, 4)])!;
    expect(figure.series.map((entry) => [entry.year, entry.received, entry.paid])).toEqual([
      [2011, 5, null],
      [2012, 6, null],
      [2013, null, 4],
    ]);
    expect(figure.zeros).toEqual({ received: [2013], paid: [2012] });
  });

  it('tells a blank (missing) from a published 0: only the 0 is listed', () => {
    const figure = remittancesFigure([row(2010, null, 3), row(2011, 0, 3), row(2012, 7, null)])!;
    expect(figure.series.map((entry) => entry.received)).toEqual([null, null, 7]);
    expect(figure.zeros.received).toEqual([2011]);
    expect(figure.zeros.paid).toEqual([]);
  });

  it('gives received as a share of GDP where both are reported', () => {
    const figure = remittancesFigure([
      row(2020, 50, null, 1000),
      row(2021, 50, null, null),
      row(2022, 50, null, 0),
      row(2023, 0, 1, 1000),
    ])!;
    expect(figure.series.map((entry) => entry.receivedShareOfGdp)).toEqual([0.05, null, null, null]);
  });

  it('leads each flow with its latest reported year, passing over zeros and blanks', () => {
    const figure = remittancesFigure([
      row(2017, 80, 9, 1000),
      row(2018, 0, 12),
      row(2019, 100, 0, 2000),
      row(2020, 0, null),
      row(2021, null, null),
    ])!;
    expect(figure.received).toEqual({
      year: 2019,
      value: 100,
      previous: { year: 2017, value: 80 },
      change: 100 / 80 - 1,
      shareOfGdp: 100 / 2000,
    });
    expect(figure.paid).toEqual({
      year: 2018,
      value: 12,
      previous: { year: 2017, value: 9 },
      change: 12 / 9 - 1,
    });
  });

  it('gives no previous year and no change to a flow reported once', () => {
    const figure = remittancesFigure([row(2019, 0, 3), row(2020, 7, 0)])!;
    expect(figure.received).toEqual({ year: 2020, value: 7, shareOfGdp: null });
    expect(figure.paid).toEqual({ year: 2019, value: 3 });
  });

  it('leaves out a flow no year reports', () => {
    const figure = remittancesFigure([row(2019, 0, 3), row(2020, null, 5)])!;
    expect(figure).not.toHaveProperty('received');
    expect(figure.paid!.year).toBe(2020);
    expect(figure.zeros.received).toEqual([2019]);
  });

  it('reads rows in any order', () => {
    const figure = remittancesFigure([row(2021, 30), row(2019, 10), row(2020, 20)])!;
    expect(figure.series.map((entry) => entry.year)).toEqual([2019, 2020, 2021]);
    expect(figure.received).toMatchObject({ year: 2021, previous: { year: 2020, value: 20 } });
  });

  it('gives nothing when no year reports either flow (only zeros and blanks), or for no rows', () => {
    expect(remittancesFigure([row(2019, 0, 0, 100), row(2020, null, 0)])).toBeUndefined();
    expect(remittancesFigure([])).toBeUndefined();
  });
});

describe("remittancesFigure: Peru's personal remittances, World Bank WDI", () => {
  const peru = remittancesRows('PER');
  const figure = remittancesFigure(peru)!;
  const lastYear = Math.max(...peru.map((entry) => entry.year));
  const latest = peru.find((entry) => entry.year === lastYear)!;

  it('leads with the money received in 2023: US$4,446,181,862, 1.66% of GDP', () => {
    expect(lastYear).toBe(2023);
    expect(figure.received).toMatchObject({ year: 2023, value: latest.received_usd });
    expect(figure.received!.value).toBe(4_446_181_862);
    const share = latest.received_usd! / latest.gdp_usd!;
    expect(figure.received!.shareOfGdp).toBe(share);
    expect((figure.received!.shareOfGdp! * 100).toFixed(2)).toBe('1.66');
  });

  it('sets received beside the year before, with the change between them', () => {
    const before = peru.find((entry) => entry.year === lastYear - 1)!.received_usd!;
    expect(figure.received!.previous).toEqual({ year: lastYear - 1, value: before });
    expect(figure.received!.change).toBeCloseTo(latest.received_usd! / before - 1, 12);
  });

  it('reads paid 2012–2016, published as 0, as not reported, and never as a zero', () => {
    const zeros = peru.filter((entry) => entry.paid_usd === 0).map((entry) => entry.year);
    expect(zeros).toEqual([2012, 2013, 2014, 2015, 2016]);
    expect(figure.zeros.paid).toEqual(zeros);
    for (const year of zeros) expect(figure.series.find((entry) => entry.year === year)!.paid).toBeNull();
    expect(figure.series.some((entry) => entry.paid === 0 || entry.received === 0)).toBe(false);
  });

  it('takes the year before paid 2017 across the zeros and blanks, back to the last year reported', () => {
    const upTo2017 = peru.filter((entry) => entry.year <= 2017);
    const reportedBefore = upTo2017
      .filter((entry) => entry.year < 2017 && entry.paid_usd !== null && entry.paid_usd !== 0)
      .at(-1)!;
    expect(reportedBefore.year).toBe(2004);
    const paid = remittancesFigure(upTo2017)!.paid!;
    expect(paid.year).toBe(2017);
    expect(paid.previous).toEqual({ year: reportedBefore.year, value: reportedBefore.paid_usd });
  });
});
