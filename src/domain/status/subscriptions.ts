/**
 * What the status feature reacts to: an area's facts changed (a group, an activity, a
 * confirmation, a verdict), so its level is refreshed in the transaction of the change —
 * after the alerts of the change itself, which the emitter emitted first.
 */
import { subscribe, type EventContext, type Subscription } from '../../core/events.js';
import { AREA_FACTS_CHANGED } from '../model/events.js';
import type { StatusTx } from '../model/status.js';
import { refreshArea } from './refresh-area.js';
import type { StatusThresholds } from './status.js';

/** The status subscriptions, for the assistant's event bus. */
export function statusSubscriptions<Tx extends StatusTx>(thresholds: StatusThresholds): Subscription<Tx>[] {
  return [
    subscribe(AREA_FACTS_CHANGED, async ({ area, immediate }, ctx: EventContext<Tx>) => {
      await refreshArea(ctx, area, thresholds, immediate ? { immediate } : {});
    }),
  ];
}
