/**
 * What waits in a leader's confirmation inbox (domain/confirmations): a request of another
 * group to confirm taking part in an activity, a relation, or a co-leader joining. Here
 * because the answer event (CONFIRMATION_ANSWERED) carries the item answered.
 */
import type { ActivityCategory, ParticipationRequest } from './activities.js';
import type { CoLeaderRequest } from './groups.js';
import type { RelationKind, RelationRequest } from './relations.js';

/** One request waiting for a leader's answer. */
export type InboxItem =
  | ({
      readonly kind: 'participation';
      /**
       * Set when the reporting group corrected the activity after an officer rejected it and sent
       * it back: the leader may have confirmed it before and is told why it is asked again.
       * `before` holds the date and kind it had, where the correction changed them.
       */
      readonly corrected?: ParticipationCorrected;
    } & ParticipationRequest)
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
      readonly requesterPhone: string | null;
    };

/** What a correction changed of an activity a partner is asked about: its earlier date and kind, where they changed. */
export interface ParticipationCorrected {
  /** Calendar date, YYYY-MM-DD, before the correction; absent when the date stayed. */
  readonly date?: string;
  readonly category?: ActivityCategory;
}

/** The three lists of a leader's inbox: requests to the enabled groups the person actively leads or co-leads, each list oldest first. */
export interface PendingRequests {
  /** Requests to confirm taking part in an activity, leaving out activities an officer rejected. */
  readonly participations: readonly ParticipationRequest[];
  /** Relations another enabled group declared with one of the leader's groups. */
  readonly relations: readonly RelationRequest[];
  /** People asking to co-lead one of the leader's groups. */
  readonly coLeaders: readonly CoLeaderRequest[];
}

/** The confirmation inbox's reads, bound to the caller's transaction. */
export interface ConfirmationInbox {
  /** Everything waiting for the leader's answer, in one read (the inbox is read twice when an item is answered). */
  pending(leaderId: string): Promise<PendingRequests>;
}
