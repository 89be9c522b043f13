/**
 * A wish to fix one's group's data with no field named ("mau perbaiki data kelompok", "perbaiki",
 * "revisi data kelompok", "fix my group's data"), typically after an officer rejected the group:
 * the main menu opens 👥 Kelompok saya, where the group's screen shows the officer's reason and
 * the ✏️ buttons (see ../home/entry-of-words.ts). A field named with it is a change instead
 * (./change-said.ts).
 */
import { ADDRESS_WORDS, I_WORDS, TONE_PARTICLES, WANT_WORDS, WE_WORDS } from '../parse/lexicon.js';

/** A word list as a regex alternation ("mau|mo|ingin|…"): the lexicon's words are plain letters. */
const oneOf = (...lists: ReadonlyArray<Iterable<string>>): string => lists.flatMap((list) => [...list]).join('|');

/** Who asks, before the wish ("*saya* mau perbaiki …", "*gw* mau benerin …", "*i* want to fix …"). */
const ASKER = oneOf(I_WORDS, WE_WORDS, ['i', 'we']);
/** The wish or the plea before the verb ("mau", "pengin", "tolong", "want to"). */
const WISH = oneOf(WANT_WORDS, ['tolong', 'mohon', 'minta', 'bantu', String.raw`want\s+to`, String.raw`need\s+to`, 'please', String.raw`would\s+like\s+to`]);
/** Verbs of fixing: a verb alone asks it (Indonesian, its passive, Javanese, English). */
const FIX_VERBS = oneOf([
  'perbaiki', 'perbaikin', 'betulkan', 'betulin', 'benerin', 'benahi', 'revisi', 'koreksi', 'diperbaiki', 'dibetulkan', 'dibetulin', 'dibenerin',
  'direvisi', 'dikoreksi', 'mbetulke', 'mbenerke', 'ndandani', 'dandani', 'mbenakke', 'fix', 'correct',
]);
/** Verbs of changing: they ask it only with the data or one's group named ("ubah data", "edit my group"). */
const CHANGE_VERBS = oneOf(['ubah', 'ganti', 'edit', 'update', 'perbarui', 'change']);
/** Whose data, after "kelompok" ("data kelompok *kami*"). */
const OWNER = oneOf(WE_WORDS, I_WORDS, ['data', String.raw`details?`, 'info']);
/** Words that end such a wish ("… dong", "… ya pak"). */
const TAIL = oneOf(TONE_PARTICLES, ADDRESS_WORDS, ['deh', 'pls', 'please']);

/**
 * Asked to fix the group's data, no field named: "mau perbaiki data kelompok", "perbaiki", "betulkan
 * data", "revisi data kelompok", "fix my group's data". A verb of fixing alone, or any verb of
 * changing with the data or the group named. Built from the lexicon's lists (../parse/lexicon.ts),
 * so that a word learnt there ("pengin", "gw") is known here too.
 */
const FIX_ASKED = new RegExp(
  String.raw`^(?:(?:${ASKER})\s+)?(?:(?:${WISH})\s+)*` +
    String.raw`(?:(?:${FIX_VERBS})(?:\s+(?:data(?:nya)?|details?|info)|(?=\s+(?:kelompok|klp|grup|group|my|our)\b)|(?=\s*$))|(?:${CHANGE_VERBS})(?:\s+data(?:nya)?|(?=\s+(?:my|our)\s+group\b)))` +
    String.raw`(?:\s+(?:(?:kelompok|klp|grup|group)(?:'s)?(?:nya)?|my|our|the)(?:\s+(?:${OWNER}))?)*` +
    String.raw`(?:(?<=kelompok|klp)(?:\s+[\p{L}\d]+){1,4}?)?(?:\s+(?:${TAIL}))*[.!]*$`,
  'iu',
);
/** Words that name the group ("data *kelompok*", "my *group's* data"): without them the data may be the person's own. */
const GROUP_NAMED = /\b(?:kelompok|klp|grup|group)/iu;

/** True when `text` asks to fix the group's data without naming a field ("mau perbaiki data kelompok", "perbaiki"): Kelompok saya opens. */
export function isFixAsked(text: string): boolean {
  return FIX_ASKED.test(text.trim());
}

/** True when fixing data is asked without naming the group ("perbaiki", "betulkan data"): from someone who leads none, it may be their own data. */
export function isFixAskedOfAnyData(text: string): boolean {
  return isFixAsked(text) && !GROUP_NAMED.test(text);
}
