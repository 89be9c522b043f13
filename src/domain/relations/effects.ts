/**
 * Relation effects: declaring a tie between two groups of the same desa. Only a leader of
 * the declaring group may declare it; the other group's leaders confirm it in their inbox.
 */
import { z } from 'zod';
import type { EffectHandler } from '../../core/runner.js';
import { onRelationDeclared } from '../alerts/event-alerts.js';
import type { DomainTx } from '../tx.js';
import { RELATION_KINDS } from './ports.js';

export const RELATION_EFFECTS = {
  declare: 'relation.declare',
} as const;

export type DeclareRelationResult =
  | { readonly kind: 'created'; readonly otherName: string }
  | { readonly kind: 'exists'; readonly otherName: string }
  | { readonly kind: 'forbidden' };

const declareSchema = z.object({
  fromGroupId: z.uuid(),
  toGroupId: z.uuid(),
  kind: z.enum(RELATION_KINDS),
});

/** Builds the relation effect handlers. */
export function relationEffects<Tx extends DomainTx>(): Record<string, EffectHandler<Tx>> {
  return {
    [RELATION_EFFECTS.declare]: async (effect, { tx, person, now }): Promise<DeclareRelationResult> => {
      const input = declareSchema.parse(effect.payload);
      if (input.fromGroupId === input.toGroupId) return { kind: 'forbidden' };
      if (!(await tx.groups.leaderRole(input.fromGroupId, person.id))) return { kind: 'forbidden' };
      const [from, to] = await Promise.all([tx.groups.get(input.fromGroupId), tx.groups.get(input.toGroupId)]);
      // Relations only count inside one desa; a stale button may name a group elsewhere.
      if (!from || !to || !from.active || !to.active || from.villageCode !== to.villageCode) return { kind: 'forbidden' };
      const result = await tx.relations.declare(from.id, to.id, input.kind, person.id, now);
      // The other group's leaders hear that a confirmation waits in their inbox.
      if (result.kind === 'created') await onRelationDeclared(tx, result.id, from, to, input.kind, person.id, now);
      return { kind: result.kind, otherName: to.name };
    },
  };
}
