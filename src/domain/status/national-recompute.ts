/**
 * The national recompute: every desa's WKSBM level at once, for operators after a change
 * of thresholds, an import of records, or simply to bring every level (and Dorman by the
 * passing of time) up to date without waiting for a message about each desa. Storage
 * evaluates the same rules as {@link computeStatus} with set-based SQL over every desa at once,
 * under a national lock that single refreshes share, and records every change in the level
 * history exactly as a refresh would (src/storage/status/national-recompute.ts).
 */
import { localDay } from './days.js';
import type { WksbmLevel } from '../model/status.js';
import { factsSince, type StatusThresholds } from './status.js';

/** What one run did. */
export interface NationalRecomputeResult {
  /** Desa evaluated: those with a group or a recorded level. */
  readonly villages: number;
  /** History rows written (level changed, or first record). */
  readonly changed: number;
  /** Desa per level after the run. */
  readonly byLevel: Readonly<Record<WksbmLevel, number>>;
  readonly ms: number;
}

/** The moment and windows a recompute evaluates at, in the storage's terms. */
export interface RecomputeWindow {
  readonly now: Date;
  /** Asia/Jakarta day number of `now` (days since 1970-01-01). */
  readonly today: number;
  /** Earliest activity date the rules read (a calendar date at UTC midnight). */
  readonly since: Date;
  readonly thresholds: StatusThresholds;
}

/** Desa done out of the total, reported as the run goes (first `0, total`, last `total, total`). */
export type RecomputeProgress = (done: number, total: number) => void;

/** Storage of the national recompute. */
export interface NationalStatusStore {
  recomputeAll(window: RecomputeWindow, onProgress?: RecomputeProgress): Promise<Omit<NationalRecomputeResult, 'ms'>>;
}

/** Recomputes and records every desa's level at `now`, telling `onProgress` how far it is. */
export async function recomputeNational(
  store: NationalStatusStore,
  now: Date,
  thresholds: StatusThresholds,
  onProgress?: RecomputeProgress,
): Promise<NationalRecomputeResult> {
  const started = Date.now();
  const result = await store.recomputeAll({ now, today: localDay(now), since: factsSince(now, thresholds), thresholds }, onProgress);
  return { ...result, ms: Date.now() - started };
}
