/**
 * Officer effects: enrolling with an invite code, the officer's own settings (name, mutes,
 * quiet hours), the pending list, verification, level overrides and a one-time dashboard sign-in code.
 * Every privileged handler looks the officer role up again on each use (a role may have
 * ended since the button was sent) and checks that the desa concerned is in the officer's
 * areas. Verdicts, overrides and sign-in codes are written to the audit log.
 */
import { z } from 'zod';
import type { EffectContext } from '../../core/effect-context.js';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import { SIGN_IN_CODE_TTL_MS } from '../model/sign-in-tokens.js';
import { OFFICER_ALERT_KINDS } from '../model/alert-kinds.js';
import { LEVEL_OVERRIDE_CHANGED } from '../model/events.js';
import type { AreaName, OverrideChange } from '../model/officers.js';
import { VILLAGE_CODE } from '../model/regions.js';
import type { PendingVerification } from '../model/reports.js';
import { WKSBM_LEVELS, type WksbmLevel } from '../model/status.js';
import type { DomainTx } from '../model/tx.js';
import { officerCovers } from './coverage.js';
import { waitingOf, type Waiting } from './enroll-waiting.js';
import { normalizeInviteCode } from './invite-code.js';
import { profileOf, type OfficerProfile } from './profile.js';
import { checkTarget, decideTarget, type DecideOutcome, type TargetCheck } from './verification.js';

/** What the officer effects need besides the transaction. */
export interface OfficerEffectOptions {
  /** The dashboard's address, `<PUBLIC_URL or http://HOST:PORT>/dashboard`; absent = not known. */
  readonly dashboardUrl?: string | undefined;
}

/**
 * A one-time dashboard sign-in code just issued in the chat, or null for a non-officer.
 * `link` is the dashboard's address with the code in its fragment (`#code=…`), which the
 * browser never sends to a server; null when the address is not known.
 */
export type DashboardSignInResult = {
  /** As shown and typed: "ABCD-EFGH-JKLM". */
  readonly code: string;
  /** ISO time. */
  readonly expiresAt: string;
  /** The dashboard's address, to type on another device. */
  readonly url: string | null;
  readonly link: string | null;
} | null;

/**
 * `enrolled`: a new officer; `areasAdded`: an officer already gained the code's new areas
 * (`added`, named); `alreadyCovered`: their areas held the code's already (the code stays unused).
 */
export type EnrollResult =
  | { readonly kind: 'enrolled'; readonly profile: OfficerProfile; readonly waiting: Waiting }
  | { readonly kind: 'alreadyCovered'; readonly profile: OfficerProfile }
  | { readonly kind: 'areasAdded'; readonly profile: OfficerProfile; readonly added: readonly AreaName[]; readonly waiting: Waiting }
  | { readonly kind: 'invalid' | 'expired' | 'used'; readonly profile?: OfficerProfile };

/**
 * The pending list, or null for someone who is not an officer (any more). `own` counts what
 * waits from groups the officer leads, left out of the list: another officer must verify it.
 */
export type PendingResult = { readonly items: readonly PendingVerification[]; readonly total: number; readonly own: number } | null;

export type OverrideResult = { readonly kind: 'set' | 'cleared' | 'none' | 'forbidden' };

/** How many pending records the officer menu lists at once. */
export const PENDING_LIST_LIMIT = 10;

const minute = z.number().int().min(0).max(1439);

/** Enrolls the person with an invite code (as typed or from a deep link). */
export const OFFICER_ENROLL = defineEffect<EnrollResult>()('officer.enroll', z.object({ code: z.string().max(20) }));

/** The person's officer profile, or null for someone who is not an active officer. */
export const OFFICER_PROFILE = defineEffect<OfficerProfile | null>()('officer.profile', z.undefined());

/** Sets the alert kinds the officer muted; the profile after it (null: not an officer). */
export const OFFICER_SET_MUTES = defineEffect<OfficerProfile | null>()(
  'officer.setMutes',
  z.object({ kinds: z.array(z.enum(OFFICER_ALERT_KINDS)).max(OFFICER_ALERT_KINDS.length) }),
);

/** Sets (or, with null, ends) the officer's quiet hours, minutes of the day (WIB); the profile after it. */
export const OFFICER_SET_QUIET_HOURS = defineEffect<OfficerProfile | null>()('officer.setQuietHours', z.object({ startMin: minute, endMin: minute }).nullable());

/**
 * Sets the officer's own name (and phone, when given; null keeps the one on record) on their
 * person: admins list them by it, and leaders are told who verified. The profile after it
 * (null: not an officer).
 */
export const OFFICER_SET_NAME = defineEffect<OfficerProfile | null>()(
  'officer.setName',
  z.object({ name: z.string().min(2).max(80), phone: z.string().regex(/^\+62\d{6,14}$/).nullable() }),
);

/** The records waiting for the officer's verdict, the first {@link PENDING_LIST_LIMIT}. */
export const OFFICER_PENDING = defineEffect<PendingResult>()('officer.pending', z.undefined());

/** Whether the person may decide on a record now (null: the deep link named none). */
export const OFFICER_CHECK_TARGET = defineEffect<TargetCheck>()(
  'officer.checkTarget',
  z.object({ type: z.enum(['group', 'activity']), id: z.uuid() }).nullable(),
);

/** Stores a verdict on a record (a rejection needs a reason). */
export const OFFICER_DECIDE = defineEffect<DecideOutcome>()(
  'officer.decide',
  z.object({
    type: z.enum(['group', 'activity']),
    id: z.uuid(),
    verdict: z.enum(['verified', 'rejected']),
    reason: z.string().min(1).max(300).nullable(),
  }),
);

/** A desa/kelurahan code, "34.02.15.2004", as the level effects take it. */
const villageCodeSchema = z.string().regex(VILLAGE_CODE);

/** Sets a desa's level by hand with a reason, or (level null) withdraws it. */
export const OFFICER_OVERRIDE = defineEffect<OverrideResult>()(
  'officer.override',
  z.object({
    villageCode: villageCodeSchema,
    level: z.enum(WKSBM_LEVELS).nullable(),
    reason: z.string().min(1).max(300).nullable(),
  }),
);

/**
 * A desa's level as it stands, shown to the officer about to set it by hand: the system's
 * (the last recorded) and an officer's decision in force; null when the desa is not theirs.
 */
export type LevelNow = {
  readonly computed: WksbmLevel;
  readonly override: { readonly level: WksbmLevel; readonly officerName: string | null } | null;
} | null;

/** Reads a desa's level as it stands (see {@link LevelNow}). */
export const OFFICER_LEVEL_NOW = defineEffect<LevelNow>()('officer.levelNow', z.object({ villageCode: villageCodeSchema }));

/** Issues a one-time dashboard sign-in code (null for a non-officer). */
export const OFFICER_DASHBOARD_SIGN_IN = defineEffect<DashboardSignInResult>()('officer.dashboardSignIn', z.undefined());

/** The officer's dashboard tokens in force, dates as ISO text (null for a non-officer). */
export type DashboardTokens = ReadonlyArray<{ readonly createdAt: string; readonly lastUsedAt: string | null }> | null;

/** Reads the officer's dashboard tokens in force, minting nothing ("brp token dasbor sy yg aktif"). */
export const OFFICER_DASHBOARD_TOKENS = defineEffect<DashboardTokens>()('officer.dashboardTokens', z.undefined());

/** Builds the officer effect handlers. */
export function officerEffects<Tx extends DomainTx>(options: OfficerEffectOptions = {}): EffectEntry<Tx>[] {
  /** The person's profile now, or null when they are not an active officer. */
  async function currentProfile(tx: Tx, personId: string): Promise<OfficerProfile | null> {
    const officer = await tx.officers.byPerson(personId);
    return officer ? profileOf(tx, officer) : null;
  }

  return [
    handleEffect(OFFICER_ENROLL, async (payload, { tx, person, now }: EffectContext<Tx>): Promise<EnrollResult> => {
      const code = normalizeInviteCode(payload.code);
      const result = code ? await tx.officers.redeemInvite(code, person.id, now) : ({ kind: 'invalid' } as const);
      if (result.kind === 'invalid' || result.kind === 'expired' || result.kind === 'used') {
        // An officer already (sending their own code again, most often): told they are one, not to ask for a new code.
        const profile = await currentProfile(tx, person.id);
        return profile ? { kind: result.kind, profile } : { kind: result.kind };
      }
      const profile = await profileOf(tx, result.officer);
      if (result.kind === 'alreadyCovered') return { kind: result.kind, profile };
      // What already waits in the areas, said with the welcome (their own groups' records left out).
      const waiting = waitingOf(await tx.alertReports.pendingVerifications(result.officer.areaPrefixes, PENDING_LIST_LIMIT, person.id));
      if (result.kind === 'areasAdded') return { kind: 'areasAdded', profile, added: profile.areas.filter((area) => result.added.includes(area.code)), waiting };
      return { kind: result.kind, profile, waiting };
    }),

    handleEffect(OFFICER_PROFILE, async (_payload, { tx, person }: EffectContext<Tx>) => currentProfile(tx, person.id)),

    handleEffect(OFFICER_SET_MUTES, async ({ kinds }, { tx, person }: EffectContext<Tx>) => {
      const officer = await tx.officers.byPerson(person.id);
      if (!officer) return null;
      await tx.officers.setMutedKinds(officer.id, [...new Set(kinds)]);
      return currentProfile(tx, person.id);
    }),

    handleEffect(OFFICER_SET_QUIET_HOURS, async (range, { tx, person, now }: EffectContext<Tx>) => {
      const officer = await tx.officers.byPerson(person.id);
      if (!officer) return null;
      if (range && range.startMin === range.endMin) throw new Error('officer.setQuietHours: start equals end');
      await tx.officers.setQuietHours(officer.id, range?.startMin ?? null, range?.endMin ?? null);
      // What the old hours held is weighed against the new ones (none: sent now).
      await tx.officers.releaseHeld(officer.id, now);
      return currentProfile(tx, person.id);
    }),

    handleEffect(OFFICER_SET_NAME, async ({ name, phone }, { tx, person }: EffectContext<Tx>) => {
      if (!(await tx.officers.byPerson(person.id))) return null;
      await tx.people.setContact(person.id, name, phone);
      return currentProfile(tx, person.id);
    }),

    handleEffect(OFFICER_PENDING, async (_payload, { tx, person }: EffectContext<Tx>): Promise<PendingResult> => {
      const officer = await tx.officers.byPerson(person.id);
      if (!officer) return null;
      // Their own groups' records would only be refused (verification.ts): counted, not listed.
      const pending = await tx.alertReports.pendingVerifications(officer.areaPrefixes, PENDING_LIST_LIMIT, person.id);
      // Groups come with their ketua, members and RT/RW: what the officer checks, and whom to call;
      // activities with their reporting group, the partners' answers and whom they served.
      const items: PendingVerification[] = [];
      for (const item of pending.items) {
        if (item.type === 'group') {
          const group = await tx.groups.get(item.id);
          items.push(group ? { ...item, details: { ketua: await tx.groups.ketua(item.id), memberCount: group.memberCount, unit: group.unit } } : item);
        } else {
          const activity = await tx.activities.summary(item.id);
          // Its photos too, as the alert carried them: the list stands in for a missed or muted alert.
          const photoIds = activity ? ((await tx.photos?.listForActivity(item.id)) ?? []).map((photo) => photo.id) : [];
          items.push(activity ? { ...item, details: { reportingGroup: activity.reportingGroup, partners: activity.partners, beneficiaries: activity.beneficiaries, photoIds } } : item);
        }
      }
      return { items, total: pending.total, own: pending.own };
    }),

    handleEffect(OFFICER_CHECK_TARGET, async (target, { tx, person }: EffectContext<Tx>): Promise<TargetCheck> => {
      if (!target) return { kind: 'gone' };
      return checkTarget(tx, person.id, target.type, target.id);
    }),

    handleEffect(OFFICER_DECIDE, async (request, { tx, person, now, channel, emit }: EffectContext<Tx>): Promise<DecideOutcome> => {
      if (request.verdict === 'rejected' && !request.reason) throw new Error('officer.decide: a rejection needs a reason');
      return decideTarget(tx, person.id, request, now, emit, `chat:${channel}`);
    }),

    handleEffect(OFFICER_LEVEL_NOW, async ({ villageCode }, { tx, person }: EffectContext<Tx>): Promise<LevelNow> => {
      const officer = await tx.officers.byPerson(person.id);
      if (!officer || !officerCovers(officer, villageCode)) return null;
      const standing = await tx.officers.levelOverride({ villageCode });
      const computed = (await tx.status.lastLevel({ villageCode }))?.level ?? 'belum_ada';
      return { computed, override: standing ? { level: standing.level, officerName: standing.officerName } : null };
    }),

    handleEffect(OFFICER_OVERRIDE, async (input, { tx, person, now, channel, emit }: EffectContext<Tx>): Promise<OverrideResult> => {
      const officer = await tx.officers.byPerson(person.id);
      if (!officer || !officerCovers(officer, input.villageCode)) return { kind: 'forbidden' };
      const area = { villageCode: input.villageCode };
      const audit = (action: string, details: Record<string, unknown>) =>
        tx.audit.record(
          { actorKind: 'officer', actorId: person.id, action, targetType: 'area', targetId: input.villageCode, details, via: `chat:${channel}` },
          now,
        );
      // The level in force before: the officer's standing one, else the last recorded.
      const standing = await tx.officers.levelOverride(area);
      const computed = (await tx.status.lastLevel(area))?.level ?? 'belum_ada';
      const before = standing?.level ?? computed;
      // The desa's leaders hear of it through the event (alerts/level-alerts.ts).
      const tell = (change: OverrideChange) => emit(LEVEL_OVERRIDE_CHANGED, { area, before, change });
      if (input.level === null) {
        const cleared = await tx.officers.clearLevelOverride(area, now);
        if (cleared) {
          await audit('area.override.clear', {});
          await tell({ kind: 'cleared', computed });
        }
        return { kind: cleared ? 'cleared' : 'none' };
      }
      if (!input.reason) throw new Error('officer.override: an override needs a reason');
      await tx.officers.setLevelOverride(area, { level: input.level, reason: input.reason, officerId: officer.id }, now);
      await audit('area.override.set', { level: input.level, reason: input.reason });
      await tell({ kind: 'set', level: input.level, reason: input.reason, officerName: officer.name });
      return { kind: 'set' };
    }),

    handleEffect(OFFICER_DASHBOARD_TOKENS, async (_payload, { tx, person, now }: EffectContext<Tx>): Promise<DashboardTokens> => {
      if (!(await tx.officers.byPerson(person.id))) return null;
      const tokens = await tx.signInTokens.activeTokens(person.id, now);
      return tokens.map((token) => ({ createdAt: token.createdAt.toISOString(), lastUsedAt: token.lastUsedAt?.toISOString() ?? null }));
    }),

    // The code goes into the chat reply (which the runner stores for re-delivery), so it is
    // short-lived and single use; the long-lived token is only handed out by the exchange.
    handleEffect(OFFICER_DASHBOARD_SIGN_IN, async (_payload, { tx, person, now, channel }: EffectContext<Tx>): Promise<DashboardSignInResult> => {
      const officer = await tx.officers.byPerson(person.id);
      if (!officer) return null;
      const issued = await tx.signInTokens.issueSignInCode(person.id, now, SIGN_IN_CODE_TTL_MS);
      await tx.audit.record(
        {
          actorKind: 'officer',
          actorId: person.id,
          action: 'token.issue',
          targetType: 'person',
          targetId: person.id,
          details: { label: 'dashboard', kind: 'signInCode', expiresAt: issued.expiresAt.toISOString() },
          via: `chat:${channel}`,
        },
        now,
      );
      const url = options.dashboardUrl ?? null;
      return { code: issued.code, expiresAt: issued.expiresAt.toISOString(), url, link: url ? `${url}#code=${issued.code}` : null };
    }),
  ];
}
