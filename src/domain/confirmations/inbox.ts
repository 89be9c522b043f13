/**
 * The confirmation inbox of a leader: everything other people asked their groups to
 * confirm — taking part in an activity, a relation, a co-leader joining. It is read from
 * storage each time, so it works the same on every channel and nothing is ever lost in a
 * notification that did not arrive.
 */
import type { InboxItem } from '../model/confirmations.js';
import type { DomainTx } from '../model/tx.js';

// The answer event carries an item: its type lives on the floor.
export type { InboxItem } from '../model/confirmations.js';

/** Everything waiting for the person's answer, oldest kinds first. */
export async function loadInbox(tx: DomainTx, personId: string): Promise<InboxItem[]> {
  const { participations, relations, coLeaders } = await tx.inbox.pending(personId);
  return [
    ...participations.map((item): InboxItem => ({ kind: 'participation', ...item })),
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
