/**
 * Keeping an area's level up to date: compute it from fresh facts and append a history row
 * when it changed. Called inside the transaction of every message that changes an area's
 * facts, and by the `status.check` effect.
 */
import type { Effect } from '../../core/engine/flow.js';
import type { EffectContext, EffectHandler } from '../../core/runner.js';
import type { AreaRef, LevelRecord, StatusRepository, StatusTx } from './ports.js';
import { computeStatus, DEFAULT_STATUS_THRESHOLDS, factsSince, type AreaStatus, type StatusThresholds } from './status.js';

/** The effect a status flow asks for; payload {@link StatusCheckPayload}, value {@link AreaStatus}. */
export const STATUS_CHECK_EFFECT = 'status.check';

/** Payload of {@link STATUS_CHECK_EFFECT}. */
export interface StatusCheckPayload {
  readonly villageCode: string;
  readonly rw?: number;
}

/** The outcome of a refresh. */
export interface RefreshResult {
  readonly status: AreaStatus;
  /** A history row was written: the level or the provisional flag changed, or it was the first. */
  readonly changed: boolean;
  /** The level recorded before this refresh, or null on the first one. */
  readonly previous: LevelRecord | null;
}

/**
 * Recomputes the status of `area` and records it when it differs from the last record.
 * Takes the area's lock first, so concurrent refreshes of one desa see each other's
 * committed facts and records.
 */
export async function refreshStatus(
  repo: StatusRepository,
  area: AreaRef,
  now: Date,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
): Promise<RefreshResult> {
  await repo.lockArea(area);
  const facts = await repo.loadFacts(area, factsSince(now, thresholds));
  const status = computeStatus(facts, now, thresholds);
  const previous = await repo.lastLevel(area);
  const changed = previous === null || previous.level !== status.level || previous.provisional !== status.provisional;
  if (changed) {
    // History is read newest first by time: two changes in one transaction (same `now`),
    // or a clock behind another instance's, must still sort after the previous record.
    const at = previous && previous.at.getTime() >= now.getTime() ? new Date(previous.at.getTime() + 1) : now;
    await repo.recordLevel(area, { level: status.level, provisional: status.provisional, at });
  }
  return { status, changed, previous };
}

/**
 * Refreshes several areas (e.g. the desa and the RW of a changed group) in a fixed order
 * (desa code, then whole desa before its RWs), so two transactions never wait on each
 * other's area locks in opposite orders. Duplicates are refreshed once.
 */
export async function refreshStatuses(
  repo: StatusRepository,
  areas: readonly AreaRef[],
  now: Date,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
): Promise<Array<RefreshResult & { readonly area: AreaRef }>> {
  const unique = new Map<string, AreaRef>();
  for (const area of areas) unique.set(`${area.villageCode}#${area.rw ?? 0}`, area);
  const ordered = [...unique.values()].sort(
    (a, b) => (a.villageCode < b.villageCode ? -1 : a.villageCode > b.villageCode ? 1 : (a.rw ?? 0) - (b.rw ?? 0)),
  );
  const results: Array<RefreshResult & { readonly area: AreaRef }> = [];
  for (const area of ordered) results.push({ area, ...(await refreshStatus(repo, area, now, thresholds)) });
  return results;
}

/**
 * Effect handlers of the status feature, for the conversation runner: `status.check`
 * refreshes the area in the payload (recording a change like any other refresh) and
 * returns its {@link AreaStatus}, computed at the message's `ctx.now`.
 */
export function statusEffects<Tx extends StatusTx>(
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
): Readonly<Record<typeof STATUS_CHECK_EFFECT, EffectHandler<Tx>>> {
  return {
    [STATUS_CHECK_EFFECT]: async (effect: Effect, ctx: EffectContext<Tx>): Promise<AreaStatus> => {
      const area = parsePayload(effect.payload);
      return (await refreshStatus(ctx.tx.status, area, ctx.now, thresholds)).status;
    },
  };
}

/** A malformed payload is a bug in the flow that sent it, so it fails loudly. */
function parsePayload(payload: unknown): AreaRef {
  const value = payload as Partial<StatusCheckPayload> | null | undefined;
  if (typeof value?.villageCode !== 'string' || value.villageCode === '') {
    throw new Error(`${STATUS_CHECK_EFFECT}: payload needs a villageCode`);
  }
  if (value.rw === undefined || value.rw === null) return { villageCode: value.villageCode };
  if (!Number.isInteger(value.rw) || value.rw < 1) throw new Error(`${STATUS_CHECK_EFFECT}: rw must be a whole number ≥ 1`);
  return { villageCode: value.villageCode, rw: value.rw };
}
