/**
 * The WKSBM level of an area, computed from its facts. Pure and deterministic: the same
 * facts, `now` and thresholds always give the same status.
 *
 * Levels:
 * - Belum Ada: C1 unmet. Rintisan: C1 only. Tumbuh: C1 and C2. Aktif: C1, C2 and C3.
 * - Dorman: the area was Aktif — recorded so in its history (`everAktif`), or meeting all
 *   three criteria right now — and its latest confirmed joint activity is more than
 *   `dormantAfterDays` old (or there is none among the facts). Dorman then wins over every
 *   other level:
 *   - C1–C3 still met but the last joint activity 181–365 days old → Dorman, not Aktif
 *     (C3's window is longer than the Dorman window). Meeting the criteria counts as having
 *     been Aktif even before it was ever recorded, so a late-entered history does not show
 *     Aktif once and flip to Dorman on the next check.
 *   - Once Aktif, losing C1 (or C2, C3) with no joint activity for that long → Dorman: the
 *     network existed and went quiet, which is what officers are alerted to revive.
 *   - Once Aktif, losing a criterion while a joint activity is still recent → the level the
 *     criteria give (Belum Ada, Rintisan or Tumbuh), until the joint activity ages out.
 */
import { evaluateCriteria } from './criteria.js';
import { calendarDateDaysBefore } from './days.js';
import { nextSteps } from './next-steps.js';
import type { AreaFacts, AreaStatus, WksbmLevel } from '../model/status.js';
import { DEFAULT_STATUS_THRESHOLDS, type StatusThresholds } from './thresholds.js';

export { DEFAULT_STATUS_THRESHOLDS, thresholdProblems, type StatusThresholds } from './thresholds.js';
export type { AreaStatus, CollectiveExistence, JointOperation, SocialNetwork, WaitingConfirmation } from '../model/status.js';

/** Computes the level of an area with its criteria and next steps. */
export function computeStatus(facts: AreaFacts, now: Date, thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS): AreaStatus {
  const criteria = evaluateCriteria(facts, now, thresholds);
  const { c1, c2, c3 } = criteria;
  const allMet = c1.met && c2.met && c3.met;
  const lastJoint = c3.daysSinceLastJointActivity;
  const quiet = lastJoint === null || lastJoint > thresholds.dormantAfterDays;
  const level: WksbmLevel =
    (facts.everAktif || allMet) && quiet
      ? 'dorman'
      : !c1.met
        ? 'belum_ada'
        : !c2.met
          ? 'rintisan'
          : !c3.met
            ? 'tumbuh'
            : 'aktif';
  return {
    level,
    provisional: criteria.usesUnverified,
    criteria: { c1, c2, c3 },
    nextSteps: nextSteps(level, criteria, thresholds),
    unverifiedRecords: criteria.unverifiedRecords,
    waiting: criteria.waiting,
  };
}

/**
 * The earliest activity date the rules look at: the facts storage must load for `now`
 * (the activity window, or the Dorman window if that were ever longer).
 */
export function factsSince(now: Date, thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS): Date {
  return calendarDateDaysBefore(now, Math.max(thresholds.activityWindowDays, thresholds.dormantAfterDays));
}
