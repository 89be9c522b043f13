/** Photos sent early, at a question of the flow rather than at the summary that invites them. */
import { type StepContext, type StepDef, type StepOutcome } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../core/media.js';
import { KEEP_PHOTO, type KeepPhotoResult } from './photo-effects.js';
import { photoCount } from './log-photos.js';
import { type LogData } from './log-data.js';

/**
 * A question of the flow that keeps a photo sent early: people send the photo whenever they
 * have it (at the beneficiaries, at the partners), not only at the summary that invites it.
 * It is kept as a draft of this activity as the summary keeps one (the same limit), said so
 * briefly, and the same question asked again; the summary then counts it. A file that is no
 * photo is refused with its reason, and the question goes on. A caption sent with the photo
 * (WhatsApp, Telegram: "Senam lansia di balai desa") is the question's answer when it reads as
 * one, once the photo is kept (it was dropped, and the person typed it again).
 */
export function keepsEarlyPhoto(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const kept = KEEP_PHOTO.result(input);
      if (kept) return afterEarlyPhoto(kept, step, ctx);
      if (input.type === 'media' && (input.kind === 'photo' || input.kind === 'document') && ctx.env.canReceivePhotos !== false) {
        const caption = input.caption?.trim() ? input.caption : undefined;
        if (photoCount(ctx.data) >= MAX_PHOTOS_PER_ACTIVITY) {
          return withCaption(caption, say(t('activities:photo.full', { max: MAX_PHOTOS_PER_ACTIVITY })), step, ctx);
        }
        // The caption waits in the data for the photo's result (the effect's answer carries no text).
        return { type: 'stay', ...(caption !== undefined && { data: { ...ctx.data, photoCaption: caption } }), effects: [KEEP_PHOTO.request({ shareLocation: ctx.data.shareLocation === true })] };
      }
      return step.on(input, ctx);
    },
  };
}

/** The photo kept (or refused, with its reason), then its caption read as the answer, if any. */
function afterEarlyPhoto(kept: KeepPhotoResult, step: StepDef<LogData>, ctx: StepContext<LogData>): StepOutcome<LogData> {
  const { photoCaption, ...data } = ctx.data;
  if (kept.kind === 'rejected') return withCaption(photoCaption, say(t(`activities:photo.rejected.${kept.reason}`)), step, { ...ctx, data });
  const photoIds = [...(data.photoIds ?? []), kept.photoId];
  const count = photoIds.length + (data.photosBefore ?? 0);
  return withCaption(photoCaption, say(t('activities:photo.keptEarly', { count, max: MAX_PHOTOS_PER_ACTIVITY })), step, { ...ctx, data: { ...data, photoIds } });
}

/**
 * What was said of the photo, then the caption read as if typed at the question: its outcome
 * when it answers (the photos kept in its data); what a refusal kept of it ("penimbangan
 * balita bareng pkk" at the date: the activity), said, and the question asked again; else the
 * same question asked again.
 */
function withCaption(caption: string | undefined, said: OutboundMessage, step: StepDef<LogData>, ctx: StepContext<LogData>): StepOutcome<LogData> {
  const answered = caption === undefined ? null : step.on({ type: 'text', text: caption }, ctx);
  if (answered?.type === 'invalid' && answered.kept === true && answered.data !== undefined) {
    // (The caption was read with the photos in `ctx.data`: what it kept has them.)
    return { type: 'stay', data: answered.data, say: [said, ...(answered.reason !== undefined ? [say(answered.reason)] : [])], reprompt: true };
  }
  if (answered === null || answered.type === 'invalid') return { type: 'stay', data: ctx.data, say: [said], reprompt: true };
  if (answered.type === 'done') return { ...answered, say: [said, ...(answered.say ?? [])] };
  const photos = ctx.data.photoIds !== undefined ? { photoIds: ctx.data.photoIds } : {};
  return { ...answered, data: { ...(answered.data ?? ctx.data), ...photos }, say: [said, ...(answered.say ?? [])] };
}
