/** Photos sent early, at a question of the flow rather than at the summary that invites them. */
import { type StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../core/media.js';
import { KEEP_PHOTO } from './photo-effects.js';
import { photoCount } from './log-photos.js';
import { type LogData } from './log-data.js';

/**
 * A question of the flow that keeps a photo sent early: people send the photo whenever they
 * have it (at the beneficiaries, at the partners), not only at the summary that invites it.
 * It is kept as a draft of this activity as the summary keeps one (the same limit), said so
 * briefly, and the same question asked again; the summary then counts it. A file that is no
 * photo is refused with its reason, and the question goes on.
 */
export function keepsEarlyPhoto(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const kept = KEEP_PHOTO.result(input);
      if (kept) {
        if (kept.kind === 'rejected') return { type: 'stay', say: [say(t(`activities:photo.rejected.${kept.reason}`))], reprompt: true };
        const photoIds = [...(ctx.data.photoIds ?? []), kept.photoId];
        const count = photoIds.length + (ctx.data.photosBefore ?? 0);
        return { type: 'stay', data: { ...ctx.data, photoIds }, say: [say(t('activities:photo.keptEarly', { count, max: MAX_PHOTOS_PER_ACTIVITY }))], reprompt: true };
      }
      if (input.type === 'media' && (input.kind === 'photo' || input.kind === 'document') && ctx.env.canReceivePhotos !== false) {
        if (photoCount(ctx.data) >= MAX_PHOTOS_PER_ACTIVITY) {
          return { type: 'stay', say: [say(t('activities:photo.full', { max: MAX_PHOTOS_PER_ACTIVITY }))], reprompt: true };
        }
        return { type: 'stay', effects: [KEEP_PHOTO.request({ shareLocation: ctx.data.shareLocation === true })] };
      }
      return step.on(input, ctx);
    },
  };
}
