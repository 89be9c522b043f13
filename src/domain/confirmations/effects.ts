/**
 * Inbox effects: listing what waits for a leader and recording their answer. Each answer
 * re-checks that the person leads the group concerned at that moment; a recorded one is
 * told (CONFIRMATION_ANSWERED: whoever asked hears it) and changes the desa's facts.
 */
import { z } from 'zod';
import type { EffectContext } from '../../core/effect-context.js';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import { AREA_FACTS_CHANGED, CONFIRMATION_ANSWERED } from '../model/events.js';
import type { DomainTx } from '../model/tx.js';
import { inboxItemKey, loadInbox, type InboxItem } from './inbox.js';

/** What came of an answer, and what is left to answer. */
export interface DecideResult {
  readonly outcome: 'recorded' | 'forbidden' | 'gone';
  readonly items: readonly InboxItem[];
}

/** What waits for the person's answer. */
export const INBOX_LIST = defineEffect<InboxItem[]>()('inbox.list', z.undefined());

/** Records the person's answer to the item of `key` (see inboxItemKey). */
export const INBOX_DECIDE = defineEffect<DecideResult>()('inbox.decide', z.object({ key: z.string().min(3).max(200), accept: z.boolean() }));

/** Builds the inbox effect handlers. */
export function inboxEffects<Tx extends DomainTx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(INBOX_LIST, async (_payload, { tx, person }: EffectContext<Tx>) => loadInbox(tx, person.id)),

    handleEffect(INBOX_DECIDE, async ({ key, accept }, { tx, person, now, emit }: EffectContext<Tx>): Promise<DecideResult> => {
      // Look the item up again rather than trusting the payload: it must still be pending
      // and addressed to this person.
      const before = await loadInbox(tx, person.id);
      const item = before.find((candidate) => inboxItemKey(candidate) === key);
      // Nothing was written: what is left is what was there.
      if (!item) return { outcome: 'gone', items: before };
      const outcome: DecideResult['outcome'] = (await decide(tx, item, accept, person.id, now)) ? 'recorded' : 'forbidden';
      if (outcome === 'recorded') await emit(CONFIRMATION_ANSWERED, { item, accept, deciderId: person.id });
      const village = await villageOf(tx, item);
      if (outcome === 'recorded' && village) await emit(AREA_FACTS_CHANGED, { area: { villageCode: village } });
      const left = outcome === 'recorded' ? leftAfterAnswer(before, item) : null;
      return { outcome, items: left ?? (await loadInbox(tx, person.id)) };
    }),
  ];
}

/**
 * What is left to answer after `answered` was recorded, when it is the rest of `before`:
 * an answer changes only its own item's request (what follows it writes alerts and the
 * desa's level, none of which an inbox lists). Not so for another group's request to take
 * part in the same activity: a confirmation can change which group reported it (the first
 * confirmed, reporting-group rule), so the inbox is read again (null).
 */
function leftAfterAnswer(before: readonly InboxItem[], answered: InboxItem): InboxItem[] | null {
  const left = before.filter((candidate) => candidate !== answered);
  if (answered.kind === 'participation' && left.some((candidate) => candidate.kind === 'participation' && candidate.activityId === answered.activityId)) return null;
  return left;
}

async function decide(tx: DomainTx, item: InboxItem, accept: boolean, personId: string, now: Date): Promise<boolean> {
  switch (item.kind) {
    case 'participation':
      // The statement records it only while the person leads the group (the role check is part of it).
      return tx.activities.decideParticipation(item.activityId, item.groupId, accept, personId, now);
    case 'relation': {
      const target = await tx.relations.targetGroup(item.relationId);
      if (!target || !(await tx.groups.leaderRole(target.groupId, personId))) return false;
      // Who confirmed it is kept: the person who declared it, leading both groups, may (officers see it marked).
      return tx.relations.decide(item.relationId, accept, personId, now);
    }
    case 'coleader':
      if (!(await tx.groups.leaderRole(item.groupId, personId))) return false;
      return tx.groups.decideCoLeader(item.groupId, item.requesterId, accept);
  }
}

async function villageOf(tx: DomainTx, item: InboxItem): Promise<string | null> {
  switch (item.kind) {
    case 'participation':
      return tx.activities.villageOf(item.activityId);
    case 'relation':
      return (await tx.relations.targetGroup(item.relationId))?.villageCode ?? null;
    case 'coleader':
      return (await tx.groups.get(item.groupId))?.villageCode ?? null;
  }
}
