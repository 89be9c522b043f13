/**
 * What a leader's action records for others, in the action's own transaction: officers of
 * the desa are alerted to verify a new group or a logged activity, and the leaders of the
 * other groups concerned are told that something waits in their confirmation inbox.
 */
import { t } from '../../core/text.js';
import type { ActivitySummary } from '../model/activities.js';
import type { GroupView } from '../model/groups.js';
import type { RelationKind } from '../model/relations.js';
import type { GroupChanged, GroupLeader } from '../model/events.js';
import type { DomainTx } from '../model/tx.js';
import { activityCorrectedAlert, activityLoggedAlert, groupRegisteredAlert, type EarlierActivity } from './alert-messages.js';
import { noticeConfirmRequest } from './leader-notices.js';
import { dateText } from '../model/message-parts.js';
import { alertOfficersOfVillage } from './officer-alerts.js';
import { verifyAlertKey } from './verify-alert-keys.js';

type EventTx = Pick<DomainTx, 'officers' | 'outbox' | 'groups' | 'activities' | 'privacy'> & Partial<Pick<DomainTx, 'photos'>>;

/** A group was registered: its desa's officers are asked to verify it. */
export async function onGroupRegistered(tx: EventTx, group: GroupView, leader: GroupLeader, actorId: string, now: Date): Promise<void> {
  await alertOfficersOfVillage(tx, group.villageCode, 'group.registered', groupRegisteredAlert(group, leader), verifyAlertKey('group.registered', group.id), now, {
    exceptPersonId: actorId,
  });
}

/**
 * A group's verified facts changed, or a rejected group was fixed and sent back: its (new)
 * desa's officers are asked to verify it again, told which of the two it is.
 */
export async function onGroupChanged(tx: EventTx, changed: GroupChanged, now: Date): Promise<void> {
  const { group, leader, actorId } = changed;
  const why = changed.why === 'resubmitted' ? { resubmitted: changed.earlierReason ?? null, unchanged: changed.unchanged === true } : 'changed';
  // Every change asks again (its own key), not only the first one.
  await alertOfficersOfVillage(tx, group.villageCode, 'group.registered', groupRegisteredAlert(group, leader, why, changed.before), verifyAlertKey('group.changed', group.id, now), now, {
    exceptPersonId: actorId,
    exceptLeadersOf: group.id,
  });
}

/**
 * An activity was logged: officers are asked to verify it, and each partner group's
 * leaders are asked (through their inbox) to confirm taking part. `withPhotos` says whether
 * photos were attached as it was saved: a new activity has no others, so without them the
 * alert names none and reads none.
 */
export async function onActivityLogged(
  tx: EventTx,
  activityId: string,
  partnerGroupIds: readonly string[],
  actorId: string,
  withPhotos: boolean,
  now: Date,
): Promise<void> {
  const activity = await tx.activities.summary(activityId);
  if (!activity) return;
  const photoIds = withPhotos ? ((await tx.photos?.listForActivity(activity.id)) ?? []).map((photo) => photo.id) : [];
  await alertOfficersOfVillage(tx, activity.villageCode, 'activity.logged', activityLoggedAlert(activity, photoIds), verifyAlertKey('activity.logged', activity.id), now, {
    exceptPersonId: actorId,
    exceptLeadersOf: activity.reportingGroup?.id ?? null,
  });
  await askPartners(tx, activity, partnerGroupIds, 'officers:notice.participation', (groupId) => `confirm.participation:${activity.id}:${groupId}`, now, actorId);
}

/** Each partner group's leaders are asked (through their inbox) to confirm taking part. */
async function askPartners(
  tx: EventTx,
  activity: ActivitySummary,
  groupIds: readonly string[],
  key: 'officers:notice.participation' | 'officers:notice.participationAgain' | 'officers:notice.participationResent',
  dedupe: (groupId: string) => string,
  now: Date,
  actorId: string,
): Promise<void> {
  for (const groupId of groupIds) {
    const group = await tx.groups.get(groupId);
    if (!group) continue;
    const body = t(key, {
      reporter: activity.reportingGroup?.name ?? '–',
      group: group.name,
      date: dateText(activity.date),
      category: t(`activities:category.${activity.category}`),
    });
    await noticeConfirmRequest(tx, groupId, body, dedupe(groupId), now, actorId);
  }
}

/**
 * A rejected activity was corrected: the desa's officers are asked to verify it again.
 * `newPhotos` is how many photos the correction attached: the newest of the activity's;
 * `earlier` the reason it was rejected with and the activity before the correction, told
 * in the alert as a resubmitted group's is.
 */
export async function onActivityCorrected(
  tx: EventTx,
  activityId: string,
  actorId: string,
  reaskedGroupIds: readonly string[],
  now: Date,
  unchanged = false,
  newPhotos = 0,
  earlier: EarlierActivity = { reason: null, before: null },
): Promise<void> {
  const activity = await tx.activities.summary(activityId);
  if (!activity) return;
  // The evidence goes with it, as with a new activity's alert. What the correction brought (often
  // the photo the officer asked for) comes first: a page showing the alert from its top (the web
  // chat) or a chat showing the photos before the text shows the evidence as it is now first,
  // not the first submission's photo again. The earlier ones follow.
  const photoIds = ((await tx.photos?.listForActivity(activity.id)) ?? []).map((photo) => photo.id);
  const fresh = Math.min(Math.max(newPhotos, 0), photoIds.length);
  const split = photoIds.length - fresh;
  const alert = activityCorrectedAlert(activity, [...photoIds.slice(split), ...photoIds.slice(0, split)], unchanged, fresh, earlier);
  await alertOfficersOfVillage(tx, activity.villageCode, 'activity.logged', alert, verifyAlertKey('activity.corrected', activity.id, now), now, {
    exceptPersonId: actorId,
    exceptLeadersOf: activity.reportingGroup?.id ?? null,
  });
  // Partners whose confirmation no longer fits (a new date or kind) are asked again, in their inbox.
  await askPartners(tx, activity, reaskedGroupIds, 'officers:notice.participationAgain', (groupId) => `confirm.participation:${activity.id}:${groupId}:${now.getTime()}`, now, actorId);
  // Partners that had not answered were told the rejection ended their request: it is back.
  const unanswered = activity.partners.filter((partner) => !partner.confirmed && !reaskedGroupIds.includes(partner.groupId)).map((partner) => partner.groupId);
  await askPartners(tx, activity, unanswered, 'officers:notice.participationResent', (groupId) => `confirm.participation:${activity.id}:${groupId}:${now.getTime()}`, now, actorId);
}

/** A relation was declared: the other group's leaders are asked to confirm it. */
export async function onRelationDeclared(
  tx: EventTx,
  relationId: string,
  from: GroupView,
  to: GroupView,
  kind: RelationKind,
  actorId: string,
  now: Date,
): Promise<void> {
  const body = t('officers:notice.relation', { from: from.name, group: to.name, kind: t(`relations:kind.${kind}`) });
  await noticeConfirmRequest(tx, to.id, body, `confirm.relation:${relationId}`, now, actorId);
}

/** Someone asked to co-lead a group: its leaders are asked to answer. */
export async function onCoLeaderRequested(tx: EventTx, group: GroupView, requesterName: string | null, actorId: string, now: Date): Promise<void> {
  const body = t('officers:notice.coleader', { group: group.name, name: requesterName ?? t('confirmations:someone') });
  await noticeConfirmRequest(tx, group.id, body, `confirm.coleader:${group.id}:${actorId}:${now.getTime()}`, now, actorId);
}
