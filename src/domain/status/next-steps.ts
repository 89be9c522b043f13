/**
 * The concrete next steps shown under a status: only what leads to the next level, as
 * i18n keys `status:step.*` with counts (the locale files hold singular/plural forms).
 */
import { t, type Text } from '../../core/text.js';
import type { CollectiveExistence, CriteriaEvaluation, JointOperation, SocialNetwork } from './criteria.js';
import type { WksbmLevel } from '../model/status.js';
import type { StatusThresholds } from './thresholds.js';

/** More would not fit a phone screen next to the criteria. */
export const MAX_NEXT_STEPS = 6;

/** Every step key (without the `status:step.` prefix), for locale tests. */
export const STEP_KEYS = [
  'c1.moreGroups',
  'c1.moreGroupsOfTypes',
  'c1.otherType',
  'c1.moreGroupsOtherType',
  'c1.idleGroups',
  'c2.confirmRelations',
  'c2.moreRelations',
  'c2.linkGroups',
  'c3.confirmJoint',
  'c3.moreJoint',
  'c3.pmks',
  'dorman.revive',
  'aktif.keep',
  'aktif.keepToday',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

function step(key: StepKey, params?: Record<string, number>): Text {
  return t(`status:step.${key}`, params);
}

/** Every gap up to Aktif, nearest first, at most {@link MAX_NEXT_STEPS}. */
export function nextSteps(level: WksbmLevel, criteria: CriteriaEvaluation, thresholds: StatusThresholds): Text[] {
  const { c3 } = criteria;
  let steps: Text[];
  switch (level) {
    case 'belum_ada':
    case 'rintisan':
    case 'tumbuh':
      steps = gapSteps('aktif', criteria, thresholds);
      break;
    case 'aktif':
      steps = [keepActive(c3, thresholds)];
      break;
    case 'dorman':
      steps = dormantSteps(criteria, thresholds);
      break;
  }
  return steps.slice(0, MAX_NEXT_STEPS);
}

/**
 * What is missing for `target` (a working level): the unmet criteria it needs, in order
 * C1, C2, C3 (the nearest level first).
 */
export function gapSteps(target: WksbmLevel, criteria: Pick<CriteriaEvaluation, 'c1' | 'c2' | 'c3'>, thresholds: StatusThresholds): Text[] {
  const needs = target === 'aktif' ? 3 : target === 'tumbuh' ? 2 : target === 'rintisan' ? 1 : 0;
  const { c1, c2, c3 } = criteria;
  return [
    ...(needs >= 1 && !c1.met ? c1Steps(c1, thresholds) : []),
    ...(needs >= 2 && !c2.met ? c2Steps(c2) : []),
    ...(needs >= 3 && !c3.met ? c3Steps(c3) : []),
  ].slice(0, MAX_NEXT_STEPS);
}

function c1Steps(c1: CollectiveExistence, thresholds: StatusThresholds): Text[] {
  const groups = Math.max(0, c1.requiredGroups - c1.activeGroups);
  const types = Math.max(0, c1.requiredTypes - c1.types);
  if (groups === 0 && types === 0) return [];
  const steps: Text[] = [];
  if (types === 0) steps.push(step('c1.moreGroups', { count: groups }));
  // With no active group yet, "of another type" has nothing to refer to.
  else if (c1.types === 0) steps.push(step('c1.moreGroupsOfTypes', { count: Math.max(groups, types), types: c1.requiredTypes }));
  else if (groups <= types) steps.push(step('c1.otherType', { count: types }));
  else steps.push(step('c1.moreGroupsOtherType', { count: groups, types }));
  // Registered groups that went quiet are the quickest way to more active groups.
  if (c1.idleGroups > 0) steps.push(step('c1.idleGroups', { count: c1.idleGroups, days: thresholds.activityWindowDays }));
  return steps;
}

function c2Steps(c2: SocialNetwork): Text[] {
  const steps: Text[] = [];
  const relations = Math.max(0, c2.requiredRelations - c2.relations);
  const confirm = Math.min(relations, c2.pendingRelations);
  if (confirm > 0) steps.push(step('c2.confirmRelations', { count: confirm }));
  if (relations > confirm) steps.push(step('c2.moreRelations', { count: relations - confirm }));
  const link = groupsToLink(c2);
  if (link > 0) steps.push(step('c2.linkGroups', { count: link }));
  return steps;
}

/** Active groups still to link to another: the smallest whole number of linked groups reaching the percentage, less those linked. */
function groupsToLink(c2: SocialNetwork): number {
  const linkedNeeded = Math.ceil((c2.requiredLinkedPercent * c2.activeGroups) / 100);
  return Math.max(0, linkedNeeded - c2.linkedGroups);
}

/**
 * How much `level` still lacks for the next one up (Dorman: back to Aktif), as the least
 * number of records that could close each gap its steps ({@link nextSteps}, {@link gapSteps})
 * name: a group of another kind counts for a group and a kind, a joint activity serving
 * PMKS for both of C3's numbers, a new tie links two groups; a Dorman desa needs at least
 * one joint activity. 0 for Aktif (nothing above it). Ranks desa by how near they are.
 */
export function gapSize(level: WksbmLevel, criteria: Pick<CriteriaEvaluation, 'c1' | 'c2' | 'c3'>): number {
  const { c1, c2, c3 } = criteria;
  const c1Lack = c1.met ? 0 : Math.max(c1.requiredGroups - c1.activeGroups, c1.requiredTypes - c1.types, 0);
  const c2Lack = c2.met ? 0 : Math.max(c2.requiredRelations - c2.relations, Math.ceil(groupsToLink(c2) / 2), 0);
  const c3Lack = c3.met ? 0 : Math.max(c3.requiredJointActivities - c3.jointActivities, c3.requiredPmksJointActivities - c3.pmksJointActivities, 0);
  switch (level) {
    case 'belum_ada':
      return c1Lack;
    case 'rintisan':
      return c2Lack;
    case 'tumbuh':
      return c3Lack;
    case 'aktif':
      return 0;
    case 'dorman':
      return Math.max(1, c3Lack) + c1Lack + c2Lack;
  }
}

function c3Steps(c3: JointOperation): Text[] {
  const steps: Text[] = [];
  const joint = Math.max(0, c3.requiredJointActivities - c3.jointActivities);
  const confirm = Math.min(joint, c3.awaitingConfirmation);
  if (confirm > 0) steps.push(step('c3.confirmJoint', { count: confirm }));
  if (joint > confirm) steps.push(step('c3.moreJoint', { count: joint - confirm }));
  const pmks = Math.max(0, c3.requiredPmksJointActivities - c3.pmksJointActivities);
  if (pmks > 0) steps.push(step('c3.pmks', { count: pmks }));
  return steps;
}

function keepActive(c3: JointOperation, thresholds: StatusThresholds): Text {
  const left = thresholds.dormantAfterDays - (c3.daysSinceLastJointActivity ?? 0);
  return left > 0 ? step('aktif.keep', { count: left }) : step('aktif.keepToday');
}

/**
 * Back to Aktif takes a new joint activity (as many as C3 still lacks, at least one), then
 * whatever else is missing: a PMKS activity, groups, ties.
 */
function dormantSteps(criteria: CriteriaEvaluation, thresholds: StatusThresholds): Text[] {
  const { c1, c2, c3 } = criteria;
  const joint = Math.max(1, c3.requiredJointActivities - c3.jointActivities);
  const pmks = Math.max(0, c3.requiredPmksJointActivities - c3.pmksJointActivities);
  return [
    step('dorman.revive', { count: joint }),
    ...(pmks > 0 ? [step('c3.pmks', { count: pmks })] : []),
    ...c1Steps(c1, thresholds),
    ...c2Steps(c2),
  ];
}
