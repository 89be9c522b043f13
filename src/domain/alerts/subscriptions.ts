/**
 * What alerts and leader notices react to: the domain events of the other features
 * (domain/model/events.ts), each handled in the transaction of the change. The order
 * within one event is the order here. An area's refresh is the status feature's
 * (status/subscriptions.ts); alerts hear what it found (LEVEL_DROP_STARTED, LEVEL_CHANGED).
 */
import { subscribe, type EventContext, type EventDefinition, type Subscription } from '../../core/events.js';
import {
  ACTIVITY_CORRECTED,
  ACTIVITY_LOGGED,
  ACTIVITY_WITHDRAWN,
  CO_LEADER_REQUESTED,
  CONFIRMATION_ANSWERED,
  GROUP_CHANGED,
  GROUP_EDITED,
  GROUP_MERGED,
  GROUP_REGISTERED,
  RELATION_DECLARED,
  VERIFICATION_DECIDED,
} from '../model/events.js';
import type { DomainTx } from '../model/tx.js';
import { noticeAnswer } from './answer-notices.js';
import { onActivityCorrected, onActivityLogged, onCoLeaderRequested, onGroupChanged, onGroupRegistered, onRelationDeclared } from './event-alerts.js';
import { levelAlertSubscriptions } from './level-alerts.js';
import { noticeVerdict } from './verdict-notices.js';
import { noticeMerge } from './merge-notices.js';
import { noticeGroupEdited } from './edit-notices.js';
import { noticeRequestEnded } from './request-ended-notices.js';

/** The alert subscriptions, for the assistant's event bus. */
export function alertSubscriptions<Tx extends DomainTx>(): Subscription<Tx>[] {
  const on = <P>(event: EventDefinition<P>, handler: (payload: P, ctx: EventContext<Tx>) => Promise<unknown>): Subscription<Tx> =>
    subscribe(event, async (payload: P, ctx: EventContext<Tx>) => {
      await handler(payload, ctx);
    });
  return [
    on(GROUP_REGISTERED, ({ group, leader, actorId }, { tx, now }) => onGroupRegistered(tx, group, leader, actorId, now)),
    on(GROUP_CHANGED, (changed, { tx, now }) => onGroupChanged(tx, changed, now)),
    on(CO_LEADER_REQUESTED, ({ group, requesterName, actorId }, { tx, now }) => onCoLeaderRequested(tx, group, requesterName, actorId, now)),
    on(ACTIVITY_LOGGED, ({ activityId, partnerGroupIds, actorId, withPhotos }, { tx, now }) => onActivityLogged(tx, activityId, partnerGroupIds, actorId, withPhotos, now)),
    on(ACTIVITY_CORRECTED, ({ activityId, actorId, reaskedGroupIds, unchanged, newPhotos, earlierReason, before }, { tx, now }) =>
      onActivityCorrected(tx, activityId, actorId, reaskedGroupIds, now, unchanged === true, newPhotos ?? 0, { reason: earlierReason ?? null, before: before ?? null }),
    ),
    on(ACTIVITY_WITHDRAWN, ({ activity, actorId }, { tx, now }) => noticeRequestEnded(tx, activity, 'withdrawn', now, actorId)),
    on(RELATION_DECLARED, ({ relationId, from, to, kind, actorId }, { tx, now }) => onRelationDeclared(tx, relationId, from, to, kind, actorId, now)),
    on(VERIFICATION_DECIDED, (payload, { tx, now }) => noticeVerdict(tx, payload, now)),
    on(GROUP_EDITED, (payload, { tx, now }) => noticeGroupEdited(tx, payload, now)),
    on(GROUP_MERGED, (payload, { tx, now }) => noticeMerge(tx, payload, now)),
    on(CONFIRMATION_ANSWERED, ({ item, accept, deciderId }, { tx, now }) => noticeAnswer(tx, item, accept, deciderId, now)),
    ...levelAlertSubscriptions<Tx>(),
  ];
}
