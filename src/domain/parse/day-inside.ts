/**
 * The words of a sentence that name a day ("kerja bakti sama pkk sabtu kemarin", "yang sama
 * karang taruna tgl 3"), for answers that say a day among other words.
 */
import { parseActivityDate } from './date.js';
import { DAY_AHEAD_WORDS, DAY_NEXT_WORDS, I_WORDS, PHOTO_WORDS, WE_WORDS } from './lexicon.js';

/** The lower-case words of `text`, a date's "/", "." and "-" kept inside them. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}/.-]+/gu, ' ').trim().split(' ');
}

/** Each run of up to four words of `words`, the longest first. */
function* phrasesOf(words: readonly string[]): Generator<string> {
  for (let length = Math.min(4, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) yield words.slice(start, start + length).join(' ');
  }
}

/**
 * The words of `text` that name a day ("sabtu kemarin", "tgl 5"), the longest first (four
 * words at most); null when none does, or they name a week ("minggu lalu": its day is asked).
 */
export function dayInside(text: string, now: Date): string | null {
  for (const phrase of phrasesOf(wordsOf(text))) {
    const read = parseActivityDate(phrase, now);
    if (read.ok) return phrase;
    if (read.error === 'vague_week') return null;
  }
  return null;
}

/**
 * A word that puts a day ahead, and the word that puts the same day behind ("sabtu depan" is
 * a day as "sabtu lalu" is): the lexicon's, one list with the date reader and the activity's
 * partner. A phrase holding one names a day ahead only when its other words name a day.
 */
const AHEAD_TO_BEHIND: ReadonlyMap<string, string> = new Map([...DAY_AHEAD_WORDS, ...DAY_NEXT_WORDS]);

/**
 * Whether `phrase` names a day still ahead ("besok", "sabtu depan", "9/12/2026" on 7 December
 * 2026). A day and month without a year ("20 desember") is not one: it may mean last year's.
 */
function namesDayAhead(phrase: string, now: Date): boolean {
  const read = parseActivityDate(phrase, now);
  if (read.ok || read.error !== 'future') return false;
  const words = phrase.split(' ');
  const ahead = words.filter((word) => AHEAD_TO_BEHIND.has(word));
  if (ahead.length === 0) return true;
  if (ahead.length > 1) return false;
  const behind = parseActivityDate(words.map((word) => AHEAD_TO_BEHIND.get(word) ?? word).join(' '), now);
  return behind.ok || behind.error !== 'not_a_date';
}

/**
 * The words of `text` that name a day still ahead ("kerja bakti besok", "… sabtu depan"), the
 * longest first, for saying that such a day is not taken; null when none does ("di depan
 * balai desa" names a place). Read before {@link dayInside}, which finds "sabtu" (the last
 * one) in "sabtu depan".
 */
export function dayAheadInside(text: string, now: Date): string | null {
  const words = wordsOf(text);
  for (const phrase of phrasesOf(words)) {
    if (!namesDayAhead(phrase, now) || laterOfSomethingElse(phrase, words)) continue;
    // A day gone by named besides ("kerja bakti kemarin, laporannya besok"): that is the
    // activity's; the word ahead is of something else still to come.
    const rest = ` ${words.join(' ')} `.replace(` ${phrase} `, ' ');
    return dayInside(rest, now) === null ? phrase : null;
  }
  return null;
}

/**
 * "nanti" alone ("nanti saya lengkapi", "fotonya nanti") is "later", no day; "besok saya kirim
 * fotonya", "besok fotonya": what comes tomorrow is the person's doing or the photo, not the
 * activity. Said so, such a word was told "belum terjadi" as if it were the activity's date.
 */
function laterOfSomethingElse(phrase: string, words: readonly string[]): boolean {
  if (phrase === 'nanti') return true;
  if (phrase.includes(' ')) return false;
  const at = words.indexOf(phrase);
  const next = words[at + 1];
  const before = words[at - 1];
  return (next !== undefined && (I_WORDS.has(next) || WE_WORDS.has(next) || PHOTO_WORDS.has(next))) || (before !== undefined && PHOTO_WORDS.has(before));
}
