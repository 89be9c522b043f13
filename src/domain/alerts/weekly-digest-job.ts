/**
 * The weekly digest: each active officer gets the numbers of their areas for the past
 * seven days — groups (and new ones), activities logged, what waits for verification, and
 * every change of a desa's level. One per officer per ISO week (Jakarta), however often
 * the job runs.
 */
import type { DomainTx } from '../model/tx.js';
import { digestMessage } from './alert-messages.js';
import { jakartaIsoWeek } from '../../core/time/wib.js';
import { areasText } from '../model/message-parts.js';
import { alertOfficer } from './officer-alerts.js';

const WEEK_MS = 7 * 86_400_000;

/** Records this week's digest for every active officer who has not muted it; returns how many. */
export async function weeklyDigest(tx: Pick<DomainTx, 'alertReports' | 'officers' | 'outbox'>, now: Date): Promise<{ readonly digests: number }> {
  const week = jakartaIsoWeek(now);
  const since = new Date(now.getTime() - WEEK_MS);
  let digests = 0;
  for (const officer of await tx.officers.listActive()) {
    if (officer.mutedKinds.includes('digest.weekly')) continue;
    const [figures, areas] = await Promise.all([
      // What the officer's own groups await is another officer's to verify: not counted, as in their pending list.
      tx.alertReports.digest(officer.areaPrefixes, since, now, officer.personId),
      tx.officers.describeAreas(officer.areaPrefixes),
    ]);
    const message = digestMessage(week, areasText(areas), figures);
    if (await alertOfficer(tx, officer, 'digest.weekly', [message], `digest.weekly:${officer.id}:${week}`, now)) digests += 1;
  }
  return { digests };
}
