/**
 * Relation effects: declaring a tie between two groups of the same desa. Only a leader of
 * the declaring group may declare it; the other group's leaders confirm it in their inbox.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import { RELATION_DECLARED } from '../model/events.js';
import { RELATION_KINDS } from '../model/relations.js';
import type { DomainTx } from '../model/tx.js';
import { jakartaDate } from '../../core/time/wib.js';

export type DeclareRelationResult =
  | { readonly kind: 'created'; readonly otherName: string }
  /** Already there: `confirmed` on `since`, or `pending` since then, asked of the other group or (`awaitsYou`) of the declaring one. */
  | { readonly kind: 'exists'; readonly otherName: string; readonly status: 'pending' | 'confirmed'; readonly since: string; readonly awaitsYou: boolean }
  | { readonly kind: 'forbidden' };

/** Declares a tie from the person's group to another group of its desa. */
export const DECLARE_RELATION = defineEffect<DeclareRelationResult>()(
  'relation.declare',
  z.object({
    fromGroupId: z.uuid(),
    toGroupId: z.uuid(),
    kind: z.enum(RELATION_KINDS),
  }),
);

/** Builds the relation effect handlers. */
export function relationEffects<Tx extends DomainTx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(DECLARE_RELATION, async (input, { tx, person, now, emit }): Promise<DeclareRelationResult> => {
      if (input.fromGroupId === input.toGroupId) return { kind: 'forbidden' };
      if (!(await tx.groups.leaderRole(input.fromGroupId, person.id))) return { kind: 'forbidden' };
      const [from, to] = await Promise.all([tx.groups.get(input.fromGroupId), tx.groups.get(input.toGroupId)]);
      // Relations only count inside one desa; a stale button may name a group elsewhere.
      if (!from || !to || !from.active || !to.active || from.villageCode !== to.villageCode) return { kind: 'forbidden' };
      const result = await tx.relations.declare(from.id, to.id, input.kind, person.id, now);
      // The other group's leaders hear that a confirmation waits in their inbox.
      if (result.kind === 'created') await emit(RELATION_DECLARED, { relationId: result.id, from, to, kind: input.kind, actorId: person.id });
      if (result.kind === 'exists') {
        return { kind: 'exists', otherName: to.name, status: result.status, since: jakartaDate(result.since), awaitsYou: result.askedOfDeclarer };
      }
      return { kind: 'created', otherName: to.name };
    }),
  ];
}
