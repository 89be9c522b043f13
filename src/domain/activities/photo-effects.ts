/**
 * The activity summary's photo effect: keeps the photo the current message carried (checked and
 * re-encoded by the runner before the transaction) as a draft of the sender. A refused
 * photo comes back as a reason for the step to explain; the flow goes on either way.
 */
import { z } from 'zod';
import type { PhotoRejection } from '../../core/media.js';
import type { EffectHandler } from '../../core/effect-registry.js';
import type { DomainTx } from '../model/tx.js';

export const PHOTO_EFFECTS = {
  keep: 'activity.photo.keep',
} as const;

/** What keeping a photo gave. */
export type KeepPhotoResult =
  | { readonly kind: 'stored'; readonly photoId: string }
  | { readonly kind: 'rejected'; readonly reason: PhotoRejection };

const keepSchema = z.object({ shareLocation: z.boolean() }).strict();

/** Builds the photo effect handlers. */
export function photoEffects<Tx extends DomainTx>(): Record<string, EffectHandler<Tx>> {
  return {
    [PHOTO_EFFECTS.keep]: async (effect, { tx, person, photo, now }): Promise<KeepPhotoResult> => {
      const input = keepSchema.parse(effect.payload);
      // No checked photo: the message carried none the channel could fetch.
      if (!photo) return { kind: 'rejected', reason: 'unavailable' };
      if (photo.kind === 'rejected') return photo;
      const { id } = await tx.photos.addDraft(person.id, photo.photo, input.shareLocation, now);
      return { kind: 'stored', photoId: id };
    },
  };
}
