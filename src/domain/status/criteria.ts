/**
 * The three WKSBM criteria, evaluated on one area's facts. Each result carries the numbers
 * behind it (found and required) so that people see how far they are, not just a verdict.
 */
import { calendarDay, localDay } from './days.js';
import type { ActivityFact, AreaFacts, CollectiveExistence, GroupFact, JointOperation, SocialNetwork, WaitingConfirmation } from '../model/status.js';
import type { StatusThresholds } from './thresholds.js';

// The results' types are shared (a level-change event carries a status): they live on the floor.
export type { CollectiveExistence, JointOperation, SocialNetwork, WaitingConfirmation } from '../model/status.js';

/** All three criteria, plus whether an unverified record entered any of the numbers. */
export interface CriteriaEvaluation {
  readonly c1: CollectiveExistence;
  readonly c2: SocialNetwork;
  readonly c3: JointOperation;
  readonly usesUnverified: boolean;
  /** How many records behind the numbers an officer has not verified yet. */
  readonly unverifiedRecords: number;
  /** Relations and joint activities waiting for a group's confirmation, by group name (at most a few). */
  readonly waiting: readonly WaitingConfirmation[];
}

/** More waiting items would not fit a phone screen. */
const MAX_WAITING = 5;

/** Evaluates C1–C3. Pure: `now` is the only notion of time. */
export function evaluateCriteria(facts: AreaFacts, now: Date, thresholds: StatusThresholds): CriteriaEvaluation {
  const today = localDay(now);
  // A date after today (a typo, or a clock a few hours apart) counts as today, not as old.
  const ageOf = (activity: ActivityFact): number => Math.max(0, today - calendarDay(activity.date));
  const inWindow = facts.activities.filter((activity) => ageOf(activity) <= thresholds.activityWindowDays);
  const isJoint = (activity: ActivityFact): boolean =>
    new Set(activity.confirmedGroupIds).size >= thresholds.minGroupsPerJointActivity;

  const withActivity = new Set(inWindow.flatMap((activity) => activity.confirmedGroupIds));
  const isActive = (group: GroupFact): boolean =>
    group.enabled && (withActivity.has(group.id) || today - localDay(group.registeredAt) <= thresholds.newGroupGraceDays);
  const active = facts.groups.filter(isActive);
  const activeIds = new Set(active.map((group) => group.id));

  const c1 = collectiveExistence(facts.groups, active, thresholds);

  // C2: pairs of active groups, from confirmed relations and from joint activities.
  const pairs = new Set<string>();
  let unverifiedRelation = false;
  for (const relation of facts.relations) {
    const [a, b] = relation.groupIds;
    if (!relation.confirmed || a === b || !activeIds.has(a) || !activeIds.has(b)) continue;
    pairs.add(pairKey(a, b));
    if (!relation.verified) unverifiedRelation = true;
  }
  // Counted before the activities add theirs: the pairs a reader finds among the confirmed relations.
  const declaredPairs = pairs.size;
  const joint = inWindow.filter(isJoint);
  for (const activity of joint) {
    const ids = [...new Set(activity.confirmedGroupIds)].filter((id) => activeIds.has(id));
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.add(pairKey(ids[i]!, ids[j]!));
  }
  const pending = new Set<string>();
  for (const relation of facts.relations) {
    const [a, b] = relation.groupIds;
    const key = pairKey(a, b);
    if (!relation.confirmed && a !== b && activeIds.has(a) && activeIds.has(b) && !pairs.has(key)) pending.add(key);
  }
  const linked = new Set([...pairs].flatMap((key) => key.split('|')));
  // Growth never demotes: a new group has time to link before it counts in the share.
  const isNewUnlinked = (group: GroupFact): boolean =>
    !linked.has(group.id) && today - localDay(group.registeredAt) <= thresholds.newGroupLinkDays;
  const counted = active.filter((group) => !isNewUnlinked(group));
  const linkedMet = linked.size * 100 >= thresholds.minLinkedPercent * counted.length;
  const c2: SocialNetwork = {
    met: pairs.size >= thresholds.minRelations && linkedMet,
    relations: pairs.size,
    requiredRelations: thresholds.minRelations,
    linkedGroups: linked.size,
    activeGroups: counted.length,
    newUnlinkedGroups: active.length - counted.length,
    linkedPercent: counted.length === 0 ? 0 : Math.floor((linked.size * 100) / counted.length),
    requiredLinkedPercent: thresholds.minLinkedPercent,
    pendingRelations: pending.size,
    declaredRelations: declaredPairs,
  };

  // C3, and the age of the latest joint activity for Dorman (any loaded date, not only the window).
  const pmks = joint.filter((activity) => activity.servesPmks).length;
  const awaiting = inWindow.filter(
    (activity) =>
      !isJoint(activity) &&
      new Set([...activity.confirmedGroupIds, ...activity.pendingGroupIds]).size >= thresholds.minGroupsPerJointActivity,
  ).length;
  const jointAges = facts.activities.filter(isJoint).map(ageOf);
  const c3: JointOperation = {
    met: joint.length >= thresholds.minJointActivities && pmks >= thresholds.minPmksJointActivities,
    jointActivities: joint.length,
    requiredJointActivities: thresholds.minJointActivities,
    pmksJointActivities: pmks,
    requiredPmksJointActivities: thresholds.minPmksJointActivities,
    awaitingConfirmation: awaiting,
    daysSinceLastJointActivity: jointAges.length === 0 ? null : Math.min(...jointAges),
  };

  // Provisional when an unverified record entered a number shown: an active group, an
  // activity that made a group active or is joint, or a counted relation.
  const unverifiedActivity = inWindow.some(
    (activity) => !activity.verified && (isJoint(activity) || activity.confirmedGroupIds.some((id) => activeIds.has(id))),
  );
  const usesUnverified = active.some((group) => !group.verified) || unverifiedActivity || unverifiedRelation;
  const unverifiedRecords =
    active.filter((group) => !group.verified).length +
    inWindow.filter((activity) => !activity.verified && (isJoint(activity) || activity.confirmedGroupIds.some((id) => activeIds.has(id)))).length;

  return { c1, c2, c3, usesUnverified, unverifiedRecords, waiting: waitingItems(facts, pending, inWindow, isJoint) };
}

/** What waits for a partner's confirmation, newest activity first, then relations. */
function waitingItems(
  facts: AreaFacts,
  pendingPairs: ReadonlySet<string>,
  inWindow: readonly ActivityFact[],
  isJoint: (activity: ActivityFact) => boolean,
): WaitingConfirmation[] {
  const names = new Map(facts.groups.map((group) => [group.id, group.name ?? '']));
  const items: WaitingConfirmation[] = [];
  const recent = [...inWindow].filter((activity) => !isJoint(activity)).sort((a, b) => b.date.getTime() - a.date.getTime());
  for (const activity of recent) {
    for (const id of activity.pendingGroupIds) {
      const name = names.get(id);
      if (name) items.push({ kind: 'activity', awaiting: name, date: activity.date.toISOString().slice(0, 10) });
    }
  }
  for (const relation of facts.relations) {
    const [a, b] = relation.groupIds;
    if (relation.confirmed || !pendingPairs.has(pairKey(a, b))) continue;
    // The relation's second group is the one asked to confirm.
    const awaiting = names.get(b);
    const from = names.get(a);
    if (awaiting && from) items.push({ kind: 'relation', awaiting, from });
  }
  return items.slice(0, MAX_WAITING);
}

function collectiveExistence(
  groups: readonly GroupFact[],
  active: readonly GroupFact[],
  thresholds: StatusThresholds,
): CollectiveExistence {
  const types = new Set(active.map(typeKey)).size;
  return {
    met: active.length >= thresholds.minActiveGroups && types >= thresholds.minGroupTypes,
    activeGroups: active.length,
    requiredGroups: thresholds.minActiveGroups,
    types,
    requiredTypes: thresholds.minGroupTypes,
    idleGroups: groups.filter((group) => group.enabled).length - active.length,
  };
}

/**
 * The kind a group counts as for C1. Many real kinds (Karang Werda, KUBE, Gapoktan…) have
 * no enum value and are registered as `other` with a name, so two `other` groups with
 * different names are different kinds; `other` without a name is one kind of its own.
 */
export function typeKey(group: Pick<GroupFact, 'type' | 'typeOther'>): string {
  if (group.type !== 'other') return group.type;
  const name = (group.typeOther ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return name === '' ? 'other' : `other:${name}`;
}

/** One key per unordered pair, so a pair tied twice (relation and activity) counts once. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
