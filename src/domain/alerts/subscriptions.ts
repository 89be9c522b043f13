/**
 * What alerts and leader notices react to: the domain events of the other features
 * (domain/model/events.ts), each handled in the transaction of the change. The order
 * within one event is the order here.
 */
import { subscribe, type EventContext, type EventDefinition, type Subscription } from '../../core/events.js';
import {
  ACTIVITY_CORRECTED,
  ACTIVITY_LOGGED,
  AREA_FACTS_CHANGED,
  CO_LEADER_REQUESTED,
  GROUP_CHANGED,
  GROUP_REGISTERED,
  RELATION_DECLARED,
} from '../model/events.js';
import type { DomainTx } from '../model/tx.js';
import type { StatusThresholds } from '../status/status.js';
import { onActivityCorrected, onActivityLogged, onCoLeaderRequested, onGroupChanged, onGroupRegistered, onRelationDeclared } from './event-alerts.js';
import { refreshWithAlerts } from './level-alerts.js';

/** The alert subscriptions, for the assistant's event bus. */
export function alertSubscriptions<Tx extends DomainTx>(thresholds: StatusThresholds): Subscription<Tx>[] {
  const on = <P>(event: EventDefinition<P>, handler: (payload: P, ctx: EventContext<Tx>) => Promise<unknown>): Subscription<Tx> =>
    subscribe(event, async (payload: P, ctx: EventContext<Tx>) => {
      await handler(payload, ctx);
    });
  return [
    on(GROUP_REGISTERED, ({ group, leader, actorId }, { tx, now }) => onGroupRegistered(tx, group, leader, actorId, now)),
    on(GROUP_CHANGED, ({ group, leader, actorId }, { tx, now }) => onGroupChanged(tx, group, leader, actorId, now)),
    on(CO_LEADER_REQUESTED, ({ group, requesterName, actorId }, { tx, now }) => onCoLeaderRequested(tx, group, requesterName, actorId, now)),
    on(ACTIVITY_LOGGED, ({ activityId, partnerGroupIds, actorId }, { tx, now }) => onActivityLogged(tx, activityId, partnerGroupIds, actorId, now)),
    on(ACTIVITY_CORRECTED, ({ activityId, actorId }, { tx, now }) => onActivityCorrected(tx, activityId, actorId, now)),
    on(RELATION_DECLARED, ({ relationId, from, to, kind, actorId }, { tx, now }) => onRelationDeclared(tx, relationId, from, to, kind, actorId, now)),
    on(AREA_FACTS_CHANGED, ({ area, immediate }, { tx, now }) => refreshWithAlerts(tx, area, now, thresholds, immediate ? { immediate } : {})),
  ];
}
