/**
 * The daily sweep of changes by time alone: an Aktif desa becomes Dorman, and a desa whose
 * groups or joint activities age out of the window starts (and later ends) the grace period
 * of a drop, with no message that would refresh it. Refreshing every desa last recorded at
 * a working level above Belum Ada (through the status feature, whose events the level
 * alerts hear) records those on the day they happen, warns of a drop once, and alerts
 * officers of the change.
 */
import type { Emit } from '../../core/events.js';
import { refreshArea } from '../status/refresh-area.js';
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../model/tx.js';

/**
 * Refreshes every desa last recorded Aktif, Tumbuh or Rintisan, emitting what changed with
 * `emit` (bound to `tx`); returns how many changed level.
 */
export async function checkDormantAreas(
  tx: Pick<DomainTx, 'alertReports' | 'status'>,
  now: Date,
  thresholds: StatusThresholds,
  emit: Emit,
): Promise<{ readonly checked: number; readonly changed: number }> {
  // Sorted, so concurrent refreshes elsewhere take the per-desa locks in the same order.
  const levels = ['aktif', 'tumbuh', 'rintisan'] as const;
  const found = new Set<string>();
  for (const level of levels) for (const code of await tx.alertReports.villagesAtLevel(level)) found.add(code);
  const codes = [...found].sort();
  let changed = 0;
  for (const villageCode of codes) {
    const result = await refreshArea({ tx, now, emit }, { villageCode }, thresholds);
    if (result.changed && result.previous?.level !== result.status.level) changed += 1;
  }
  return { checked: codes.length, changed };
}
