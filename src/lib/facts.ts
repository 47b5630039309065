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
