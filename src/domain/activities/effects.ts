/**
 * Activity effects: saving a logged activity, listing the person's activities, correcting a
 * rejected one and withdrawing a pending one. The reporter must lead the group it is
 * logged for; partners must be enabled groups of the same desa (others are dropped, as a
 * button from an old list may name a group that has since left). What follows a change
 * (officers' alerts, partners' requests, the desa's level) is emitted as events.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../core/media.js';
import { ACTIVITY_CATEGORIES, type ActivitySummary, type LeaderActivity } from '../model/activities.js';
import { ACTIVITY_CORRECTED, ACTIVITY_LOGGED, ACTIVITY_WITHDRAWN, AREA_FACTS_CHANGED } from '../model/events.js';
import type { DomainTx } from '../model/tx.js';
import { CORRECTION_AUDITED, WITHDRAWAL_AUDITED } from './audit-actions.js';
import { beneficiariesSchema } from './beneficiaries-schema.js';

/** How many activities "my activities" lists. */
export const MY_ACTIVITIES_LIMIT = 20;

/** What came of a correction or a withdrawal. */
export type ActivityChangeResult = { readonly kind: 'done' } | { readonly kind: 'forbidden' } | { readonly kind: 'gone' };

/** What came of saving an activity: its id and the partners asked to confirm, or refused. */
export type CreateActivityResult =
  | { readonly kind: 'created'; readonly id: string; readonly partnerNames: readonly string[] }
  | { readonly kind: 'forbidden' };

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const descriptionSchema = z.string().min(1).max(300);

/** Saves a new activity of a group the person leads, with its partners and draft photos. */
export const CREATE_ACTIVITY = defineEffect<CreateActivityResult>()(
  'activity.create',
  z.object({
    date: dateSchema,
    category: z.enum(ACTIVITY_CATEGORIES),
    description: descriptionSchema,
    ownGroupId: z.uuid(),
    partnerGroupIds: z.array(z.uuid()).max(50),
    beneficiaries: beneficiariesSchema,
    // An activity without evidence photos is still an activity (payloads from before #18 name none).
    photoIds: z.array(z.uuid()).max(MAX_PHOTOS_PER_ACTIVITY).default([]),
  }),
);

/** The person's "my activities" list (the latest {@link MY_ACTIVITIES_LIMIT}). */
export const LIST_MY_ACTIVITIES = defineEffect<readonly LeaderActivity[]>()('activity.listMine', z.undefined());

/** A rejected activity corrected and sent back to the officers. */
export const CORRECT_ACTIVITY = defineEffect<ActivityChangeResult>()(
  'activity.correct',
  z.object({
    activityId: z.uuid(),
    date: dateSchema,
    category: z.enum(ACTIVITY_CATEGORIES),
    description: descriptionSchema,
    beneficiaries: beneficiariesSchema,
    // Evidence an officer asked for ("mohon lampirkan foto"), sent while correcting.
    photoIds: z.array(z.uuid()).max(MAX_PHOTOS_PER_ACTIVITY).default([]),
    /** Sent back with nothing fixed (the leader was told and pressed 📤 again): the officers are told so. */
    unchanged: z.boolean().optional(),
  }),
);

/** A pending activity withdrawn by its reporting group. */
export const WITHDRAW_ACTIVITY = defineEffect<ActivityChangeResult>()('activity.withdraw', z.object({ activityId: z.uuid() }));

/** Builds the activity effect handlers. */
export function activityEffects<Tx extends DomainTx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(CREATE_ACTIVITY, async (input, { tx, person, now, emit }): Promise<CreateActivityResult> => {
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
      // The reporter's own draft photos go with it (before the alerts, which show them). Without
      // any, no photo row is read or held: most activities are saved so, on the message path.
      const attached = input.photoIds.length === 0 ? 0 : (await tx.photos.attach(id, person.id, input.photoIds, MAX_PHOTOS_PER_ACTIVITY)).attached;
      // Officers are asked to verify it and partners to confirm it, in this same transaction;
      // then the desa's level is refreshed (the activity's alert comes before a level change's).
      await emit(ACTIVITY_LOGGED, { activityId: id, partnerGroupIds: partners.map((group) => group.id), actorId: person.id, withPhotos: attached > 0 });
      await emit(AREA_FACTS_CHANGED, { area: { villageCode: own.villageCode } });
      return { kind: 'created', id, partnerNames: partners.map((group) => group.name) };
    }),

    handleEffect(LIST_MY_ACTIVITIES, async (_input, { tx, person }) => tx.activities.listForLeader(person.id, MY_ACTIVITIES_LIMIT)),

    handleEffect(CORRECT_ACTIVITY, async ({ activityId, photoIds, unchanged, ...correction }, { tx, person, now, channel, emit }): Promise<ActivityChangeResult> => {
      // The activity as it was, read once: who may correct it, and its date and kind before.
      const check = await mayChange(tx, activityId, person.id);
      if (check.kind !== 'ok') return check;
      const { before } = check;
      // The correction clears the officer's reason and gives it back: the officers' alert repeats it.
      const corrected = await tx.activities.correct(activityId, correction, now);
      if (!corrected) return { kind: 'gone' };
      const { earlierReason } = corrected;
      // Partners confirmed taking part on that day in that kind of activity: a new date or kind
      // is not what they confirmed, so they are asked again (until then it counts as theirs no more).
      const moved = before.date !== correction.date || before.category !== correction.category;
      const reaskedGroupIds = moved ? await tx.activities.reaskPartners(activityId) : [];
      // Photos sent while correcting join those it has (up to the limit), before the officers' alert.
      const newPhotos = photoIds.length === 0 ? 0 : (await tx.photos.attach(activityId, person.id, photoIds, MAX_PHOTOS_PER_ACTIVITY)).attached;
      await tx.audit.record(
        {
          actorKind: 'person', actorId: person.id, action: CORRECTION_AUDITED, targetType: 'activity', targetId: activityId,
          // The date and kind it had, where they changed: 📥 Konfirmasi tells partners asked again what changed.
          details: { villageCode: before.villageCode, ...(moved && { before: changedOf(before, correction) }) },
          via: `chat:${channel}`,
        },
        now,
      );
      // The officers are asked again, as for a new activity.
      await emit(ACTIVITY_CORRECTED, { activityId, actorId: person.id, reaskedGroupIds, unchanged: unchanged === true, newPhotos, earlierReason, before });
      await emit(AREA_FACTS_CHANGED, { area: { villageCode: before.villageCode } });
      return { kind: 'done' };
    }),

    handleEffect(WITHDRAW_ACTIVITY, async ({ activityId }, { tx, person, now, channel, emit }): Promise<ActivityChangeResult> => {
      const check = await mayChange(tx, activityId, person.id);
      if (check.kind !== 'ok') return check;
      // Read before it goes (the check's read): partners still asked are told it ended.
      const { before } = check;
      if (!(await tx.activities.withdraw(activityId))) return { kind: 'gone' };
      await tx.audit.record(
        { actorKind: 'person', actorId: person.id, action: WITHDRAWAL_AUDITED, targetType: 'activity', targetId: activityId, details: { villageCode: before.villageCode }, via: `chat:${channel}` },
        now,
      );
      await emit(ACTIVITY_WITHDRAWN, { activity: before, actorId: person.id });
      await emit(AREA_FACTS_CHANGED, { area: { villageCode: before.villageCode } });
      return { kind: 'done' };
    }),
  ];
}

/** The earlier date and kind of a corrected activity, only those the correction changed. */
function changedOf(before: { readonly date: string; readonly category: string }, after: { readonly date: string; readonly category: string }): Record<string, string> {
  return { ...(before.date !== after.date && { date: before.date }), ...(before.category !== after.category && { category: before.category }) };
}

/** Only a leader of the group that reported an activity may correct or withdraw it: the activity as it is (`before`) when they may. */
async function mayChange(
  tx: DomainTx,
  activityId: string,
  personId: string,
): Promise<{ readonly kind: 'ok'; readonly before: ActivitySummary } | { readonly kind: 'forbidden' } | { readonly kind: 'gone' }> {
  const summary = await tx.activities.summary(activityId);
  if (!summary) return { kind: 'gone' };
  if (!summary.reportingGroup || !(await tx.groups.leaderRole(summary.reportingGroup.id, personId))) return { kind: 'forbidden' };
  return { kind: 'ok', before: summary };
}
