/**
 * An activity named in words: by words of its description ("yg selokan", "yang penyuluhan
 * gizi": all the words said, of three letters or more, the "yang"/"kegiatan" around them left
 * out, are among its description's words), by a day said among the words or the one kind said
 * (a typo of it too). 📥 Konfirmasi's answers ("yg tgl 3 itu …") and Kegiatan saya's picks
 * ("yg kerja bakti kemarin") read them with one function, {@link activitiesNamed}, so alike.
 */
import type { ActivityCategory } from '../model/activities.js';
import { ACTIVITY_CATEGORY_WORDS, ACTIVITY_NAMING_WORDS, choicesNamed, matchChoice, withoutOptionSaid } from './choice.js';
import { listPosition } from './list-position.js';
import { words as wordsTyped } from './text.js';
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

/** The date of the day words name among others, and the words left without it (lower case). */
function dayAndRest(said: string, now: Date): { readonly date: string | null; readonly rest: string[] } {
  const day = dayInside(said, now);
  const date = day === null ? null : parseActivityDate(day, now);
  const plain = ` ${said.toLowerCase().replace(/[^\p{L}\p{N}/.-]+/gu, ' ').trim()} `;
  const rest = date?.ok === true ? plain.replace(` ${day} `, ' ') : plain;
  return { date: date?.ok === true ? date.value : null, rest: rest.split(' ').filter((word) => word !== '' && !EMPTY_WORDS.has(word)) };
}

/**
 * The one kind words name, a typo of one too ("kerja bakri"), as the kind's question takes it;
 * null for a line of a list ("no 2", "nomor dua", "yang kedua"). A number is never a kind here:
 * the kind's question takes "2" as its option 2, but the kinds are no list shown at either place.
 */
function kindTyped(words: readonly string[]): ActivityCategory | null {
  const said = words.join(' ');
  if (listPosition(said) !== null) return null;
  // "kerja bakti rt 3": the kind, its number left out (matchChoice would read a number alone as an option's).
  const lettered = words.filter((word) => !/^\d+$/u.test(word)).join(' ');
  return /\p{L}/u.test(lettered) ? matchChoice(lettered, ACTIVITY_CATEGORY_WORDS) : null;
}

/**
 * The words without those that named the kind (its name, a typo of it too): "kerja bakri" says
 * nothing of "kerja bakti saluran air" that "bersih selokan" lacks, both being kerja bakti.
 * Doing words stay ("cek tensi", "bersih selokan"): they say more than the kind.
 */
function besidesKind(words: readonly string[], kind: ActivityCategory | null): string {
  return (kind === null ? words : withoutOptionSaid(words, ACTIVITY_NAMING_WORDS, kind)).join(' ');
}

/** Of several activities, those whose description holds the most of the words besides the kind's name (at least one): all of them when none does. */
function tieBroken<T extends ActivityNamedBy>(words: readonly string[], kind: ActivityCategory | null, fits: readonly T[]): T[] {
  const named = wordsOf(besidesKind(words, kind));
  const scores = fits.map((fit) => {
    const described = new Set(wordsOf(fit.description));
    return named.filter((word) => described.has(word)).length;
  });
  const best = Math.max(...scores);
  return best === 0 ? [...fits] : fits.filter((_, at) => scores[at] === best);
}

/**
 * The activities of `items` that `said` names: one when it is clear, several when they still
 * tie. A day among the words decides ("yg kerja bakti kemarin", "kerja bakti tgl 3"), the kind
 * said narrowing the day's activities where it fits one of them; else the kind said, typos of it
 * too ("kerja bakri"), when one has it; else words all found in a description ({@link
 * describedBy}: "yg cek tensi"), else the kind's several. Words of the description break a tie
 * ("kerja bakti saluran air" of two kerja bakti). 📒 Kegiatan saya's list and 📥 Konfirmasi
 * both read an activity named in words by this, so alike.
 */
export function activitiesNamed<T extends ActivityNamedBy>(said: string, items: readonly T[], now: Date): T[] {
  const { date, rest } = dayAndRest(said, now);
  const kind = rest.length === 0 ? null : kindTyped(rest);
  let fits: T[];
  if (date !== null) {
    fits = items.filter((item) => item.date === date);
    const ofKind = fits.filter((item) => item.category === kind);
    if (ofKind.length > 0) fits = ofKind;
  } else {
    // "yg cek tensi" names a kind too, but all its words are one description's: that one.
    const ofKind = kind === null ? [] : items.filter((item) => item.category === kind);
    // Its name aside: "yg kerja bakti" is not the one described "kerja bakti saluran air" of two kerja bakti.
    const told = besidesKind(wordsTyped(said), kind);
    const described = ofKind.length === 1 ? [] : items.filter((item) => describedBy(told, item.description));
    fits = described.length > 0 ? described : ofKind;
  }
  return fits.length > 1 ? tieBroken(rest, kind, fits) : fits;
}
