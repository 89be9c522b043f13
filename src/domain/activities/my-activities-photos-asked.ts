/**
 * Photos asked about at the list of Kegiatan saya ("foto nya ada ga?", "yang udah ada fotonya
 * mana", "which ones have photos?"): refused before as no pick of an activity. Answered with
 * which listed activities have evidence photos and how many, and 📷 Tambah foto for each one a
 * photo may still be added to (my-activity-photo-add.ts), pressed there as on its screen.
 */
import { commandButton } from '../../core/engine/commands.js';
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { LeaderActivity } from '../model/activities.js';
import { dateText } from '../model/message-parts.js';
import { mayAddPhoto } from './my-activity-photo-add.js';
import { PHOTO_WORDS, alternation } from '../parse/lexicon.js';

/** The answer's button that opens the photo question of one activity: `addPhotoFor:<id>`. */
export const ADD_PHOTO_FOR = 'addPhotoFor:';

/** A word for photos ("foto nya", "fotonya", "poto", "dokumentasinya", "photos"): the lexicon's. */
const PHOTO_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(PHOTO_WORDS)})(?![\p{L}\p{N}])`, 'iu');

/** Whether `typed` at the list asks about the activities' photos. */
export function photosAsked(typed: string): boolean {
  return PHOTO_WORD.test(typed);
}

/**
 * Which of `items` (as listed, numbered from 1) have photos the person may see (their own
 * group's: partners see the activity, not its photos), and 📷 Tambah foto where one may be added.
 */
export function photosAnswer(items: readonly LeaderActivity[], canReceivePhotos: boolean | undefined): OutboundMessage {
  const lines = items.map((item, index) => {
    const of = { number: index + 1, date: dateText(item.date), category: t(`activities:category.${item.category}`) };
    const count = item.photoIds?.length ?? 0;
    if (!item.mine) return t('activities:mine.photosAsked.notYours', of);
    return count > 0 ? t('activities:mine.photosAsked.count', { ...of, count }) : t('activities:mine.photosAsked.none', of);
  });
  const buttons: Button[] = items.flatMap((item, index) =>
    mayAddPhoto(item, canReceivePhotos) ? [{ id: `${ADD_PHOTO_FOR}${item.id}`, label: t('activities:mine.photosAsked.add', { number: index + 1 }) }] : [],
  );
  // "Pick one to see its photos" only where one has photos to see.
  const seen = items.some((item) => item.mine && (item.photoIds?.length ?? 0) > 0);
  const hint = t(`activities:mine.photosAsked.${seen ? 'hint' : 'hintNone'}${buttons.length > 0 ? 'Add' : ''}`);
  return say([t('activities:mine.photosAsked.title'), ...lines, hint], [...buttons, commandButton('menu')]);
}

/** The activity whose 📷 Tambah foto was pressed in {@link photosAnswer}, when a photo may still be added to it. */
export function addPhotoPressed(button: string | null, items: readonly LeaderActivity[], canReceivePhotos: boolean | undefined): LeaderActivity | null {
  if (button === null || !button.startsWith(ADD_PHOTO_FOR)) return null;
  const item = items.find((candidate) => candidate.id === button.slice(ADD_PHOTO_FOR.length));
  return item !== undefined && mayAddPhoto(item, canReceivePhotos) ? item : null;
}
