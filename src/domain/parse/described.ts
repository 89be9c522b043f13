/**
 * An activity named in words: by words of its description ("yg selokan", "yang penyuluhan
 * gizi": all the words said, of three letters or more, the "yang"/"kegiatan" around them left
 * out, are among its description's words), by the day or the one kind said. 📥 Konfirmasi's
 * answers ("yg tgl 3 itu …") and Kegiatan saya's picks ("kegiatan sama pkk kemarin") read them
 * so alike.
 */
import type { ActivityCategory } from '../model/activities.js';
import { ACTIVITY_CATEGORY_WORDS, choicesNamed } from './choice.js';
import { parseActivityDate } from './date.js';
import { dayInside } from './day-inside.js';

/** Words that name nothing of an activity ("yg kemarin itu", "yg acara itu"). */
const EMPTY_WORDS = new Set(['yg', 'yang', 'acara', 'kegiatan', 'di', 'ke', 'dan', 'sama', 'dengan', 'bareng', 'kami', 'kita', 'kelompok', 'itu', 'tuh', 'the', 'one']);

/** Lower-case words of at least three letters that may name something. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3 && !EMPTY_WORDS.has(word));
}

/** Whether `said` names the activity described as `description` by its words. */
export function describedBy(said: string, description: string): boolean {
  const named = wordsOf(said);
  const described = new Set(wordsOf(description));
  return named.length > 0 && named.every((word) => described.has(word));
}

/** The day words name among others ("yg tgl 3 itu", "sama pkk sabtu kemarin"), as YYYY-MM-DD; null when none. */
export function dayNamed(said: string, now: Date): string | null {
  const day = dayInside(said, now);
  const date = day === null ? null : parseActivityDate(day, now);
  return date?.ok === true ? date.value : null;
}

/** The one kind of activity words name ("yg kerja bakti"); null when they name none or several. */
export function kindNamed(said: string): ActivityCategory | null {
  const kinds = choicesNamed(said, ACTIVITY_CATEGORY_WORDS);
  return kinds.length === 1 ? kinds[0]! : null;
}

/** What of an activity words may name it by. */
export interface ActivityNamedBy {
  readonly date: string;
  readonly category: ActivityCategory;
  readonly description: string;
}

/**
 * Whether `said` names `activity`: a day named decides alone (its date); else the one kind
 * named, or words all found in its description ({@link describedBy}).
 */
export function namesActivity(said: string, activity: ActivityNamedBy, now: Date): boolean {
  const date = dayNamed(said, now);
  if (date !== null) return activity.date === date;
  return kindNamed(said) === activity.category || describedBy(said, activity.description);
}
