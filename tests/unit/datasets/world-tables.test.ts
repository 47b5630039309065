/** The world tables' whole-table rules: one row per key, sexes adding up, origins adding up to WLD. */
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../../src/datasets/registry.ts';
import { readDatasetTable } from '../../../src/datasets/tables.ts';

const corridors = datasetFor('world-stocks', 'corridor-by-sex');
const HEADER = 'destination,origin,year,count,male,female';
const read = (...lines: string[]) =>
  readDatasetTable(corridors, [HEADER, ...lines].join('\n') + '\n', 'c.csv');

describe('the corridors table', () => {
  it('accepts origins and XXX that add up to WLD for every sex', () => {
    const { problems } = read('CHL,WLD,2024,10,4,6', 'CHL,PER,2024,7,3,4', 'CHL,XXX,2024,3,1,2');
    expect(problems).toEqual([]);
  });

  it('refuses a destination whose origins do not add up to its total, naming the sex', () => {
    const { problems } = read('CHL,WLD,2024,10,4,6', 'CHL,PER,2024,9,4,5');
    expect(problems.map((problem) => problem.field).sort()).toEqual(['count', 'female']);
    expect(problems[0]!.message).toContain('CHL 2024');
    expect(problems[0]!.line).toBe(2);
  });

  it('refuses origins without a WLD row, repeated rows and sexes that do not add up', () => {
    expect(read('CHL,PER,2024,7,3,4').problems[0]!.message).toContain('no WLD');
    const repeated = read('CHL,WLD,2024,14,6,8', 'CHL,PER,2024,7,3,4', 'CHL,PER,2024,7,3,4').problems;
    expect(repeated.some((problem) => problem.message.includes('repeats'))).toBe(true);
    const sexes = read('CHL,WLD,2024,8,3,4', 'CHL,PER,2024,8,3,4').problems;
    expect(sexes.some((problem) => problem.message.includes('male + female'))).toBe(true);
  });

  it('reads a blank count as men plus women, which the total then checks', () => {
    const { rows, problems } = read('HUN,WLD,1990,5,2,3', 'HUN,ARE,1990,,0,0', 'HUN,AUT,1990,5,2,3');
    expect(problems).toEqual([]);
    expect(rows[1]!.row.count).toBe(0);
  });

  it('refuses a year the edition does not have and a code that is not a place', () => {
    expect(() => read('CHL,WLD,2023,1,1,0')).toThrow();
    expect(() => read('CHL,ZZZ,2024,1,1,0')).toThrow();
  });
});

describe('the UNHCR population table', () => {
  const unhcr = datasetFor('world-protection', 'unhcr-population');
  const HEAD =
    'year,coo_iso,coa_iso,refugees,asylum_seekers,returned_refugees,idps,returned_idps,stateless,ooc,oip,hst';
  it('reads a blank oip as not reported and refuses a repeated row', () => {
    const { rows, problems } = readDatasetTable(
      unhcr,
      [HEAD, '2024,VEN,PER,1,2,0,0,0,0,0,,0', '2024,VEN,PER,1,2,0,0,0,0,0,3,0'].join('\n'),
      'u.csv',
    );
    expect(rows[0]!.row.oip).toBeNull();
    expect(rows[1]!.row.oip).toBe(3);
    expect(problems).toHaveLength(1);
  });
});
