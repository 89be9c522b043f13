/**
 * A person asking whether they themself may take part: "gw bisa ikut ga", "aku iso melu ora?",
 * "abdi tiasa ngiring teu?", "can I join?", "gw msh sekolah bs ikutan ga". The FAQ's phrasings
 * drop "I" as noise, so these read as which groups may be members (or not at all, with
 * "sekolah"); the fitting answer is that members are groups and a resident takes part through
 * one (the FAQ's `membership`). Read only when every word is of such a question: a kind of group
 * named ("kelompok tani bisa ikut?") or a wish to register stays what it was (./join-asked.ts).
 */
import { ADDRESS_WORDS, I_WORDS, TONE_PARTICLES } from '../parse/lexicon.js';
import { YES_NO_TAGS } from '../parse/negation.js';
import { JOINING_WORDS } from '../faq/word-lists.js';

/** "I" and "me", also in English. */
const ME = new Set([...I_WORDS, 'i', 'me', 'ak', 'gua', 'sya']);
/** Taking part ("ikut", "gabung", Javanese "melu"/"ndherek", Sundanese "ngiring", "join"). */
const JOIN = new Set([...JOINING_WORDS, 'ndherek', 'nderek']);
/** "Can", "may" ("bisa", "boleh", "iso", "saged", "tiasa", "can"). */
const MAY = new Set(['bisa', 'bs', 'bsa', 'boleh', 'blh', 'iso', 'isa', 'saged', 'tiasa', 'oleh', 'angsal', 'can', 'may', 'apakah', 'apa']);
/** What a person says of themself with it: still at school, a student. */
const ONESELF = new Set(['masih', 'msh', 'sekolah', 'pelajar', 'siswa', 'mahasiswa', 'kuliah', 'student', 'juga', 'jg', 'an']);

/** Whether `tokens` (as tokenize gives them) ask only whether the person may take part. */
export function asksSelfJoining(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 10) return false;
  if (!tokens.some((token) => ME.has(token)) || !tokens.some((token) => JOIN.has(token)) || !tokens.some((token) => MAY.has(token))) return false;
  return tokens.every((token) => ME.has(token) || JOIN.has(token) || MAY.has(token) || ONESELF.has(token) || YES_NO_TAGS.has(token) || TONE_PARTICLES.has(token) || ADDRESS_WORDS.has(token));
}
