/**
 * Keeping an area's level up to date: compute it from fresh facts and append a history row
 * when it changed. Called inside the transaction of every change of an area's facts, through
 * refresh-area.ts, which tells the rest of the bot what the refresh found.
 */
import { localDay } from './days.js';
import { gapSteps } from './next-steps.js';
import type { AreaRef, LevelRecord, StatusRepository, WksbmLevel } from '../model/status.js';
import { computeStatus, DEFAULT_STATUS_THRESHOLDS, factsSince, type AreaStatus, type StatusThresholds } from './status.js';

const DAY_MS = 86_400_000;

/** Working levels in order; Dorman has its own rule and is never held back. */
const WORKING_RANK: Partial<Record<WksbmLevel, number>> = { belum_ada: 0, rintisan: 1, tumbuh: 2, aktif: 3 };

/** How a refresh treats a drop. */
export interface RefreshOptions {
  /**
   * The change comes from an officer's rejection, a deactivation or an erasure: a drop
   * applies at once. Otherwise a drop from time or the linked share waits out the grace period.
   */
  readonly immediate?: boolean;
}

/** The outcome of a refresh. */
export interface RefreshResult {
  readonly status: AreaStatus;
  /** A history row was written: the level changed, or it was the first record. */
  readonly changed: boolean;
  /** The level recorded before this refresh, or null on the first one. */
  readonly previous: LevelRecord | null;
  /** Set when this refresh first saw a drop that now waits out its grace period (warn once). */
  readonly dropStarted?: { readonly since: Date };
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
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  await repo.lockArea(area);
  const facts = await repo.loadFacts(area, factsSince(now, thresholds));
  const computed = computeStatus(facts, now, thresholds);
  const previous = await repo.lastLevel(area);
  const before = previous ? WORKING_RANK[previous.level] : undefined;
  const after = WORKING_RANK[computed.level];
  const graced =
    !options.immediate && thresholds.dropGraceDays > 0 && before !== undefined && after !== undefined && after < before;

  const status: AreaStatus = computed;
  let dropStarted: RefreshResult['dropStarted'];
  if (graced && previous) {
    const waiting = await repo.pendingDrop(area);
    const since = waiting?.since ?? now;
    const due = new Date(since.getTime() + thresholds.dropGraceDays * DAY_MS);
    if (now.getTime() < due.getTime()) {
      if (!waiting) dropStarted = { since };
      if (!waiting || waiting.level !== computed.level) await repo.setPendingDrop(area, { level: computed.level, since });
      // The level stays; the reply says when it drops and what would prevent it.
      const held: AreaStatus = {
        ...computed,
        level: previous.level,
        pendingDrop: {
          level: computed.level,
          on: new Date(localDay(due) * DAY_MS).toISOString().slice(0, 10),
          fix: gapSteps(previous.level, computed.criteria, thresholds),
        },
      };
      return { status: held, changed: false, previous, ...(dropStarted ? { dropStarted } : {}) };
    }
  }
  // Up, the same, an immediate drop, Dorman, or a drop whose grace period is over.
  if (await repo.pendingDrop(area)) await repo.clearPendingDrop(area);
  // History holds level changes only: verifying a record is a quiet fact, not a change.
  const changed = previous === null || previous.level !== computed.level;
  if (changed) {
    // History is read newest first by time: two changes in one transaction (same `now`),
    // or a clock behind another instance's, must still sort after the previous record.
    const at = previous && previous.at.getTime() >= now.getTime() ? new Date(previous.at.getTime() + 1) : now;
    await repo.recordLevel(area, { level: computed.level, provisional: computed.provisional, at });
  }
  return { status, changed, previous };
}
