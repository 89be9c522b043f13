/**
 * Activity effects: saving a logged activity. The reporter must lead the group it is
 * logged for; partners must be enabled groups of the same desa (others are dropped, as a
 * button from an old list may name a group that has since left).
 */
import { z } from 'zod';
import type { EffectHandler } from '../../core/effect-registry.js';
import { onActivityCorrected, onActivityLogged } from '../alerts/event-alerts.js';
import { refreshWithAlerts } from '../alerts/level-alerts.js';
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../model/tx.js';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../core/media.js';
import { ACTIVITY_CATEGORIES } from '../model/activities.js';

export const ACTIVITY_EFFECTS = {
  create: 'activity.create',
  /** The person's "my activities" list (the latest {@link MY_ACTIVITIES_LIMIT}). */
  listMine: 'activity.listMine',
  /** A rejected activity corrected and sent back to the officers. */
  correct: 'activity.correct',
  /** A pending activity withdrawn by its reporting group. */
  withdraw: 'activity.withdraw',
} as const;

/** How many activities "my activities" lists. */
export const MY_ACTIVITIES_LIMIT = 20;

/** What came of a correction or a withdrawal. */
export type ActivityChangeResult = { readonly kind: 'done' } | { readonly kind: 'forbidden' } | { readonly kind: 'gone' };

export type CreateActivityResult =
  | { readonly kind: 'created'; readonly id: string; readonly partnerNames: readonly string[] }
  | { readonly kind: 'forbidden' };

const beneficiariesSchema = z.record(z.string().regex(/^([1-9]|1\d|2[0-6])$/), z.number().int().min(0).max(100_000));

const correctSchema = z.object({
  activityId: z.uuid(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  category: z.enum(ACTIVITY_CATEGORIES),
  description: z.string().min(1).max(300),
  beneficiaries: beneficiariesSchema,
});

const withdrawSchema = z.object({ activityId: z.uuid() });

const createSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  category: z.enum(ACTIVITY_CATEGORIES),
  description: z.string().min(1).max(300),
  ownGroupId: z.uuid(),
  partnerGroupIds: z.array(z.uuid()).max(50),
  beneficiaries: beneficiariesSchema,
  // An activity without evidence photos is still an activity (payloads from before #18 name none).
  photoIds: z.array(z.uuid()).max(MAX_PHOTOS_PER_ACTIVITY).default([]),
});

/** Builds the activity effect handlers. */
export function activityEffects<Tx extends DomainTx>(thresholds: StatusThresholds): Record<string, EffectHandler<Tx>> {
  return {
    [ACTIVITY_EFFECTS.create]: async (effect, { tx, person, now }): Promise<CreateActivityResult> => {
      const input = createSchema.parse(effect.payload);
      if (!(await tx.groups.leaderRole(input.ownGroupId, person.id))) return { kind: 'forbidden' };
      const own = await tx.groups.get(input.ownGroupId);
      if (!own || !own.active) return { kind: 'forbidden' };
      const neighbours = await tx.groups.listInVillage(own.villageCode, [own.id]);
      const partners = neighbours.filter((group) => input.partnerGroupIds.includes(group.id));
      const { id } = await tx.activities.create(
        {
          date: input.date,
          category: input.category,
          description: input.description,
          villageCode: own.villageCode,
          ownGroupId: own.id,
          partnerGroupIds: partners.map((group) => group.id),
          beneficiaries: input.beneficiaries,
          photoRef: null,
        },
        person.id,
        now,
      );
      // The reporter's own draft photos go with it (before the alerts, which show them).
      await tx.photos.attach(id, person.id, input.photoIds, MAX_PHOTOS_PER_ACTIVITY);
      // Officers are asked to verify it and partners to confirm it, in this same transaction.
      await onActivityLogged(tx, id, partners.map((group) => group.id), person.id, now);
      await refreshWithAlerts(tx, { villageCode: own.villageCode }, now, thresholds);
      return { kind: 'created', id, partnerNames: partners.map((group) => group.name) };
    },

    [ACTIVITY_EFFECTS.listMine]: async (_effect, { tx, person }) => tx.activities.listForLeader(person.id, MY_ACTIVITIES_LIMIT),

    [ACTIVITY_EFFECTS.correct]: async (effect, { tx, person, now, channel }): Promise<ActivityChangeResult> => {
      const { activityId, ...correction } = correctSchema.parse(effect.payload);
      const check = await mayChange(tx, activityId, person.id);
      if (check.kind !== 'ok') return check;
      if (!(await tx.activities.correct(activityId, correction, now))) return { kind: 'gone' };
      await tx.audit.record(
        { actorKind: 'person', actorId: person.id, action: 'activity.correct', targetType: 'activity', targetId: activityId, details: { villageCode: check.villageCode }, via: `chat:${channel}` },
        now,
      );
      // The officers are asked again, as for a new activity.
      await onActivityCorrected(tx, activityId, person.id, now);
      await refreshWithAlerts(tx, { villageCode: check.villageCode }, now, thresholds);
      return { kind: 'done' };
    },

    [ACTIVITY_EFFECTS.withdraw]: async (effect, { tx, person, now, channel }): Promise<ActivityChangeResult> => {
      const { activityId } = withdrawSchema.parse(effect.payload);
      const check = await mayChange(tx, activityId, person.id);
      if (check.kind !== 'ok') return check;
      if (!(await tx.activities.withdraw(activityId))) return { kind: 'gone' };
      await tx.audit.record(
        { actorKind: 'person', actorId: person.id, action: 'activity.withdraw', targetType: 'activity', targetId: activityId, details: { villageCode: check.villageCode }, via: `chat:${channel}` },
        now,
      );
      await refreshWithAlerts(tx, { villageCode: check.villageCode }, now, thresholds);
      return { kind: 'done' };
    },
  };
}

/** Only a leader of the group that reported an activity may correct or withdraw it. */
async function mayChange(
  tx: DomainTx,
  activityId: string,
  personId: string,
): Promise<{ readonly kind: 'ok'; readonly villageCode: string } | { readonly kind: 'forbidden' } | { readonly kind: 'gone' }> {
  const summary = await tx.activities.summary(activityId);
  if (!summary) return { kind: 'gone' };
  if (!summary.reportingGroup || !(await tx.groups.leaderRole(summary.reportingGroup.id, personId))) return { kind: 'forbidden' };
  return { kind: 'ok', villageCode: summary.villageCode };
}
