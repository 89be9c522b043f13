/**
 * What waits in a leader's confirmation inbox (domain/confirmations): a request of another
 * group to confirm taking part in an activity, a relation, or a co-leader joining. Here
 * because the answer event (CONFIRMATION_ANSWERED) carries the item answered.
 */
import type { ParticipationRequest } from './activities.js';
import type { RelationKind } from './relations.js';

/** One request waiting for a leader's answer. */
export type InboxItem =
  | ({ readonly kind: 'participation' } & ParticipationRequest)
  | {
      readonly kind: 'relation';
      readonly relationId: string;
      readonly groupName: string;
      readonly fromGroupName: string;
      readonly fromGroupId: string;
      readonly relationKind: RelationKind;
    }
  | {
      readonly kind: 'coleader';
      readonly groupId: string;
      readonly groupName: string;
      readonly requesterId: string;
      readonly requesterName: string | null;
    };
