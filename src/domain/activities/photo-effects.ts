/**
 * The activity summary's photo effect: keeps the photo the current message carried (checked and
 * re-encoded by the runner before the transaction) as a draft of the sender. A refused
 * photo comes back as a reason for the step to explain; the flow goes on either way.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import type { EffectContext } from '../../core/effect-context.js';
import { defineEffect } from '../../core/engine/effect.js';
import { MAX_PHOTOS_PER_ACTIVITY, type PhotoRejection } from '../../core/media.js';
import type { DomainTx } from '../model/tx.js';

/** What keeping a photo gave. */
export type KeepPhotoResult =
  | { readonly kind: 'stored'; readonly photoId: string }
  | { readonly kind: 'rejected'; readonly reason: PhotoRejection };

/** Keeps the message's photo as a draft; `shareLocation`: the person chose to share where it was taken. */
export const KEEP_PHOTO = defineEffect<KeepPhotoResult>()('activity.photo.keep', z.object({ shareLocation: z.boolean() }).strict());

/** What adding a photo to a saved activity gave. */
export type AddPhotoResult =
  | { readonly kind: 'added'; readonly photoId: string; readonly count: number }
  | { readonly kind: 'full' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'rejected'; readonly reason: PhotoRejection };

/**
 * Adds the message's photo to a saved activity of the sender's group (📷 Tambah foto in
 * Kegiatan saya: "fotonya nyusul"), with the checks and limit of a photo sent while logging.
 */
export const ADD_ACTIVITY_PHOTO = defineEffect<AddPhotoResult>()('activity.photo.add', z.object({ activityId: z.uuid() }).strict());

/** Builds the photo effect handlers. */
export function photoEffects<Tx extends DomainTx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(KEEP_PHOTO, async (input, { tx, person, photo, now }): Promise<KeepPhotoResult> => {
      const draft = await draftOf(tx, person.id, photo, input.shareLocation, now);
      return 'id' in draft ? { kind: 'stored', photoId: draft.id } : draft;
    }),
    handleEffect(ADD_ACTIVITY_PHOTO, async ({ activityId }, { tx, person, photo, now }): Promise<AddPhotoResult> => {
      // Its places held first, until this message ends: a photo sent at the same time waits, then
      // counts this one (both counted the last place free, and the second said "2/3" for the third).
      await tx.photos.holdPlaces(activityId);
      // Only a leader of the group that reported it, while officers have not decided on it yet.
      const activity = await tx.activities.summary(activityId);
      if (!activity?.reportingGroup || activity.verification !== 'pending' || !(await tx.groups.leaderRole(activity.reportingGroup.id, person.id))) return { kind: 'forbidden' };
      if ((await tx.photos.listForActivity(activityId)).length >= MAX_PHOTOS_PER_ACTIVITY) return { kind: 'full' };
      const draft = await draftOf(tx, person.id, photo, false, now);
      if (!('id' in draft)) return draft;
      const { attached, count } = await tx.photos.attach(activityId, person.id, [draft.id], MAX_PHOTOS_PER_ACTIVITY);
      return attached === 0 ? { kind: 'full' } : { kind: 'added', photoId: draft.id, count };
    }),
  ];
}

/**
 * The message's checked photo kept as a draft of `personId`'s, or why it cannot be: no photo
 * the channel could fetch, or one the checks refused.
 */
async function draftOf<Tx extends DomainTx>(
  tx: Tx,
  personId: string,
  photo: EffectContext<Tx>['photo'],
  shareLocation: boolean,
  now: Date,
): Promise<{ readonly id: string } | { readonly kind: 'rejected'; readonly reason: PhotoRejection }> {
  if (!photo) return { kind: 'rejected', reason: 'unavailable' };
  if (photo.kind === 'rejected') return photo;
  return tx.photos.addDraft(personId, photo.photo, shareLocation, now);
}
