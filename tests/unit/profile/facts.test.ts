/** Headline facts by migration role in the profile's order, sourced ones apart from the 2020 page's. */
import { describe, expect, it } from 'vitest';
import { factsByRole, profileRoles, ROLE_ORDER, type Fact } from '../../../src/profile/facts.ts';

function fact(id: string, role: Fact['role'], order: number, source = 'inmovilidad-peru-2020'): Fact {
  return {
    id,
    role,
    order,
    kind: 'statement',
    year: 2020,
    source,
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

describe('profileRoles', () => {
  const SEED = 'inmovilidad-peru-2020';
  const isSeed = (entry: Fact) => entry.source === SEED;
  const facts = [
    fact('origin-inei-b', 'origin', 2, 'inei-2024'),
    fact('origin-2020-second', 'origin', 3),
    fact('host-migraciones', 'refugee-host', 1, 'migraciones-2024'),
    fact('origin-2020-first', 'origin', 1),
    fact('origin-inei-a', 'origin', 2, 'inei-2024'),
    fact('context-2020', 'context', 1),
  ];
  const roles = profileRoles(facts, isSeed);
  const byRole = (role: Fact['role']) => roles.find((entry) => entry.role === role)!;
  const ids = (list: Fact[]) => list.map((entry) => entry.id);

  it('gives every role in profile order, also those without facts', () => {
    expect(roles.map((entry) => entry.role)).toEqual(ROLE_ORDER);
    for (const role of ['destination', 'transit', 'deportee-receiving'] as const) {
      expect(byRole(role)).toEqual({ role, sourced: [], said2020: [] });
    }
  });

  it("splits a role's facts into sourced ones and the 2020 page's statements, by the predicate", () => {
    expect(ids(byRole('origin').sourced)).toEqual(['origin-inei-a', 'origin-inei-b']);
    expect(ids(byRole('origin').said2020)).toEqual(['origin-2020-first', 'origin-2020-second']);
    expect(ids(byRole('refugee-host').sourced)).toEqual(['host-migraciones']);
    expect(byRole('refugee-host').said2020).toEqual([]);
    expect(byRole('context').sourced).toEqual([]);
    expect(ids(byRole('context').said2020)).toEqual(['context-2020']);
  });

  it('keeps every fact exactly once', () => {
    const all = roles.flatMap((entry) => [...entry.sourced, ...entry.said2020]).map((entry) => entry.id);
    expect(all.sort()).toEqual(ids(facts).sort());
  });

  it('puts every fact on one side when the predicate says so', () => {
    const allSeed = profileRoles(facts, () => true);
    expect(allSeed.every((entry) => entry.sourced.length === 0)).toBe(true);
    expect(allSeed.flatMap((entry) => entry.said2020)).toHaveLength(facts.length);
    const noneSeed = profileRoles(facts, () => false);
    expect(noneSeed.every((entry) => entry.said2020.length === 0)).toBe(true);
    expect(noneSeed.flatMap((entry) => entry.sourced)).toHaveLength(facts.length);
  });

  it('gives every role, empty, for no facts', () => {
    expect(profileRoles([], isSeed)).toEqual(ROLE_ORDER.map((role) => ({ role, sourced: [], said2020: [] })));
  });
});
