/**
 * "No photo" said with the answer at the activity's summary ("gak ada foto, simpan aja",
 * "tanpa foto langsung simpan", "fotonya ga ada, simpen"): the summary says a photo may be
 * sent and that it may be saved without one, so people answer both at once. The "not" there
 * is about the photo, not the saving, which it made a refusal.
 */
import { notWordsPattern } from '../parse/negation.js';
import { PHOTO_WORDS, alternation } from '../parse/lexicon.js';
import { photoLaterSaid } from '../parse/photo-later.js';

/** A word for photos, the lexicon's ("foto", "fotonya", "poto", "photos"). */
const PHOTO = `(?:${alternation(PHOTO_WORDS)})`;
const NOT = notWordsPattern(['gada', 'gaada', 'belum', 'blm', 'no']);

/** "gak ada foto", "tidak pakai foto", "tanpa foto", "fotonya belum ada", "no photo", "without photos". */
const NO_PHOTO = new RegExp(
  String.raw`(?:^|(?<=[\s,.!]))(?:(?:${NOT})\s+(?:ada\s+|punya\s+|pake\s+|pakai\s+|usah\s+|perlu\s+)?${PHOTO}|tanpa\s+${PHOTO}|${PHOTO}\s+(?:${NOT})(?:\s+(?:ada|punya))?|without\s+(?:a\s+|any\s+)?photos?)(?=$|[\s,.!])`,
  'giu',
);

/** `text` without its "no photo" ({@link NO_PHOTO}), for reading the rest of the answer. */
export function withoutNoPhoto(text: string): string {
  return text.replace(NO_PHOTO, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "fotonya nyusul", "nanti aja fotonya", or a "no photo" with nothing else ("tanpa foto"): the
 * photo is for later, the saving not said. One reading for both, so they get the same answer.
 */
export function photoLaterAtSummary(text: string): boolean {
  return photoLaterSaid(text) || (withoutNoPhoto(text) !== text.trim() && withoutNoPhoto(text).replace(/[.!,\s]/gu, '') === '');
}
