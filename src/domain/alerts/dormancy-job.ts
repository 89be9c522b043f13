/**
 * The daily dormancy sweep: an Aktif desa becomes Dorman by time passing alone, with no
 * message that would refresh it. Refreshing every desa last recorded as Aktif records that
 * change (and alerts its officers) on the day it happens rather than at the next check.
 */
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../tx.js';
import { refreshWithAlerts } from './level-alerts.js';

/** Refreshes every desa last recorded Aktif; returns how many changed level. */
export async function checkDormantAreas(
  tx: Pick<DomainTx, 'alertReports' | 'status' | 'officers' | 'outbox' | 'regions' | 'groups' | 'privacy'>,
  now: Date,
  thresholds: StatusThresholds,
): Promise<{ readonly checked: number; readonly changed: number }> {
  // Sorted, so concurrent refreshes elsewhere take the per-desa locks in the same order.
  const codes = [...(await tx.alertReports.villagesAtLevel('aktif'))].sort();
  let changed = 0;
  for (const villageCode of codes) {
    const result = await refreshWithAlerts(tx, { villageCode }, now, thresholds);
    if (result.changed && result.previous?.level !== result.status.level) changed += 1;
  }
  return { checked: codes.length, changed };
}
