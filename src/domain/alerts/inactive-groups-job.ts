/**
 * The daily "inactive groups" job: officers hear of groups in their areas that logged no
 * activity for `days` days (or none since registering that long ago). A group still quiet
 * is mentioned again every further `days` days, not every day: the dedupe key names the
 * quiet spell (its start) and how many periods it has lasted.
 */
import type { OfficerView } from '../model/officers.js';
import type { DomainTx } from '../model/tx.js';
import { inactiveGroupAlert } from './alert-messages.js';
import { daysBetween, jakartaDate, jakartaDateDaysBefore } from '../../core/time/wib.js';
import { alertOfficer } from './officer-alerts.js';

const DAY_MS = 86_400_000;

/** What a run did. */
export interface InactiveGroupsRun {
  readonly groups: number;
  readonly alerts: number;
}

/**
 * Records an alert per inactive group and covering officer. Safe to run more than once a
 * day (or again after a crash): the same spell and period give the same dedupe key.
 */
export async function checkInactiveGroups(
  tx: Pick<DomainTx, 'alertReports' | 'officers' | 'outbox'>,
  now: Date,
  days: number,
): Promise<InactiveGroupsRun> {
  if (!Number.isInteger(days) || days < 1) throw new Error(`checkInactiveGroups: days must be a whole number ≥ 1, got ${days}`);
  const today = jakartaDate(now);
  const groups = await tx.alertReports.inactiveGroups(jakartaDateDaysBefore(now, days), new Date(now.getTime() - days * DAY_MS));
  const officersOf = new Map<string, OfficerView[]>();
  let alerts = 0;
  for (const group of groups) {
    let officers = officersOf.get(group.villageCode);
    if (!officers) {
      officers = await tx.officers.forVillage(group.villageCode);
      officersOf.set(group.villageCode, officers);
    }
    if (officers.length === 0) continue;
    const quietSince = group.lastActivityDate ?? group.registeredDate;
    const idleDays = daysBetween(quietSince, today);
    const period = Math.max(1, Math.floor(idleDays / days));
    const message = inactiveGroupAlert(group, idleDays);
    for (const officer of officers) {
      const key = `group.inactive:${group.id}:${quietSince}:${period}:${officer.id}`;
      if (await alertOfficer(tx, officer, 'group.inactive', [message], key, now)) alerts += 1;
    }
  }
  return { groups: groups.length, alerts };
}
