/**
 * Group effects: what the group flows ask the runner to do, performed inside the message's
 * transaction. Every handler re-checks who may do what (a button id or payload from an old
 * message is never trusted), validates its payload, and answers with a value the flow
 * turns into a reply. After a change that affects an area, its WKSBM status is refreshed.
 */
import { z } from 'zod';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { EffectHandler } from '../../core/effect-registry.js';
import { onCoLeaderRequested, onGroupChanged, onGroupRegistered } from '../alerts/event-alerts.js';
import { knownVillages } from './known-villages.js';
import { refreshWithAlerts } from '../alerts/level-alerts.js';
import { normalizeName } from '../flow-kit.js';
import { mayNotify } from '../privacy/consent.js';
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../model/tx.js';
import { GROUP_TYPES } from '../model/group-types.js';
import type { VillageInfo } from '../model/regions.js';
import type { GroupChanges, GroupView } from '../model/groups.js';

/** Effect type names of this feature. */
export const GROUP_EFFECTS = {
  register: 'group.register',
  requestCoLeader: 'group.requestCoLeader',
  listMine: 'groups.listMine',
  listInVillage: 'groups.listInVillage',
  update: 'group.update',
  deactivate: 'group.deactivate',
  findByName: 'group.findByName',
  knownVillages: 'groups.knownVillages',
  rememberVillage: 'person.rememberVillage',
} as const;

export type RegisterGroupResult =
  | { readonly kind: 'created'; readonly group: GroupView }
  | { readonly kind: 'duplicate'; readonly existing: { readonly id: string; readonly name: string } };

export type CoLeaderResult = { readonly kind: 'requested' } | { readonly kind: 'exists' };

/** Result of a change a leader asked for. */
export type GroupChangeResult =
  | { readonly kind: 'ok'; readonly group: GroupView | null; readonly reverify?: boolean }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'duplicate'; readonly existing: { readonly id: string; readonly name: string } };

/** What a flow asking about a group starts from: the person's groups and the desa they already named. */
export interface GroupContext {
  readonly groups: readonly GroupView[];
  readonly villages: readonly VillageInfo[];
}

/** An enabled group of that name in the desa, found right after the name is typed; null when none. */
export type FindByNameResult = { readonly id: string; readonly name: string } | null;

const unitSchema = z.object({
  rw: z.number().int().min(0).max(999),
  rt: z.number().int().min(0).max(999),
  dusun: z.string().max(80),
});

const registerSchema = z.object({
  type: z.enum(GROUP_TYPES),
  typeOther: z.string().max(60).nullable(),
  name: z.string().min(1).max(80),
  villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
  unit: unitSchema,
  memberCount: z.number().int().min(1).max(1_000_000),
  foundedYear: z.number().int().nullable(),
  meetingSchedule: z.string().max(120).nullable(),
  ketuaName: z.string().min(1).max(80),
  ketuaPhone: z.string().regex(/^\+\d{8,15}$/).nullable(),
});

const coLeaderSchema = z.object({
  groupId: z.uuid(),
  leaderName: z.string().min(1).max(80).optional(),
  phone: z.string().regex(/^\+\d{8,15}$/).nullable().optional(),
});

const groupIdSchema = z.object({ groupId: z.uuid() });

const updateSchema = z.object({
  groupId: z.uuid(),
  changes: z
    .object({
      type: z.enum(GROUP_TYPES),
      typeOther: z.string().max(60).nullable(),
      name: z.string().min(1).max(80),
      villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
      unit: unitSchema,
      memberCount: z.number().int().min(1).max(1_000_000),
      foundedYear: z.number().int().nullable(),
      meetingSchedule: z.string().max(120).nullable(),
      ketuaName: z.string().min(1).max(80),
      ketuaPhone: z.string().regex(/^\+\d{8,15}$/).nullable(),
    })
    .partial(),
});

const findByNameSchema = z.object({ villageCode: z.string().max(20), name: z.string().min(1).max(80) });

const villageSchema = z.object({ villageCode: z.string(), exclude: z.array(z.string()).default([]) });

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
export function groupEffects<Tx extends DomainTx>(thresholds: StatusThresholds): Record<string, EffectHandler<Tx>> {
  return {
    [GROUP_EFFECTS.register]: async (effect, { tx, person, now }): Promise<RegisterGroupResult> => {
      const input = registerSchema.parse(effect.payload);
      const nameNorm = normalizeName(input.name);
      const existing = await tx.groups.findByName(input.villageCode, nameNorm);
      if (existing) return { kind: 'duplicate', existing };
      const group = await tx.groups.create(
        {
          type: input.type,
          typeOther: input.type === 'other' ? input.typeOther : null,
          name: input.name,
          villageCode: input.villageCode,
          unit: input.unit,
          memberCount: input.memberCount,
          foundedYear: input.foundedYear,
          meetingSchedule: input.meetingSchedule,
          ketuaName: input.ketuaName,
          ketuaPhone: input.ketuaPhone,
        },
        nameNorm,
        person.id,
        now,
      );
      // The ketua is the group's own contact: the chat account's name and phone stay as they were.
      // The desa's officers are asked to verify it, in this same transaction.
      await onGroupRegistered(tx, group, { name: input.ketuaName, phone: input.ketuaPhone }, person.id, now);
      await refreshWithAlerts(tx, { villageCode: input.villageCode }, now, thresholds);
      await tellHowToLink(tx, group, person.id, now, thresholds);
      return { kind: 'created', group };
    },

    [GROUP_EFFECTS.requestCoLeader]: async (effect, { tx, person, now }): Promise<CoLeaderResult> => {
      const input = coLeaderSchema.parse(effect.payload);
      const requested = await tx.groups.requestCoLeader(input.groupId, person.id, now);
      if (input.leaderName) await tx.people.setContact(person.id, input.leaderName, input.phone ?? null);
      const group = requested ? await tx.groups.get(input.groupId) : null;
      if (group) await onCoLeaderRequested(tx, group, input.leaderName ?? person.displayName, person.id, now);
      return requested ? { kind: 'requested' } : { kind: 'exists' };
    },

    [GROUP_EFFECTS.listMine]: async (_effect, { tx, person }) => tx.groups.listLedBy(person.id),

    [GROUP_EFFECTS.listInVillage]: async (effect, { tx }) => {
      const input = villageSchema.parse(effect.payload);
      return tx.groups.listInVillage(input.villageCode, input.exclude);
    },

    [GROUP_EFFECTS.update]: async (effect, { tx, person, now }): Promise<GroupChangeResult> => {
      const input = updateSchema.parse(effect.payload);
      if (!(await tx.groups.leaderRole(input.groupId, person.id))) return { kind: 'forbidden' };
      // A deactivated group is history: it is not edited any more.
      if (!(await tx.groups.get(input.groupId))?.active) return { kind: 'forbidden' };
      const before = (await tx.groups.get(input.groupId))!;
      const requested = input.changes;
      const villageCode = requested.villageCode ?? before.villageCode;
      const nameNorm = requested.name === undefined ? undefined : normalizeName(requested.name);
      if (requested.name !== undefined || villageCode !== before.villageCode) {
        const existing = await tx.groups.findByName(villageCode, nameNorm ?? normalizeName(before.name));
        if (existing && existing.id !== before.id) return { kind: 'duplicate', existing };
      }
      // A new desa or a new ketua is a new fact for the officer: verified again.
      const reverify =
        villageCode !== before.villageCode ||
        (requested.ketuaName !== undefined && requested.ketuaName !== before.ketuaName) ||
        (requested.ketuaPhone !== undefined && requested.ketuaPhone !== before.ketuaPhone);
      const changes: GroupChanges = {
        ...requested,
        ...(requested.type !== undefined && requested.type !== 'other' ? { typeOther: null } : {}),
        ...(reverify ? { reverify: true } : {}),
      };
      const group = await tx.groups.update(input.groupId, changes, nameNorm, now);
      if (reverify) {
        await onGroupChanged(tx, group, { name: group.ketuaName ?? '', phone: group.ketuaPhone }, person.id, now);
        for (const code of new Set([before.villageCode, group.villageCode])) await refreshWithAlerts(tx, { villageCode: code }, now, thresholds);
      }
      return { kind: 'ok', group, reverify };
    },

    [GROUP_EFFECTS.findByName]: async (effect, { tx }): Promise<FindByNameResult> => {
      const input = findByNameSchema.parse(effect.payload);
      return tx.groups.findByName(input.villageCode, normalizeName(input.name));
    },

    /** Desa the person already named: their groups' and their last status check's, for one-tap answers. */
    /** The desa of a status check, offered first next time. */
    [GROUP_EFFECTS.rememberVillage]: async (effect, { tx, person }) => {
      const { villageCode } = z.object({ villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/) }).parse(effect.payload);
      await tx.people.setLastVillage(person.id, villageCode);
    },

    [GROUP_EFFECTS.knownVillages]: async (_effect, { tx, person }): Promise<GroupContext> => {
      const [groups, villages] = await Promise.all([tx.groups.listLedBy(person.id), knownVillages(tx, person.id)]);
      return { groups, villages };
    },

    [GROUP_EFFECTS.deactivate]: async (effect, { tx, person, now }): Promise<GroupChangeResult> => {
      const { groupId } = groupIdSchema.parse(effect.payload);
      // Only the leader, not a co-leader, may end a group.
      if ((await tx.groups.leaderRole(groupId, person.id)) !== 'leader') return { kind: 'forbidden' };
      const group = await tx.groups.get(groupId);
      await tx.groups.deactivate(groupId, now);
      // The leader ended the group: a drop it causes applies at once.
      if (group) await refreshWithAlerts(tx, { villageCode: group.villageCode }, now, thresholds, { immediate: true });
      return { kind: 'ok', group: null };
    },
  };
}
