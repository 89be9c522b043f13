/**
 * "Bentar ya, saya tanya pak RT dulu" typed where a place is asked: the person will answer
 * later. Searched as a desa's name it found Desa Bentar in Brebes; it is acknowledged instead,
 * and the engine asks the question again. Only a word of waiting followed by more words
 * ("bentar" alone may be that desa), except where no place is asked (a count, a name: "bentar"
 * typed for the members is a wait too). At every step that takes asides: no group is named
 * "Tunggu Ya" nor an activity described as "sebentar saya tanya dulu".
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';

/** Words of waiting first, then anything: "bentar ya", "sebentar saya cek dulu", "tunggu ya min", "wait a moment". */
const WAITING = /^\s*(?:bentar|sebentar|bntr|tunggu|tunggu\s+sebentar|nanti\s+dulu|entar|ntar|sek|sik|sekedap|antosan|wait|hold\s+on|one\s+moment)\b[\s,.!]+\S/iu;

/** A word of waiting alone ("bentar", "sebentar ya…", "tunggu!"): a wait wherever no place's name is asked. */
const WAITING_ALONE = /^\s*(?:bentar|sebentar|bntr|tunggu|tunggu\s+sebentar|wait)[\s,.!…]*$/iu;

/**
 * Checking or asking first, then answering: "cek dulu ya", "saya tanya dulu", "tak takon sik",
 * "tanya dulu ke pak RT". A verb of finding out, then "first" ("dulu", Javanese "sik", Sundanese
 * "heula"): no group, desa or ketua is called so, so it is a wait at every step (saved as the
 * group's name, it was "Cek Dulu Ya"). Not "nanti dulu": that is a "later" where a Nanti button is offered.
 */
const CHECKING_FIRST =
  /^\s*(?:(?:saya|aku|sy|aq|tak|tk|kami|kita)\s+)?(?:cek|check|ngecek|tanya|tanyain|tanyakan|nanya|takon|takok|lihat|liat|ngeliat|pastikan|mastiin|ask|konfirmasi)\s+(?:dulu|dl|dlu|sik|sek|disik|dhisik|heula|first)\b/iu;

/**
 * The acknowledgement of a "wait" typed at a step, or null. `eager` is the step's (a place is
 * asked there): a word of waiting alone is then left to be searched.
 */
export function waitAside(text: string, options: { readonly eager: boolean } = { eager: true }): readonly OutboundMessage[] | null {
  // "wait, apa ini?", "bentar, maksudnya apa?": a word of waiting before a question asks it, no wait.
  return (WAITING.test(text) && !/\?\s*$/u.test(text)) || CHECKING_FIRST.test(text) || (!options.eager && WAITING_ALONE.test(text)) ? [say(t('home.waitAside'))] : null;
}
