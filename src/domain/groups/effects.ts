/**
 * Group effects: what the group flows ask the runner to do, performed inside the message's
 * transaction. Every handler re-checks who may do what (a button id or payload from an old
 * message is never trusted), validates its payload, and answers with a value the flow
 * turns into a reply. After a change that affects an area, its WKSBM status is refreshed.
 */
import { z } from 'zod';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { EffectHandler } from '../../core/runner.js';
import { onCoLeaderRequested, onGroupRegistered } from '../alerts/event-alerts.js';
import { refreshWithAlerts } from '../alerts/level-alerts.js';
import { normalizeName } from '../flow-kit.js';
import { mayNotify } from '../privacy/consent.js';
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../tx.js';
import { GROUP_TYPES } from './group-types.js';
import type { GroupChanges, GroupView } from './ports.js';

/** Effect type names of this feature. */
export const GROUP_EFFECTS = {
  register: 'group.register',
  requestCoLeader: 'group.requestCoLeader',
  listMine: 'groups.listMine',
  listInVillage: 'groups.listInVillage',
  update: 'group.update',
  deactivate: 'group.deactivate',
} as const;

export type RegisterGroupResult =
  | { readonly kind: 'created'; readonly group: GroupView }
  | { readonly kind: 'duplicate'; readonly existing: { readonly id: string; readonly name: string } };

export type CoLeaderResult = { readonly kind: 'requested' } | { readonly kind: 'exists' };

/** Result of a change a leader asked for. */
export type GroupChangeResult = { readonly kind: 'ok'; readonly group: GroupView | null } | { readonly kind: 'forbidden' };

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
  leaderName: z.string().min(1).max(80),
  phone: z.string().regex(/^\+\d{8,15}$/).nullable(),
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
      name: z.string().min(1).max(80),
      memberCount: z.number().int().min(1).max(1_000_000),
      foundedYear: z.number().int().nullable(),
      meetingSchedule: z.string().max(120).nullable(),
    })
    .partial(),
});

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
        },
        nameNorm,
        person.id,
        now,
      );
      await tx.people.setContact(person.id, input.leaderName, input.phone);
      // The desa's officers are asked to verify it, in this same transaction.
      await onGroupRegistered(tx, group, { name: input.leaderName, phone: input.phone ?? person.phoneE164 }, person.id, now);
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
      const changes: GroupChanges = input.changes;
      const nameNorm = changes.name === undefined ? undefined : normalizeName(changes.name);
      const group = await tx.groups.update(input.groupId, changes, nameNorm, now);
      return { kind: 'ok', group };
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
