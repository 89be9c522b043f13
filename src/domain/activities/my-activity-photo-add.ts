/**
 * "📷 Tambah foto" on an activity of Kegiatan saya: a leader who saved an activity without
 * its photos ("fotonya nyusul") sends them later, while officers have not decided on it yet.
 * The photo goes through the same checks, re-encoding and limit as one sent while logging
 * (ADD_ACTIVITY_PHOTO); the activity is shown again with the new count.
 */
import type { StepDef, StepInput, StepOutcome } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../core/media.js';
import { t } from '../../core/text.js';
import type { LeaderActivity } from '../model/activities.js';
import { dateText } from '../model/message-parts.js';
import { buttonOf } from '../flow-kit.js';
import { ADD_ACTIVITY_PHOTO, type AddPhotoResult } from './photo-effects.js';

/** The activity screen's button that asks for a photo. */
export const ADD_PHOTO_BUTTON = 'addPhoto';
/** The photo question's button back to the activity. */
const BACK_BUTTON = 'item';

/** The data the step needs: the activity on screen. */
interface WithSelected {
  readonly selected?: LeaderActivity;
}

/** Whether `item` takes photos here, room or not: the person's own group's, still pending, on a channel that carries photos. */
function takesPhotos(item: LeaderActivity, canReceivePhotos: boolean | undefined): boolean {
  const pending = item.state === 'waiting_partner' || item.state === 'waiting_officer';
  return item.mine && pending && canReceivePhotos !== false;
}

/** Whether a photo may be added to `item` here: it takes photos and has room for one. */
export function mayAddPhoto(item: LeaderActivity, canReceivePhotos: boolean | undefined): boolean {
  return takesPhotos(item, canReceivePhotos) && (item.photoIds?.length ?? 0) < MAX_PHOTOS_PER_ACTIVITY;
}

/** That the activity has all its photos: said where a photo could not be added for want of room. */
function noRoom(): OutboundMessage {
  return say(t('activities:photo.full', { max: MAX_PHOTOS_PER_ACTIVITY }));
}

/** Whether the input carries a photo (or a file sent as one). */
export function isPhotoInput(input: StepInput): boolean {
  return input.type === 'media' && (input.kind === 'photo' || input.kind === 'document');
}

/** The photo asked for `item`: the effect that adds it to the activity. */
export function addPhoto<D extends WithSelected>(item: LeaderActivity): StepOutcome<D> {
  return { type: 'stay', effects: [ADD_ACTIVITY_PHOTO.request({ activityId: item.id })] };
}

/**
 * A photo sent, or 📷 Tambah foto pressed, at `item`'s screen: the photo added, or its question
 * asked; when its last place was taken meanwhile (a photo sent from another tab at the same
 * time, whose screen still offered the button), that it has all its photos, said as a full
 * activity says it (was "a photo is no answer here"). Null for any other input, or an activity
 * that takes no photos.
 */
export function photoAtItem<D extends WithSelected>(input: StepInput, item: LeaderActivity, canReceivePhotos: boolean | undefined): StepOutcome<D> | null {
  const photo = isPhotoInput(input);
  if ((!photo && buttonOf(input) !== ADD_PHOTO_BUTTON) || !takesPhotos(item, canReceivePhotos)) return null;
  if (!mayAddPhoto(item, canReceivePhotos)) return { type: 'stay', say: [noRoom()], reprompt: true };
  return photo ? addPhoto(item) : { type: 'goto', step: 'addPhoto' };
}

/** What adding gave: the activity again (with the new photo) or the reason, the question asked again. */
function added<D extends WithSelected>(result: AddPhotoResult, data: D): StepOutcome<D> {
  const item = data.selected!;
  switch (result.kind) {
    case 'added': {
      const selected: LeaderActivity = { ...item, photoIds: [...(item.photoIds ?? []), result.photoId] };
      return { type: 'goto', step: 'item', data: { ...data, selected }, say: [say(t('activities:mine.photoAdded', { count: result.count, max: MAX_PHOTOS_PER_ACTIVITY }))] };
    }
    case 'full':
      return { type: 'goto', step: 'item', say: [noRoom()] };
    case 'forbidden':
      return { type: 'goto', step: 'item', say: [say(t('activities:mine.addPhotoForbidden'))] };
    case 'rejected':
      return { type: 'stay', say: [say(t(`activities:photo.rejected.${result.reason}`))], reprompt: true };
  }
}

/** The result of adding read at any step that asked for it; null for another input. */
export function photoAddedResult<D extends WithSelected>(input: StepInput, data: D): StepOutcome<D> | null {
  const result = ADD_ACTIVITY_PHOTO.result(input);
  return result ? added(result, data) : null;
}

/** The photo's question for the activity on screen. */
export function addPhotoStep<D extends WithSelected>(): StepDef<D> {
  return {
    prompt: ({ data }) => {
      const item = data.selected!;
      return say(
        t('activities:mine.addPhotoAsk', { date: dateText(item.date), category: t(`activities:category.${item.category}`), count: item.photoIds?.length ?? 0, max: MAX_PHOTOS_PER_ACTIVITY }),
        [{ id: BACK_BUTTON, label: t('activities:mine.backToActivity') }],
      );
    },
    expects: t('activities:mine.expectsPhoto'),
    on(input, { data }) {
      const result = photoAddedResult(input, data);
      if (result) return result;
      if (isPhotoInput(input)) return addPhoto(data.selected!);
      if (buttonOf(input) === BACK_BUTTON) return { type: 'goto', step: 'item' };
      return { type: 'invalid' };
    },
  };
}
