/**
 * Remittances: a published 0 and a blank are both not reported; the latest reported year of each
 * flow, the one before it and the change; what received weighs against GDP. On small series, then
 * on Peru's from the table.
 */
import { describe, expect, it } from 'vitest';
import { remittancesFigure } from '../../../src/profile/remittances.ts';
import type { RemittancesRow } from '../../../src/schemas/flows.ts';

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

  it('charts the larger flow of the latest year that reports both', () => {
    // Paid was larger once, then received: the latest year with both decides.
    expect(remittancesFigure([row(2019, 5, 9), row(2020, 8, 6), row(2021, 9, null)])!.charted).toBe(
      'received',
    );
    // A sending country: paid is larger in the latest year with both, though received is reported later.
    expect(remittancesFigure([row(2019, 9, 5), row(2020, 6, 8), row(2021, 9, null)])!.charted).toBe('paid');
    // A published 0 does not count as reported: 2021 has no pair, 2020 decides.
    expect(remittancesFigure([row(2020, 3, 4), row(2021, 0, 1)])!.charted).toBe('paid');
    // Equal flows keep the default, received.
    expect(remittancesFigure([row(2020, 4, 4)])!.charted).toBe('received');
  });

  it('charts the one flow reported when no year reports both', () => {
    expect(remittancesFigure([row(2019, null, 3), row(2020, 0, 5)])!.charted).toBe('paid');
    expect(remittancesFigure([row(2019, 3, null), row(2020, 5, 0)])!.charted).toBe('received');
    expect(remittancesFigure([row(2019, 3, null), row(2020, null, 5)])!.charted).toBe('received');
  });
});
