/**
 * The numbers behind the WKSBM criteria. They are parameters, not constants in the rules,
 * so that a Dinas Sosial can tune them (the lead maps them to environment settings).
 */

/** Every number the status rules use. */
export interface StatusThresholds {
  /** C1: active groups needed. */
  readonly minActiveGroups: number;
  /** C1: distinct types among the active groups. */
  readonly minGroupTypes: number;
  /** A group is active with an activity this many days old or newer; C3 counts joint activities in it too. */
  readonly activityWindowDays: number;
  /** A group registered this many days ago or less is active without any activity yet. */
  readonly newGroupGraceDays: number;
  /** C2: distinct linked group pairs needed. */
  readonly minRelations: number;
  /** C2: share of active groups linked to another group, in whole percent. */
  readonly minLinkedPercent: number;
  /** Confirmed participating groups that make an activity joint. */
  readonly minGroupsPerJointActivity: number;
  /** C3: joint activities needed in the activity window. */
  readonly minJointActivities: number;
  /** C3: of those, how many must serve at least one PMKS beneficiary. */
  readonly minPmksJointActivities: number;
  /** An area once Aktif is Dorman when its last joint activity is older than this. */
  readonly dormantAfterDays: number;
  /**
   * A group registered this many days ago or less counts in C2's linked share only once it
   * is linked: a new group is given time to link, so growth never lowers a level.
   */
  readonly newGroupLinkDays: number;
  /**
   * A drop caused by time or by the linked share takes effect this many days after it is
   * first seen (warned at once); drops from a rejection, deactivation or erasure apply at once.
   */
  readonly dropGraceDays: number;
}

/** The values of the project brief. */
export const DEFAULT_STATUS_THRESHOLDS: StatusThresholds = Object.freeze({
  minActiveGroups: 3,
  minGroupTypes: 2,
  activityWindowDays: 365,
  newGroupGraceDays: 90,
  minRelations: 2,
  minLinkedPercent: 60,
  minGroupsPerJointActivity: 2,
  minJointActivities: 2,
  minPmksJointActivities: 1,
  dormantAfterDays: 180,
  newGroupLinkDays: 90,
  dropGraceDays: 30,
});

/**
 * Problems with a set of thresholds (empty when fine), for configuration checks at start.
 * Counts and days must be whole numbers ≥ 0, a joint activity needs ≥ 2 groups, and the
 * percentage lies in 0..100.
 */
export function thresholdProblems(thresholds: StatusThresholds): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(thresholds)) {
    if (!Number.isInteger(value) || value < 0) problems.push(`${name} must be a whole number ≥ 0 (got ${String(value)})`);
  }
  if (thresholds.minGroupsPerJointActivity < 2) problems.push('minGroupsPerJointActivity must be at least 2');
  if (thresholds.minLinkedPercent > 100) problems.push('minLinkedPercent must be at most 100');
  return problems;
}
