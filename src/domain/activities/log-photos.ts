/**
 * The photos of an activity at the summary: how many there are, the lines and button that
 * invite one, and a photo kept there.
 */
import { type StepOutcome } from '../../core/engine/flow.js';
import { say, type Button } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../core/media.js';
import { type KeepPhotoResult } from './photo-effects.js';
import { type LogData, type Ctx } from './log-data.js';

/** The button that turns sharing where the photos were taken on or off. */
export const PHOTO_LOCATION_BUTTON = 'photo:location';

/** The activity's photos: those it had (when correcting) and those sent now. */
export function photoCount(data: LogData): number {
  return (data.photosBefore ?? 0) + (data.photoIds?.length ?? 0);
}

/** The summary's photo lines: how to add one as evidence, or how many are in (none where the channel cannot carry one). */
export function photoLines({ data, env }: Ctx): Text[] {
  if (env.canReceivePhotos === false) return [];
  const count = photoCount(data);
  if (count === 0) return [t('activities:photo.invite', { max: MAX_PHOTOS_PER_ACTIVITY })];
  if (count >= MAX_PHOTOS_PER_ACTIVITY) return [t('activities:photo.countFull', { max: MAX_PHOTOS_PER_ACTIVITY })];
  return [t('activities:photo.countMore', { count, max: MAX_PHOTOS_PER_ACTIVITY })];
}

/** The location choice, offered while another photo can still be sent. */
export function photoButtons({ data, env }: Ctx): Button[] {
  if (env.canReceivePhotos === false || photoCount(data) >= MAX_PHOTOS_PER_ACTIVITY) return [];
  return [{ id: PHOTO_LOCATION_BUTTON, label: t(data.shareLocation === true ? 'activities:photo.locationButtonOn' : 'activities:photo.locationButtonOff') }];
}

/** A photo sent at the summary: attached (the summary is shown again with the count) or refused with the reason. */
export function afterPhoto(kept: KeepPhotoResult, data: LogData): StepOutcome<LogData> {
  if (kept.kind === 'rejected') return { type: 'stay', say: [say(t(`activities:photo.rejected.${kept.reason}`))], reprompt: true };
  const photoIds = [...(data.photoIds ?? []), kept.photoId];
  return {
    type: 'stay',
    data: { ...data, photoIds },
    say: [say(t('activities:photo.received', { count: photoIds.length + (data.photosBefore ?? 0), max: MAX_PHOTOS_PER_ACTIVITY }))],
    reprompt: true,
  };
}
