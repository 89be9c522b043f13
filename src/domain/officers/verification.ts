/**
 * An officer's verdict on a pending group or activity. Everything is checked again at the
 * moment of deciding, whatever button was tapped: the person is an active officer, one of
 * their areas covers the record's desa, they do not lead the group concerned themselves,
 * and the record is still pending (an activity its reporter withdrew, or a group its leader
 * ended, is said so, with when: nothing is left to verify). Then the verdict is stored and
 * told (VERIFICATION_DECIDED: the leaders hear it), and the desa's facts changed
 * (AREA_FACTS_CHANGED: a rejected record stops counting; a verified one no longer makes the
 * result provisional). The admin
 * (through the admin API) decides the same way, without the area check; every verdict is
 * written to the audit log.
 */
import type { Emit } from '../../core/events.js';
import { t, type Text } from '../../core/text.js';
import { WITHDRAWAL_AUDITED } from '../activities/audit-actions.js';
import { AREA_FACTS_CHANGED, VERIFICATION_DECIDED } from '../model/events.js';
import { dateText } from '../model/message-parts.js';
import { jakartaDate, jakartaTime } from '../../core/time/wib.js';
import type { Verdict, VerificationState } from '../model/groups.js';
import type { AuditActorKind } from '../model/audit.js';
import type { DomainTx } from '../model/tx.js';
import { officerCovers } from './coverage.js';
import type { OfficerView } from '../model/officers.js';
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
  /** False for a group its leader ended (activities are always true). */
  readonly active: boolean;
}

/** A moment as messages show it: the Jakarta date ("YYYY-MM-DD") and wall clock ("09:05"). */
export interface MomentParts {
  readonly date: string;
  readonly time: string;
}

/**
 * Who decides: an officer (by person id; role and areas are looked up again), or the admin
 * (the ADMIN_TOKEN holder has no person id; an admin person has one).
 */
export type Decider =
  | { readonly kind: 'officer'; readonly personId: string }
  | { readonly kind: 'admin'; readonly personId: string | null };

/** Whether the person may decide on the record now. */
export type TargetCheck =
  /** `officer` is null when the admin decides. */
  | { readonly kind: 'ok'; readonly target: TargetInfo; readonly officer: OfficerView | null }
  /** Not an active officer, or not of this desa. */
  | { readonly kind: 'forbidden' }
  /** The officer leads the group concerned: someone else must verify it. */
  | { readonly kind: 'own' }
  | { readonly kind: 'gone' }
  /** The activity's reporting group withdrew it while it was pending: it is gone, nothing to verify. */
  | ({ readonly kind: 'withdrawn' } & MomentParts)
  /** The group's leader ended (deactivated) it while it was pending; `at` null when not recorded. */
  | { readonly kind: 'ended'; readonly label: Text; readonly at: MomentParts | null }
  /** `by` is who decided and when, from the audit log: null when it has no entry. */
  | { readonly kind: 'decided'; readonly label: Text; readonly verification: VerificationState; readonly by?: DecidedBy | null };

/** Who decided a record already decided ("petugas TKSK Tono Sugiarto", "admin", "Anda"), and when. */
export interface DecidedBy {
  readonly who: Text;
  readonly at: MomentParts;
}

/** What came of a decision. */
export type DecideOutcome = { readonly kind: 'recorded'; readonly verdict: Verdict; readonly label: Text } | Exclude<TargetCheck, { kind: 'ok' }>;

type VerifyTx = DomainTx;

/** Loads the record and checks that the person may decide on it now. */
export async function checkTarget(tx: VerifyTx, personId: string, type: VerifyTargetType, id: string): Promise<TargetCheck> {
  return checkTargetAs(tx, { kind: 'officer', personId }, type, id);
}

/** {@link checkTarget} for any {@link Decider}: the admin needs no role or area. */
export async function checkTargetAs(tx: VerifyTx, decider: Decider, type: VerifyTargetType, id: string): Promise<TargetCheck> {
  const officer = decider.kind === 'officer' ? await tx.officers.byPerson(decider.personId) : null;
  if (decider.kind === 'officer' && !officer) return { kind: 'forbidden' };
  const target = await loadTarget(tx, type, id);
  if (!target) return whyGone(tx, officer, type, id);
  if (officer && !officerCovers(officer, target.villageCode)) return { kind: 'forbidden' };
  if (target.groupId && decider.personId !== null && (await tx.groups.leaderRole(target.groupId, decider.personId))) return { kind: 'own' };
  if (target.verification !== 'pending') return decidedCheck(tx, decider, target);
  if (!target.active) {
    // Verifying a group that no longer runs would count nothing and tell nobody: say it ended.
    const at = await tx.groups.deactivatedAt(target.id);
    return { kind: 'ended', label: target.label, at: at ? momentParts(at) : null };
  }
  return { kind: 'ok', target, officer };
}

/** What a verdict asks for. */
export interface DecideRequest {
  readonly type: VerifyTargetType;
  readonly id: string;
  readonly verdict: Verdict;
  readonly reason: string | null;
}

/** Checks again, stores the verdict and emits its events (the leaders are told, the desa's status refreshed). */
export async function decideTarget(tx: VerifyTx, personId: string, request: DecideRequest, now: Date, emit: Emit, via = 'chat'): Promise<DecideOutcome> {
  return decideTargetAs(tx, { kind: 'officer', personId }, request, now, emit, via);
}

/**
 * {@link decideTarget} for any {@link Decider}. `via` names where the verdict came from in
 * the audit log ("chat:telegram", "api"); `emit` reaches the subscribers in `tx`.
 */
export async function decideTargetAs(
  tx: VerifyTx,
  decider: Decider,
  request: DecideRequest,
  now: Date,
  emit: Emit,
  via: string,
): Promise<DecideOutcome> {
  const check = await checkTargetAs(tx, decider, request.type, request.id);
  if (check.kind !== 'ok') return check;
  const { target, officer } = check;
  const reason = request.verdict === 'rejected' ? request.reason ?? '' : null;
  // The admin is no officer: the record keeps who decided in the audit log only.
  const verifierId = officer?.id ?? null;
  const stored =
    target.type === 'group'
      ? await tx.groups.setVerification(target.id, request.verdict, verifierId, reason, now)
      : await tx.activities.setVerification(target.id, request.verdict, verifierId, reason, now);
  if (!stored) {
    // Another officer decided between the check and the update.
    const current = await loadTarget(tx, target.type, target.id);
    return current ? decidedCheck(tx, decider, current) : { kind: 'gone' };
  }
  await tx.audit.record(
    {
      actorKind: decider.kind satisfies AuditActorKind,
      actorId: decider.personId,
      action: `${target.type}.${request.verdict === 'verified' ? 'verify' : 'reject'}`,
      targetType: target.type,
      targetId: target.id,
      details: { villageCode: target.villageCode, ...(reason !== null ? { reason } : {}) },
      via,
    },
    now,
  );

  const record = { type: target.type, id: target.id, villageCode: target.villageCode, groupId: target.groupId, label: target.label };
  await emit(VERIFICATION_DECIDED, { record, verdict: request.verdict, reason, officerKind: officer?.kind ?? null, officerName: officer?.name ?? null, deciderId: decider.personId });
  // A rejection takes its record out at once: no grace period for the drop it causes.
  await emit(AREA_FACTS_CHANGED, { area: { villageCode: target.villageCode }, immediate: request.verdict === 'rejected' });
  return { kind: 'recorded', verdict: request.verdict, label: target.label };
}

/**
 * A record already decided, with who decided it and when from the audit log (the record keeps
 * only the officer, not the admin), so that the officer knows whom to ask about it.
 */
async function decidedCheck(tx: VerifyTx, decider: Decider, target: TargetInfo): Promise<Extract<TargetCheck, { kind: 'decided' }>> {
  const decided = { kind: 'decided', label: target.label, verification: target.verification } as const;
  if (target.verification === 'pending') return decided;
  const entry = await tx.audit.latest(`${target.type}.${target.verification === 'verified' ? 'verify' : 'reject'}`, target.type, target.id);
  if (!entry) return { ...decided, by: null };
  return { ...decided, by: { who: await deciderText(tx, decider, entry.actorKind, entry.actorId), at: momentParts(entry.at) } };
}

/** How a decision's actor is named to the officer asking: themselves, the admin, or the officer by role and name. */
async function deciderText(tx: VerifyTx, asking: Decider, actorKind: AuditActorKind, actorId: string | null): Promise<Text> {
  if (actorId !== null && actorId === asking.personId) return t('officers:verify.decider.you');
  if (actorKind === 'admin') return t('officers:verify.decider.admin');
  // An officer since withdrawn is no longer looked up: named by their role only, if at all.
  const officer = actorKind === 'officer' && actorId !== null ? await tx.officers.byPerson(actorId) : null;
  if (!officer) return t('officers:verify.decider.someone');
  const kind = t(`officers:kind.${officer.kind}`);
  return officer.name ? t('officers:verify.decider.officerNamed', { kind, name: officer.name }) : t('officers:verify.decider.officer', { kind });
}

/** "YYYY-MM-DD" and "HH:MM" of a moment in Jakarta. */
function momentParts(at: Date): MomentParts {
  const clock = jakartaTime(at);
  return { date: jakartaDate(at), time: `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}` };
}

/**
 * Why a record is not found: a withdrawn activity leaves only its audit entry (with its desa,
 * so that only the desa's officers learn when), anything else is simply gone.
 */
async function whyGone(tx: VerifyTx, officer: OfficerView | null, type: VerifyTargetType, id: string): Promise<TargetCheck> {
  if (type !== 'activity') return { kind: 'gone' };
  const withdrawal = await tx.audit.latest(WITHDRAWAL_AUDITED, 'activity', id);
  const villageCode = withdrawal?.details?.['villageCode'];
  if (!withdrawal || typeof villageCode !== 'string') return { kind: 'gone' };
  if (officer && !officerCovers(officer, villageCode)) return { kind: 'forbidden' };
  return { kind: 'withdrawn', ...momentParts(withdrawal.at) };
}

/** A group's name that starts with the word for a group ("Kelompok Tani …", "Group …"). */
const SAYS_GROUP = /^\s*(?:kelompok|klp|group)\b/iu;

async function loadTarget(tx: VerifyTx, type: VerifyTargetType, id: string): Promise<TargetInfo | null> {
  if (type === 'group') {
    const group = await tx.groups.get(id);
    if (!group) return null;
    return {
      type,
      id,
      villageCode: group.villageCode,
      groupId: group.id,
      // "Kelompok Tani Sri Rejeki" is not called "Kelompok Kelompok Tani Sri Rejeki".
      label: t(SAYS_GROUP.test(group.name) ? 'officers:target.groupSelfNamed' : 'officers:target.group', { name: group.name, village: group.villageName }),
      verification: group.verification,
      active: group.active,
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
    active: true,
  };
}
