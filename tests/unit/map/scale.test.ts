import { describe, expect, it } from 'vitest';
import { BIN_EDGES, BIN_FILLS } from '../../../src/map/constants.ts';
import { binLabels, binOf } from '../../../src/map/scale.ts';

describe('binOf with the default edges (100, 1,000, 10,000, 100,000)', () => {
  it.each([
    [1, 0],
    [50, 0],
    [99, 0],
    [99.5, 0],
    [100, 1], // exactly on an edge goes up
    [999, 1],
    [1_000, 2],
    [9_999, 2],
    [10_000, 3],
    [99_999, 3],
    [100_000, 4],
    [240_273, 4],
    [941_889, 4],
    [10_000_000, 4],
  ])('%d people → bin %d', (count, bin) => {
    expect(binOf(count)).toBe(bin);
  });

  it('has one fill for each bin', () => {
    expect(BIN_FILLS).toHaveLength(BIN_EDGES.length + 1);
    expect(binOf(Number.MAX_SAFE_INTEGER)).toBe(BIN_FILLS.length - 1);
  });

  it.each([0, -0, -1, -100_000, Number.NaN, Number.NEGATIVE_INFINITY])(
    'refuses %d: zero is no data, not a bin',
    (count) => {
      expect(() => binOf(count)).toThrow(RangeError);
    },
  );
});

describe('binOf with custom edges', () => {
  it.each([1, 99, 100, 1e9])('puts %d in bin 0 when there are no edges', (count) => {
    expect(binOf(count, [])).toBe(0);
  });

  it.each([
    [1, 0],
    [49, 0],
    [50, 1],
    [1e6, 1],
  ])('one edge at 50: %d → bin %d', (count, bin) => {
    expect(binOf(count, [50])).toBe(bin);
  });

  it.each([
    [4, 0],
    [5, 1],
    [19, 1],
    [20, 2],
  ])('edges 5 and 20: %d → bin %d', (count, bin) => {
    expect(binOf(count, [5, 20])).toBe(bin);
  });

  it('still refuses zero with custom edges', () => {
    expect(() => binOf(0, [])).toThrow(RangeError);
    expect(() => binOf(0, [50])).toThrow(RangeError);
  });
});

describe('binOf is a threshold scale, independent of the data', () => {
  // A quantile or min–max scale would give these lists different bins; thresholds do not.
  const lists: [string, number[]][] = [
    ['all values equal', [500, 500, 500]],
    ['one value', [500]],
    ['small values around it', [1, 2, 500, 3]],
    ['large values around it', [500, 941_889, 1_000_000]],
  ];

  it.each(lists)('bins 500 as 1 whatever the list (%s)', (_name, values) => {
    const bins = values.map((value) => binOf(value));
    values.forEach((value, index) => {
      if (value === 500) expect(bins[index]).toBe(1);
    });
  });

  it('gives every equal value the same bin, the one its count sets', () => {
    expect([7, 7, 7].map((value) => binOf(value))).toEqual([0, 0, 0]);
    expect([250_000, 250_000].map((value) => binOf(value))).toEqual([4, 4]);
  });

  it('bins each value the same alone and in a list', () => {
    const values = [3, 150, 4_000, 55_555, 941_889];
    expect(values.map((value) => binOf(value))).toEqual([0, 1, 2, 3, 4]);
    expect([...values].reverse().map((value) => binOf(value))).toEqual([4, 3, 2, 1, 0]);
  });
});

describe('binLabels', () => {
  const format = (value: number) => new Intl.NumberFormat('en-GB').format(value);
  const words = { fewerThan: 'fewer than', orMore: 'or more' };

  it('has one label per bin: edges + 1', () => {
    expect(binLabels(format, words)).toHaveLength(BIN_EDGES.length + 1);
    expect(binLabels(format, words, [50])).toHaveLength(2);
    expect(binLabels(format, words, [5, 20, 300])).toHaveLength(4);
  });

  it('labels the default bins', () => {
    expect(binLabels(format, words)).toEqual([
      'fewer than 100',
      '100 – 999',
      '1,000 – 9,999',
      '10,000 – 99,999',
      '100,000 or more',
    ]);
  });

  it('mentions each edge, as the lower bound of the bin it opens', () => {
    const labels = binLabels(format, words);
    BIN_EDGES.forEach((edge, index) => {
      expect(labels.join(' | ')).toContain(format(edge));
      expect(labels[index + 1]!.startsWith(format(edge))).toBe(true);
    });
    expect(labels[0]).toContain(format(BIN_EDGES[0]));
  });

  it('agrees with binOf: the bounds written in each label fall in that bin', () => {
    const labels = binLabels(String, words);
    labels.forEach((label, bin) => {
      const bounds = label.match(/\d+/g)!.map(Number);
      if (bin === 0) {
        expect(binOf(bounds[0]! - 1)).toBe(0); // "fewer than 100": 99 is in bin 0
        expect(binOf(bounds[0]!)).toBe(1);
      } else if (bin === labels.length - 1) {
        expect(binOf(bounds[0]!)).toBe(bin); // "100000 or more"
      } else {
        expect(bounds).toHaveLength(2);
        expect(binOf(bounds[0]!)).toBe(bin);
        expect(binOf(bounds[1]!)).toBe(bin);
        expect(binOf(bounds[1]! + 1)).toBe(bin + 1);
      }
    });
  });

  it('uses the words and format it is given', () => {
    const es = (value: number) => new Intl.NumberFormat('es', { useGrouping: 'always' }).format(value);
    expect(binLabels(es, { fewerThan: 'menos de', orMore: 'o más' }, [100, 1_000])).toEqual([
      'menos de 100',
      '100 – 999',
      '1.000 o más',
    ]);
  });

  it('gives a single edge a "fewer than" and an "or more" label', () => {
    expect(binLabels(format, words, [50])).toEqual(['fewer than 50', '50 or more']);
  });

  it('gives no labels without edges', () => {
    expect(binLabels(format, words, [])).toEqual([]);
  });
});
