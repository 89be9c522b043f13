/**
 * A photo or file sent at the main menu: the runner has checked its bytes already (before
 * the message's transaction, as for every photo a channel can carry), and the menu answers by
 * that check: a photo is thanked and told where photos are kept; a file that is no photo
 * (a PDF, a document uploaded in web chat) is told so. Nothing is stored either way.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { PhotoRejection } from '../../core/media.js';

/** What the check of the file sent found: a photo, or why it is none the bot can take. */
export type PhotoAtMenu = { readonly kind: 'photo' } | { readonly kind: 'rejected'; readonly reason: PhotoRejection };

/** Reads the check of the message's photo (no database work). */
export const PHOTO_AT_MENU = defineEffect<PhotoAtMenu>()('home.photoChecked', z.undefined());

/** The handler of {@link PHOTO_AT_MENU}. */
export function photoAtMenuEffects<Tx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(PHOTO_AT_MENU, async (_input, { photo }): Promise<PhotoAtMenu> => {
      if (!photo) return { kind: 'rejected', reason: 'unavailable' };
      return photo.kind === 'ok' ? { kind: 'photo' } : { kind: 'rejected', reason: photo.reason };
    }),
  ];
}
