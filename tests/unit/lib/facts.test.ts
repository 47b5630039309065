/** Headline facts grouped by migration role, in the profile's order. */
import { describe, expect, it } from 'vitest';
import { factsByRole, ROLE_ORDER, type Fact } from '../../../src/lib/facts.ts';

function fact(id: string, role: Fact['role'], order: number): Fact {
  return {
    id,
    role,
    order,
    kind: 'statement',
    year: 2020,
    source: 'inmovilidad-peru-2020',
    label: { en: id, es: id },
  } as Fact;
}

describe('factsByRole', () => {
  const facts = [
    fact('context-b', 'context', 1),
    fact('origin-second', 'origin', 2),
    fact('host', 'refugee-host', 1),
    fact('origin-first', 'origin', 1),
    fact('context-a', 'context', 1),
    fact('origin-tenth', 'origin', 10),
  ];
  const groups = factsByRole(facts);

  it('gives roles in profile order and leaves out roles without facts', () => {
    expect(groups.map((group) => group.role)).toEqual(['origin', 'refugee-host', 'context']);
  });

  it('orders facts by their order number (numerically), then by id', () => {
    expect(groups[0]!.facts.map((entry) => entry.id)).toEqual([
      'origin-first',
      'origin-second',
      'origin-tenth',
    ]);
    expect(groups[2]!.facts.map((entry) => entry.id)).toEqual(['context-a', 'context-b']);
  });

  it('keeps every fact exactly once', () => {
    expect(groups.flatMap((group) => group.facts).length).toBe(facts.length);
  });

  it('gives no groups for no facts', () => {
    expect(factsByRole([])).toEqual([]);
  });

  it('follows the order sending, destination, transit, refugee host, deportee receiving, context', () => {
    expect(ROLE_ORDER).toEqual([
      'origin',
      'destination',
      'transit',
      'refugee-host',
      'deportee-receiving',
      'context',
    ]);
    const all = ROLE_ORDER.slice()
      .reverse()
      .map((role, index) => fact(`f${index}`, role, 1));
    expect(factsByRole(all).map((group) => group.role)).toEqual(ROLE_ORDER);
  });
});
