/**
 * Activity effects: saving a logged activity. The reporter must lead the group it is
 * logged for; partners must be enabled groups of the same desa (others are dropped, as a
 * button from an old list may name a group that has since left).
 */
import { z } from 'zod';
import type { EffectHandler } from '../../core/runner.js';
import { onActivityLogged } from '../alerts/event-alerts.js';
import { refreshWithAlerts } from '../alerts/level-alerts.js';
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../tx.js';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../core/media.js';
import { ACTIVITY_CATEGORIES } from './ports.js';

export const ACTIVITY_EFFECTS = {
  create: 'activity.create',
} as const;

export type CreateActivityResult =
  | { readonly kind: 'created'; readonly id: string; readonly partnerNames: readonly string[] }
  | { readonly kind: 'forbidden' };

const createSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  category: z.enum(ACTIVITY_CATEGORIES),
  description: z.string().min(1).max(300),
  ownGroupId: z.uuid(),
  partnerGroupIds: z.array(z.uuid()).max(50),
  beneficiaries: z.record(z.string().regex(/^([1-9]|1\d|2[0-6])$/), z.number().int().min(0).max(100_000)),
  photoIds: z.array(z.uuid()).max(MAX_PHOTOS_PER_ACTIVITY),
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
  };
}
