/**
 * The activity summary's photo effect: keeps the photo the current message carried (checked and
 * re-encoded by the runner before the transaction) as a draft of the sender. A refused
 * photo comes back as a reason for the step to explain; the flow goes on either way.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { PhotoRejection } from '../../core/media.js';
import type { DomainTx } from '../model/tx.js';

/** What keeping a photo gave. */
export type KeepPhotoResult =
  | { readonly kind: 'stored'; readonly photoId: string }
  | { readonly kind: 'rejected'; readonly reason: PhotoRejection };

/** Keeps the message's photo as a draft; `shareLocation`: the person chose to share where it was taken. */
export const KEEP_PHOTO = defineEffect<KeepPhotoResult>()('activity.photo.keep', z.object({ shareLocation: z.boolean() }).strict());

/** Builds the photo effect handlers. */
export function photoEffects<Tx extends DomainTx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(KEEP_PHOTO, async (input, { tx, person, photo, now }): Promise<KeepPhotoResult> => {
      // No checked photo: the message carried none the channel could fetch.
      if (!photo) return { kind: 'rejected', reason: 'unavailable' };
      if (photo.kind === 'rejected') return photo;
      const { id } = await tx.photos.addDraft(person.id, photo.photo, input.shareLocation, now);
      return { kind: 'stored', photoId: id };
    }),
  ];
}
