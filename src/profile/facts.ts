/** Grouping of headline facts by migration role, in the order the profile tells them. */
import type { z } from 'astro/zod';
import { migrationRole, type MigrationRole, type makeFactSchema } from '../schemas/fact.ts';

export type FactData = z.output<ReturnType<typeof makeFactSchema<z.ZodString>>>;
export type Fact = FactData & { id: string };

/** The order of the profile's sections: the order the roles are declared in the schema. */
export const ROLE_ORDER: readonly MigrationRole[] = migrationRole.options;

/** Facts grouped by role, roles in profile order, facts by their `order` then id. */
export function factsByRole(facts: readonly Fact[]): { role: MigrationRole; facts: Fact[] }[] {
  return ROLE_ORDER.map((role) => ({
    role,
    facts: facts
      .filter((fact) => fact.role === role)
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
  })).filter((group) => group.facts.length > 0);
}

/** A role of the profile: the sourced facts it shows among its headline figures, and what the 2020 page said. */
export interface ProfileRole {
  role: MigrationRole;
  /** Facts from sources other than the 2020 page (a statistics office's figure, say). */
  sourced: Fact[];
  /** The 2020 page's statements for the role: shown apart, as dated statements. */
  said2020: Fact[];
}

/** Every role in profile order, its facts split into sourced ones and the 2020 page's statements. */
export function profileRoles(
  facts: readonly Fact[],
  isSeedStatement: (fact: Fact) => boolean,
): ProfileRole[] {
  const grouped = new Map(factsByRole(facts).map((group) => [group.role, group.facts]));
  return ROLE_ORDER.map((role) => {
    const all = grouped.get(role) ?? [];
    return {
      role,
      sourced: all.filter((fact) => !isSeedStatement(fact)),
      said2020: all.filter((fact) => isSeedStatement(fact)),
    };
  });
}
