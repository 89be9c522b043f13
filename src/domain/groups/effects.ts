/**
 * Group effects: what the group flows ask the runner to do, performed inside the message's
 * transaction. Every handler re-checks who may do what (a button id or payload from an old
 * message is never trusted), its payload is checked by the effect's schema, and it answers
 * with a value the flow turns into a reply. A change emits a domain event
 * (domain/model/events.ts): officers' alerts and the area's status subscribe to them.
 */
import { z } from 'zod';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import { knownVillages, ownAreas } from './known-villages.js';
import { normalizeName, splitAreaSuffix } from '../parse/group-name.js';
import { looseName, matchName, matchWithoutTierWord, type NameMatch } from './name-match.js';
import { mayNotify } from '../privacy/consent.js';
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../model/tx.js';
import { AREA_FACTS_CHANGED, CO_LEADER_REQUESTED, GROUP_CHANGED, GROUP_EDITED, GROUP_REGISTERED } from '../model/events.js';
import type { VillageInfo } from '../model/regions.js';
import type { GroupChanges, GroupView } from '../model/groups.js';
import { groupFieldsSchema, phoneSchema, villageCodeSchema } from './group-schema.js';
import { samePersonName } from '../parse/without-honorific.js';

export type RegisterGroupResult =
  | { readonly kind: 'created'; readonly group: GroupView }
  | { readonly kind: 'duplicate'; readonly existing: { readonly id: string; readonly name: string } };

export type CoLeaderResult = { readonly kind: 'requested' } | { readonly kind: 'exists' };

/** Result of a change a leader asked for. */
export type GroupChangeResult =
  | { readonly kind: 'ok'; readonly group: GroupView | null; readonly reverify?: boolean }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'notRejected'; readonly group: GroupView }
  /** Nothing changed since the rejection: the leader is told, and may send it back anyway. */
  | { readonly kind: 'unchanged'; readonly group: GroupView }
  | { readonly kind: 'duplicate'; readonly existing: { readonly id: string; readonly name: string } };

/** What a flow asking about a group starts from: the person's groups and the desa they already named. */
export interface GroupContext {
  readonly groups: readonly GroupView[];
  readonly villages: readonly VillageInfo[];
  /** The person's own area (known-villages.ts `ownAreas`): same-named desa there are listed first. */
  readonly areas: readonly string[];
  /** True for an active officer: what they do about a desa is follow it up, not register a group of their own. */
  readonly officer?: boolean;
}

/**
 * An enabled group of that name in the desa, found right after the name is typed, or one
 * named the same but for an RT/RW only one of the names carries; null when none.
 */
export type FindByNameResult = NameMatch | null;

/** Registers a group led by the person (unless one of that name exists in the desa). */
export const REGISTER_GROUP = defineEffect<RegisterGroupResult>()(
  'group.register',
  // ketuaIsMe: the person said they chair it themself ("saya sendiri"): the ketua's name is theirs.
  groupFieldsSchema.extend({ ketuaIsMe: z.boolean().optional() }),
);

/** Asks to co-lead an existing group (its leaders answer in their inbox); the requester's contact may come along. */
export const REQUEST_CO_LEADER = defineEffect<CoLeaderResult>()(
  'group.requestCoLeader',
  z.object({
    groupId: z.uuid(),
    leaderName: z.string().min(1).max(80).optional(),
    phone: phoneSchema.nullable().optional(),
  }),
);

/** The groups the person leads or co-leads. */
export const LIST_MY_GROUPS = defineEffect<GroupView[]>()('groups.listMine', z.undefined());

/** The groups of a desa, but those excluded (e.g. the asking group itself). */
export const LIST_VILLAGE_GROUPS = defineEffect<GroupView[]>()(
  'groups.listInVillage',
  z.object({ villageCode: z.string(), exclude: z.array(z.string()) }),
);

/** Changes fields of a group the person leads; a new name, type, desa or ketua is verified again. */
export const UPDATE_GROUP = defineEffect<GroupChangeResult>()(
  'group.update',
  // ketuaIsMe: the new ketua is the person themself ("saya sendiri"): the name is theirs.
  z.object({ groupId: z.uuid(), changes: groupFieldsSchema.partial(), ketuaIsMe: z.boolean().optional() }),
);

/**
 * Sends a rejected group the person leads back to its desa's officers (after fixing what the
 * officer asked): pending again. `notRejected` when it is not rejected (any more).
 */
export const RESUBMIT_GROUP = defineEffect<GroupChangeResult>()(
  'group.resubmit',
  // `anyway`: sent back with nothing changed since the verdict, on the leader's second press.
  z.object({ groupId: z.uuid(), anyway: z.boolean().optional() }),
);

/** Ends a group (only its leader, not a co-leader, may). */
export const DEACTIVATE_GROUP = defineEffect<GroupChangeResult>()('group.deactivate', z.object({ groupId: z.uuid() }));

/**
 * An enabled group of that name in the desa (or of that name but for its RT/RW), asked right
 * after the name is typed: at registration, and for a group's new name (or its name in the
 * new desa it is moved to) in Kelompok saya.
 */
export const FIND_GROUP_BY_NAME = defineEffect<FindByNameResult>()(
  'group.findByName',
  // rw: the RW the person already gave for the new group, if any (0 or left out when none);
  // exclude: the group being renamed or moved (Kelompok saya), which its own name does not find.
  z.object({ villageCode: z.string().max(20), name: z.string().min(1).max(80), rw: z.number().int().min(0).max(999).optional(), exclude: z.uuid().optional() }),
);

/** The person's groups and the desa they already named (their groups', their last status check's), for one-tap answers. */
export const GROUP_CONTEXT = defineEffect<GroupContext>()('groups.knownVillages', z.undefined());

/** The desa of a status check, offered first next time. */
export const REMEMBER_VILLAGE = defineEffect<undefined>()('person.rememberVillage', z.object({ villageCode: villageCodeSchema }));

/** The fields a change made different, as their GroupChanges keys ("village" for a new desa). */
function changedFields(before: GroupView, after: GroupView): string[] {
  const fields: string[] = [];
  if (before.type !== after.type || before.typeOther !== after.typeOther) fields.push('type');
  if (before.name !== after.name) fields.push('name');
  if (before.villageCode !== after.villageCode) fields.push('village');
  else if (formatUnitKey(before) !== formatUnitKey(after)) fields.push('unit');
  if (before.memberCount !== after.memberCount) fields.push('members');
  if (before.foundedYear !== after.foundedYear) fields.push('founded');
  if (before.meetingSchedule !== after.meetingSchedule) fields.push('schedule');
  if (before.ketuaName !== after.ketuaName) fields.push('ketuaName');
  if (before.ketuaPhone !== after.ketuaPhone) fields.push('ketuaPhone');
  return fields;
}

function formatUnitKey({ unit }: GroupView): string {
  return `${unit.rw}/${unit.rt}/${unit.dusun}`;
}

/** The group's ketua as the officers' verification alert names them. */
function leaderOf(group: GroupView): { readonly name: string; readonly phone: string | null } {
  return { name: group.ketuaName ?? '', phone: group.ketuaPhone };
}

/**
 * A new group counts in its desa's linked share once linked (or after the link period), so
 * its leader is told how to link it; sent only where the desa has other groups to link with.
 */
async function tellHowToLink(tx: DomainTx, group: GroupView, personId: string, now: Date, thresholds: StatusThresholds): Promise<void> {
  const others = await tx.groups.listInVillage(group.villageCode, [group.id]);
  if (others.length === 0) return;
  // A proactive notice like the others: never to someone who withdrew consent or was erased.
  if (!mayNotify(await tx.privacy.consentState(personId))) return;
  await tx.outbox.enqueue(
    {
      personId,
      kind: 'leader.linkHint',
      messages: [say(t('groups:linkHint', { name: group.name, days: thresholds.newGroupLinkDays, count: others.length }))],
      dedupeKey: `group.linkHint:${group.id}:${personId}`,
    },
    now,
  );
}

/** Builds the group effect handlers with the status thresholds in force. */
export function groupEffects<Tx extends DomainTx>(thresholds: StatusThresholds): EffectEntry<Tx>[] {
  return [
    handleEffect(REGISTER_GROUP, async ({ ketuaIsMe, ...input }, { tx, person, now, emit }): Promise<RegisterGroupResult> => {
      // A group of that name in the desa (registered since the name was typed) is found, not doubled.
      const created = await tx.groups.createUnlessNamed({ ...input, typeOther: input.type === 'other' ? input.typeOther : null }, normalizeName(input.name), person.id, now);
      if (created.kind === 'duplicate') return created;
      const { group } = created;
      // The ketua is the group's own contact: the chat account's name and phone stay as they were,
      // unless the person said the ketua is themself: then the name is theirs, known next time
      // ("saya sendiri" at another registration), and so is the phone when they had none on record.
      if (ketuaIsMe === true) await tx.people.setContact(person.id, input.ketuaName, person.phoneE164 === null ? input.ketuaPhone : null);
      // The desa's officers are asked to verify it first, then the desa's level is refreshed
      // (so "Kelompok baru" reaches them before the level change it caused), in this transaction.
      await emit(GROUP_REGISTERED, { group, leader: { name: input.ketuaName, phone: input.ketuaPhone }, actorId: person.id });
      await emit(AREA_FACTS_CHANGED, { area: { villageCode: input.villageCode } });
      await tellHowToLink(tx, group, person.id, now, thresholds);
      return { kind: 'created', group };
    }),

    handleEffect(REQUEST_CO_LEADER, async (input, { tx, person, now, emit }): Promise<CoLeaderResult> => {
      const requested = await tx.groups.requestCoLeader(input.groupId, person.id, now);
      if (input.leaderName) await tx.people.setContact(person.id, input.leaderName, input.phone ?? null);
      const group = requested ? await tx.groups.get(input.groupId) : null;
      if (group) await emit(CO_LEADER_REQUESTED, { group, requesterName: input.leaderName ?? person.displayName, actorId: person.id });
      return requested ? { kind: 'requested' } : { kind: 'exists' };
    }),

    handleEffect(LIST_MY_GROUPS, async (_input, { tx, person }) => tx.groups.listLedBy(person.id)),

    handleEffect(LIST_VILLAGE_GROUPS, async (input, { tx }) => tx.groups.listInVillage(input.villageCode, input.exclude)),

    handleEffect(UPDATE_GROUP, async (input, { tx, person, now, emit }): Promise<GroupChangeResult> => {
      if (!(await tx.groups.leaderRole(input.groupId, person.id))) return { kind: 'forbidden' };
      const before = await tx.groups.get(input.groupId);
      // A deactivated group is history: it is not edited any more.
      if (!before?.active) return { kind: 'forbidden' };
      const requested = input.changes;
      const villageCode = requested.villageCode ?? before.villageCode;
      const nameNorm = requested.name === undefined ? undefined : normalizeName(requested.name);
      if (requested.name !== undefined || villageCode !== before.villageCode) {
        const existing = await tx.groups.findByName(villageCode, nameNorm ?? normalizeName(before.name));
        if (existing && existing.id !== before.id) return { kind: 'duplicate', existing };
      }
      // What the officer verified (which group, of what kind, where, led by whom) changed: verified
      // again. Members, year, meetings and the ketua's phone alone (contact data: a new number is not
      // a new ketua) are the leader's to keep current. A ketua named again with another phone may be
      // another person of the same name ("pak Darmo" for "Bu Darmo": forms of address are not kept),
      // so it is verified again. A rejected group stays rejected while it is being fixed: it goes
      // back with 📤 Kirim ulang, once.
      const phoneChanged = requested.ketuaPhone !== undefined && requested.ketuaPhone !== before.ketuaPhone;
      const reverify =
        before.verification !== 'rejected' &&
        (villageCode !== before.villageCode ||
        (nameNorm !== undefined && nameNorm !== normalizeName(before.name)) ||
        (requested.type !== undefined && requested.type !== before.type) ||
        (requested.typeOther !== undefined && requested.type === 'other' && requested.typeOther !== before.typeOther) ||
        (requested.ketuaName !== undefined && (!samePersonName(requested.ketuaName, before.ketuaName) || phoneChanged)));
      const changes: GroupChanges = {
        ...requested,
        ...(requested.type !== undefined && requested.type !== 'other' ? { typeOther: null } : {}),
        ...(reverify ? { reverify: true } : {}),
      };
      const group = await tx.groups.update(input.groupId, changes, nameNorm, now);
      // Themself as the new ketua: their own name from now on, as at registration.
      if (input.ketuaIsMe === true && group.ketuaName) await tx.people.setContact(person.id, group.ketuaName, person.phoneE164 === null ? group.ketuaPhone : null);
      const fields = changedFields(before, group);
      if (fields.length > 0) await emit(GROUP_EDITED, { group, fields, actorId: person.id, actorName: person.displayName });
      if (reverify) {
        // The officers' alert first, then the level of the desa left and of the desa joined.
        await emit(GROUP_CHANGED, { group, leader: leaderOf(group), actorId: person.id, why: 'changed', before });
        for (const code of new Set([before.villageCode, group.villageCode])) await emit(AREA_FACTS_CHANGED, { area: { villageCode: code } });
      }
      return { kind: 'ok', group, reverify };
    }),

    handleEffect(RESUBMIT_GROUP, async ({ groupId, anyway }, { tx, person, now, emit }): Promise<GroupChangeResult> => {
      if (!(await tx.groups.leaderRole(groupId, person.id))) return { kind: 'forbidden' };
      const before = await tx.groups.get(groupId);
      if (!before?.active) return { kind: 'forbidden' };
      if (before.verification !== 'rejected') return { kind: 'notRejected', group: before };
      const changed = await tx.groups.changedSinceVerdict(groupId);
      if (!changed && anyway !== true) return { kind: 'unchanged', group: before };
      // While it was rejected, another group may have been registered under its name in the desa.
      const existing = await tx.groups.findByName(before.villageCode, normalizeName(before.name));
      if (existing && existing.id !== before.id) return { kind: 'duplicate', existing };
      const group = await tx.groups.update(groupId, { reverify: true }, undefined, now);
      await emit(GROUP_CHANGED, { group, leader: leaderOf(group), actorId: person.id, why: 'resubmitted', earlierReason: before.rejectionReason, unchanged: !changed });
      // Pending again, it counts (for now) in its desa's status.
      await emit(AREA_FACTS_CHANGED, { area: { villageCode: group.villageCode } });
      return { kind: 'ok', group, reverify: true };
    }),

    handleEffect(FIND_GROUP_BY_NAME, async (input, { tx }) => {
      const norm = normalizeName(input.name);
      // One statement finds all three: the same name, the same but for an RT/RW suffix, and
      // the same but for a dusun's word ("PKK Glugo" where "PKK Dsn Glugo" is registered).
      const found = await tx.groups.findNamedFrom(input.villageCode, splitAreaSuffix(norm).base, looseName(norm) ?? undefined);
      const others = input.exclude === undefined ? found : found.filter((group) => group.id !== input.exclude);
      return matchName(norm, others, input.rw) ?? matchWithoutTierWord(norm, others);
    }),

    handleEffect(REMEMBER_VILLAGE, async ({ villageCode }, { tx, person }) => {
      await tx.people.setLastVillage(person.id, villageCode);
      return undefined;
    }),

    handleEffect(GROUP_CONTEXT, async (_input, { tx, person }): Promise<GroupContext> => {
      const led = tx.groups.listLedBy(person.id);
      const [groups, villages, officer] = await Promise.all([led, knownVillages(tx, person.id, led), tx.officers.byPerson(person.id)]);
      return { groups, villages, areas: ownAreas(villages, officer), ...(officer?.active && { officer: true }) };
    }),

    handleEffect(DEACTIVATE_GROUP, async ({ groupId }, { tx, person, now, emit }): Promise<GroupChangeResult> => {
      // Only the leader, not a co-leader, may end a group.
      if ((await tx.groups.leaderRole(groupId, person.id)) !== 'leader') return { kind: 'forbidden' };
      const group = await tx.groups.get(groupId);
      await tx.groups.deactivate(groupId, now);
      if (group) await emit(GROUP_EDITED, { group, fields: ['deactivated'], actorId: person.id, actorName: person.displayName });
      // The leader ended the group: a drop it causes applies at once.
      if (group) await emit(AREA_FACTS_CHANGED, { area: { villageCode: group.villageCode }, immediate: true });
      return { kind: 'ok', group: null };
    }),
  ];
}
