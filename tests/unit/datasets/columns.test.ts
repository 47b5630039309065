/** The column dictionary: every column of every download is described, and a new one is refused until it is. */
import { describe, expect, it } from 'vitest';
import { columnDictionary, describeColumns, HEADLINE_FIGURES_ID } from '../../../src/datasets/columns.ts';
import { DATASETS } from '../../../src/datasets/registry.ts';
import { columnsOf } from '../../../src/datasets/tables.ts';
import { factsDataset, PROVENANCE_COLUMNS } from '../../../src/downloads/files.ts';

describe('columnDictionary', () => {
  it.each(DATASETS.map((dataset) => [dataset.id, dataset] as const))(
    'describes every column of %s, in file order',
    (id, dataset) => {
      const columns = [...columnsOf(dataset.kind), 'note', ...PROVENANCE_COLUMNS];
      const described = describeColumns(id, columns, columnDictionary(dataset));
      expect(described.map((column) => column.name)).toEqual(columns);
      for (const column of described) expect(column.description.trim().length).toBeGreaterThan(10);
    },
  );

  it('describes every column of the headline figures', () => {
    const { columns } = factsDataset([], new Map());
    expect(describeColumns(HEADLINE_FIGURES_ID, columns, columnDictionary(HEADLINE_FIGURES_ID))).toHaveLength(
      columns.length,
    );
  });

  it('describes the sexes only for tables that have them', () => {
    expect(columnDictionary({ kind: 'stock-by-sex' })).toHaveProperty('female');
    expect(columnDictionary({ kind: 'stock' })).not.toHaveProperty('female');
    expect(columnDictionary({ kind: 'stock' })).not.toHaveProperty('refugees');
  });
});

describe('describeColumns', () => {
  it('refuses columns it has no description for, naming each and the file to add them to', () => {
    expect(() => describeColumns('x', ['year', 'mystery', 'other'], { year: 'The year.' })).toThrow(
      'x: no description for the columns mystery, other (add them to src/datasets/columns.ts)',
    );
  });

  it('does not take inherited properties for descriptions', () => {
    expect(() => describeColumns('x', ['toString'], {})).toThrow(/toString/);
  });
});

describe('the headline figures’ dictionary', () => {
  it('lists the roles and qualifiers the fact schema allows', () => {
    const dictionary = columnDictionary(HEADLINE_FIGURES_ID);
    expect(dictionary.role).toBe(
      'The migration role the figure belongs to: origin, destination, transit, refugee-host, deportee-receiving or context.',
    );
    expect(dictionary.qualifier).toContain('about, more-than or stated');
  });
});
