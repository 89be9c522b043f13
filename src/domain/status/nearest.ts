/**
 * The desa of an area nearest to their next level, for an officer's recap: which to help
 * first. Each desa's level and what it still lacks are the status check's own (computeStatus,
 * gapSteps, nextSteps), from the facts storage read for all the area's desa at once.
 */
import type { Text } from '../../core/text.js';
import type { VillageFacts } from '../model/area-counts.js';
import type { WksbmLevel } from '../model/status.js';
import { gapSize, gapSteps } from './next-steps.js';
import { computeStatus } from './status.js';
import type { StatusThresholds } from './thresholds.js';

/** A desa near its next level, and what it lacks for it. */
export interface NearVillage {
  readonly code: string;
  readonly name: string;
  readonly districtName: string;
  readonly level: WksbmLevel;
  readonly next: WksbmLevel;
  /** The steps to `next`, as the status check lists them. */
  readonly missing: readonly Text[];
}

/** The level above each one; Aktif has none (a Dorman desa goes back to Aktif). */
const NEXT: Readonly<Record<WksbmLevel, WksbmLevel | null>> = {
  belum_ada: 'rintisan',
  rintisan: 'tumbuh',
  tumbuh: 'aktif',
  aktif: null,
  dorman: 'aktif',
};

/** Of two desa lacking as much, the one nearer Aktif first: its step up is the larger. */
const RANK: Readonly<Record<WksbmLevel, number>> = { dorman: 0, tumbuh: 0, rintisan: 1, belum_ada: 2, aktif: 3 };

/**
 * Up to `limit` of `villages` below Aktif, those lacking least for their next level first
 * (then the one nearer Aktif, then by name), each with its level computed now and the steps
 * still missing.
 */
export function nearestToNextLevel(villages: readonly VillageFacts[], now: Date, thresholds: StatusThresholds, limit: number): NearVillage[] {
  const ranked = villages.flatMap((village) => {
    const status = computeStatus(village.facts, now, thresholds);
    const next = NEXT[status.level];
    if (next === null) return [];
    // Dorman's steps back to Aktif are the status check's own (a joint activity first).
    const missing = status.level === 'dorman' ? status.nextSteps : gapSteps(next, status.criteria, thresholds);
    const near: NearVillage = { code: village.code, name: village.name, districtName: village.districtName, level: status.level, next, missing };
    return [{ near, lack: gapSize(status.level, status.criteria) }];
  });
  ranked.sort(
    (a, b) =>
      a.lack - b.lack ||
      RANK[a.near.level] - RANK[b.near.level] ||
      a.near.name.localeCompare(b.near.name, 'id') ||
      (a.near.code < b.near.code ? -1 : a.near.code > b.near.code ? 1 : 0),
  );
  return ranked.slice(0, Math.max(0, limit)).map((entry) => entry.near);
}
