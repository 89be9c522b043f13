/**
 * An officer's verdict on a pending group or activity. Everything is checked again at the
 * moment of deciding, whatever button was tapped: the person is an active officer, one of
 * their areas covers the record's desa, they do not lead the group concerned themselves,
 * and the record is still pending. Then the verdict is stored, the leaders are told, and
 * the desa's status is refreshed (a rejected record stops counting; a verified one no
 * longer makes the result provisional).
 */
import { t, type Text } from '../../core/text.js';
import { say } from '../../core/messages.js';
import { LEADER_NOTICE_KINDS } from '../alerts/alert-kinds.js';
import { noticeGroupLeaders } from '../alerts/leader-notices.js';
import { refreshWithAlerts } from '../alerts/level-alerts.js';
import { dateText } from '../alerts/message-parts.js';
import type { Verdict, VerificationState } from '../groups/ports.js';
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../tx.js';
import { officerCovers } from './coverage.js';
import type { OfficerView } from './ports.js';
import type { VerifyTargetType } from './verify-target.js';

/** A record as the verification flow shows it. */
export interface TargetInfo {
  readonly type: VerifyTargetType;
  readonly id: string;
  readonly villageCode: string;
  /** The group that owns it (itself for a group; the reporting group for an activity). */
  readonly groupId: string | null;
  /** What it is, for messages ("Kelompok Arisan Melati", "Kegiatan 12 November 2026 …"). */
  readonly label: Text;
  readonly verification: VerificationState;
}

/** Whether the person may decide on the record now. */
export type TargetCheck =
  | { readonly kind: 'ok'; readonly target: TargetInfo; readonly officer: OfficerView }
  /** Not an active officer, or not of this desa. */
  | { readonly kind: 'forbidden' }
  /** The officer leads the group concerned: someone else must verify it. */
  | { readonly kind: 'own' }
  | { readonly kind: 'gone' }
  | { readonly kind: 'decided'; readonly label: Text; readonly verification: VerificationState };

/** What came of a decision. */
export type DecideOutcome = { readonly kind: 'recorded'; readonly verdict: Verdict; readonly label: Text } | Exclude<TargetCheck, { kind: 'ok' }>;

type VerifyTx = DomainTx;

/** Loads the record and checks that the person may decide on it now. */
export async function checkTarget(tx: VerifyTx, personId: string, type: VerifyTargetType, id: string): Promise<TargetCheck> {
  const officer = await tx.officers.byPerson(personId);
  if (!officer) return { kind: 'forbidden' };
  const target = await loadTarget(tx, type, id);
  if (!target) return { kind: 'gone' };
  if (!officerCovers(officer, target.villageCode)) return { kind: 'forbidden' };
  if (target.groupId && (await tx.groups.leaderRole(target.groupId, personId))) return { kind: 'own' };
  if (target.verification !== 'pending') return { kind: 'decided', label: target.label, verification: target.verification };
  return { kind: 'ok', target, officer };
}

/** Checks again, stores the verdict, tells the leaders and refreshes the desa's status. */
export async function decideTarget(
  tx: VerifyTx,
  personId: string,
  request: { readonly type: VerifyTargetType; readonly id: string; readonly verdict: Verdict; readonly reason: string | null },
  now: Date,
  thresholds: StatusThresholds,
): Promise<DecideOutcome> {
  const check = await checkTarget(tx, personId, request.type, request.id);
  if (check.kind !== 'ok') return check;
  const { target, officer } = check;
  const reason = request.verdict === 'rejected' ? request.reason ?? '' : null;
  const stored =
    target.type === 'group'
      ? await tx.groups.setVerification(target.id, request.verdict, officer.id, reason, now)
      : await tx.activities.setVerification(target.id, request.verdict, officer.id, reason, now);
  if (!stored) {
    // Another officer decided between the check and the update.
    const current = await loadTarget(tx, target.type, target.id);
    return current ? { kind: 'decided', label: current.label, verification: current.verification } : { kind: 'gone' };
  }

  if (target.groupId) {
    const notice = say(
      request.verdict === 'verified'
        ? t('officers:notice.verified', { what: target.label, officer: t(`officers:kind.${officer.kind}`) })
        : t('officers:notice.rejected', { what: target.label, officer: t(`officers:kind.${officer.kind}`), reason: reason ?? '' }),
    );
    await noticeGroupLeaders(tx, target.groupId, LEADER_NOTICE_KINDS.verdict, notice, `leader.verdict:${target.type}:${target.id}`, now, personId);
  }
  await refreshWithAlerts(tx, { villageCode: target.villageCode }, now, thresholds);
  return { kind: 'recorded', verdict: request.verdict, label: target.label };
}

async function loadTarget(tx: VerifyTx, type: VerifyTargetType, id: string): Promise<TargetInfo | null> {
  if (type === 'group') {
    const group = await tx.groups.get(id);
    if (!group) return null;
    return {
      type,
      id,
      villageCode: group.villageCode,
      groupId: group.id,
      label: t('officers:target.group', { name: group.name, village: group.villageName }),
      verification: group.verification,
    };
  }
  const activity = await tx.activities.summary(id);
  if (!activity) return null;
  return {
    type,
    id,
    villageCode: activity.villageCode,
    groupId: activity.reportingGroup?.id ?? null,
    label: t('officers:target.activity', {
      date: dateText(activity.date),
      category: t(`activities:category.${activity.category}`),
      group: activity.reportingGroup?.name ?? '–',
      village: activity.villageName,
    }),
    verification: activity.verification,
  };
}
