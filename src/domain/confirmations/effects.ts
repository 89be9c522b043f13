/**
 * Inbox effects: listing what waits for a leader and recording their answer. Each answer
 * re-checks that the person leads the group concerned at that moment.
 */
import { z } from 'zod';
import type { EffectHandler } from '../../core/effect-registry.js';
import { noticeAnswer } from '../alerts/answer-notices.js';
import { refreshWithAlerts } from '../alerts/level-alerts.js';
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../model/tx.js';
import { inboxItemKey, loadInbox, type InboxItem } from './inbox.js';

export const INBOX_EFFECTS = {
  list: 'inbox.list',
  decide: 'inbox.decide',
} as const;

/** What came of an answer, and what is left to answer. */
export interface DecideResult {
  readonly outcome: 'recorded' | 'forbidden' | 'gone';
  readonly items: readonly InboxItem[];
}

const decideSchema = z.object({ key: z.string().min(3).max(200), accept: z.boolean() });

/** Builds the inbox effect handlers. */
export function inboxEffects<Tx extends DomainTx>(thresholds: StatusThresholds): Record<string, EffectHandler<Tx>> {
  return {
    [INBOX_EFFECTS.list]: async (_effect, { tx, person }) => loadInbox(tx, person.id),

    [INBOX_EFFECTS.decide]: async (effect, { tx, person, now }): Promise<DecideResult> => {
      const { key, accept } = decideSchema.parse(effect.payload);
      // Look the item up again rather than trusting the payload: it must still be pending
      // and addressed to this person.
      const item = (await loadInbox(tx, person.id)).find((candidate) => inboxItemKey(candidate) === key);
      let outcome: DecideResult['outcome'] = 'gone';
      if (item) {
        outcome = (await decide(tx, item, accept, person.id, now)) ? 'recorded' : 'forbidden';
        if (outcome === 'recorded') await noticeAnswer(tx, item, accept, person.id, now);
        const village = await villageOf(tx, item);
        if (outcome === 'recorded' && village) await refreshWithAlerts(tx, { villageCode: village }, now, thresholds);
      }
      return { outcome, items: await loadInbox(tx, person.id) };
    },
  };
}

async function decide(tx: DomainTx, item: InboxItem, accept: boolean, personId: string, now: Date): Promise<boolean> {
  switch (item.kind) {
    case 'participation':
      if (!(await tx.groups.leaderRole(item.groupId, personId))) return false;
      return tx.activities.decideParticipation(item.activityId, item.groupId, accept, personId, now);
    case 'relation': {
      const target = await tx.relations.targetGroup(item.relationId);
      if (!target || !(await tx.groups.leaderRole(target.groupId, personId))) return false;
      return tx.relations.decide(item.relationId, accept, now);
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
