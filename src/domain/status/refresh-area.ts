/**
 * Refreshing an area's level as the rest of the bot hears of it: the refresh itself
 * (status-service.ts), then the events of what it found — a drop first seen
 * (LEVEL_DROP_STARTED) or a change of the recorded level (LEVEL_CHANGED) — in the
 * transaction that records them. Every refresh goes through here: the facts changing
 * (AREA_FACTS_CHANGED, see subscriptions.ts), a status check and the daily dormancy sweep.
 */
import type { Emit } from '../../core/events.js';
import { LEVEL_CHANGED, LEVEL_DROP_STARTED } from '../model/events.js';
import type { AreaRef, StatusTx } from '../model/status.js';
import { refreshStatus, type RefreshOptions, type RefreshResult } from './status-service.js';
import type { StatusThresholds } from './status.js';

/** What a refresh works with: an effect's or a subscriber's context, or a job's. */
export interface RefreshContext<Tx extends StatusTx> {
  readonly tx: Tx;
  readonly now: Date;
  readonly emit: Emit;
}

/**
 * Recomputes and records the level of `area` and emits what changed. The first record of
 * an area is not a change; a change of the provisional flag alone is not one either.
 */
export async function refreshArea<Tx extends StatusTx>(
  { tx, now, emit }: RefreshContext<Tx>,
  area: AreaRef,
  thresholds: StatusThresholds,
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  const result = await refreshStatus(tx.status, area, now, thresholds, options);
  const { previous, status } = result;
  if (result.dropStarted && status.pendingDrop) {
    await emit(LEVEL_DROP_STARTED, { area, current: status.level, drop: status.pendingDrop, since: result.dropStarted.since });
  }
  if (result.changed && previous && previous.level !== status.level) await emit(LEVEL_CHANGED, { area, previous, status });
  return result;
}
