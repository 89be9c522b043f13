/**
 * The confirmation inbox of a leader: everything other people asked their groups to
 * confirm — taking part in an activity, a relation, a co-leader joining. It is read from
 * storage each time, so it works the same on every channel and nothing is ever lost in a
 * notification that did not arrive.
 */
import { ACTIVITY_CATEGORIES } from '../model/activities.js';
import type { InboxItem, ParticipationCorrected } from '../model/confirmations.js';
import type { DomainTx } from '../model/tx.js';

// The answer event carries an item: its type lives on the floor.
export type { InboxItem } from '../model/confirmations.js';

/** Everything waiting for the person's answer, oldest kinds first. */
export async function loadInbox(tx: DomainTx, personId: string): Promise<InboxItem[]> {
  const { participations, relations, coLeaders } = await tx.inbox.pending(personId);
  return [
    ...participations.map(({ correctedBefore, ...item }): InboxItem => {
      const corrected = correctionOf(correctedBefore);
      return { kind: 'participation', ...item, ...(corrected && { corrected }) };
    }),
    ...relations.map(
      (item): InboxItem => ({
        kind: 'relation',
        relationId: item.relationId,
        groupName: item.groupName,
        fromGroupName: item.fromGroupName,
        fromGroupId: item.fromGroupId,
        relationKind: item.kind,
      }),
    ),
    ...coLeaders.map((item): InboxItem => ({ kind: 'coleader', ...item })),
  ];
}

/**
 * Whether the activity was corrected and sent back after a rejection (read with the inbox
 * from its audit entry, see activities/effects.ts), with the date and kind it had before
 * where the entry kept them: a partner asked again is told why. Null when it never was.
 */
function correctionOf(before: Readonly<Record<string, unknown>> | null | undefined): ParticipationCorrected | null {
  if (before === null || before === undefined) return null;
  const was = typeof before === 'object' ? before : {};
  const date = typeof was['date'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(was['date']) ? was['date'] : undefined;
  const category = ACTIVITY_CATEGORIES.find((known) => known === was['category']);
  return { ...(date && { date }), ...(category && { category }) };
}

/** A stable id of an item, for buttons. */
export function inboxItemKey(item: InboxItem): string {
  switch (item.kind) {
    case 'participation':
      return `p:${item.activityId}:${item.groupId}`;
    case 'relation':
      return `r:${item.relationId}`;
    case 'coleader':
      return `c:${item.groupId}:${item.requesterId}`;
  }
}
