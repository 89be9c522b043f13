/**
 * A group's name typed alone ("Posyandu Mawar", "kelompok mawar", "arisan melati", "KWT Sri
 * Rejeki"): a kind of group, or a word for a group, then words of its own that the FAQ knows
 * nothing of. Such a message asks nothing: its kind alone made it the FAQ's answer about
 * posyandu or the list of member groups, and before faq/canonical.ts knew flower names, "mawar"
 * read as "mayar" (to pay) made it the cost answer. A person typing a group's name at the menu
 * most likely means that group, so the menu offers to register it under that name (home/offers.ts
 * joinOffer), which is also where one whose group is registered already finds out.
 */
import type { FaqMatcher } from '../faq/matcher.js';
import { FUNCTION_WORDS } from '../faq/word-lists.js';
import { nameAsTyped } from '../parse/group-name.js';
import { ADDRESS_WORDS, DAY_AHEAD_WORDS, TONE_PARTICLES } from '../parse/lexicon.js';
import { namedAfterKind } from '../parse/name-words.js';
import { GROUP_NOUNS, kindsIn, type JoinAsked } from './join-asked.js';

/**
 * Words after a kind that say what it does or when, not what it is called ("posyandu libur",
 * "posyandu besok", "pkk rapat"): a message about the group's doings, left to the FAQ.
 */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...DAY_AHEAD_WORDS.keys(), 'kemarin', 'kmrn', 'hari', 'ini', 'minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'jadwal', 'jadwalnya', 'kapan',
  'libur', 'tutup', 'buka', 'rapat', 'batal', 'pertemuan', 'kumpul', 'acara', 'kegiatan', 'bulan', 'tahun', 'pagi', 'siang', 'sore', 'malam',
]);

/** At most this many words of the group's own after its kind or word: a name, not a sentence. */
const MAX_OWN_WORDS = 4;

/**
 * The group named when `tokens` (tokenised, a leading greeting left out) are a group's name and
 * nothing else: one kind of group (or a word for a group) first, then one to {@link MAX_OWN_WORDS}
 * words of its own, none of which the FAQ reads as anything (no topic, no question or helper
 * word, no typo of one). Null otherwise: "posyandu" alone, "arisan dan pkk", "posyandu lansia"
 * (a word the FAQ knows), "karang taruna itu apa" stay the FAQ's.
 */
export function groupNamedAlone(tokens: readonly string[], faq: FaqMatcher): JoinAsked | null {
  let words = [...tokens];
  while (words.length > 0 && (TONE_PARTICLES.has(words.at(-1)!) || ADDRESS_WORDS.has(words.at(-1)!))) words = words.slice(0, -1);
  const kinds = kindsIn(words, undefined);
  const first = kinds.get(0);
  const lead = first?.length ?? (GROUP_NOUNS.has(words[0] ?? '') ? 1 : 0);
  const own = words.slice(lead);
  if (lead === 0 || kinds.size > 1 || own.length === 0 || own.length > MAX_OWN_WORDS) return null;
  // "arisan mulia": read alone, "mulia" is "mulai" mistyped; right after the kind it is the name.
  if (!own.every((word, at) => /^\p{L}+$/u.test(word) && !NOT_A_NAME.has(word) && (namedAfterKind(words, lead + at) || unknownToFaq(word, faq)))) return null;
  return { ...(first && { groupType: first.type }), name: nameAsTyped(words.join(' ')), nameAlone: true };
}

/**
 * Whether the FAQ reads `word` as itself and nothing more: no topic's word, no question or
 * helper word ("kelompok apa" asks), no noise, no slang, no typo's correction.
 */
function unknownToFaq(word: string, faq: FaqMatcher): boolean {
  const explained = faq.explain(word);
  return !explained.guessed && explained.candidates.length === 0 && explained.words.length === 1 && explained.words[0] === word && !FUNCTION_WORDS.has(word);
}
