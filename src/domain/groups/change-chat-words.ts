/**
 * A change to one's group as typed in chat, made plain before it is read
 * ("berdiri thn 2015 min", "angota nya 23 orang"): the particles and forms of address at its
 * end ("min", "kak", "ya") are dropped, a "nya" typed apart is joined to its word, and a field's
 * word typed with a slip in the first words ("angota", "anggot") is read as that word. Said so,
 * such changes went to the FAQ ("belum paham", the FAQ's members answer) instead of being asked
 * to confirm as the same words typed plainly are (./change-confirm.ts).
 */
import { editDistance } from '../parse/edit-distance.js';
import { dropTrailingParticles } from '../parse/particles.js';

/** The first words a field's word is looked for in, slips included ("angota nya 23 orang"). */
const FIELD_WORDS_FIRST = 2;
/** The shortest word read as a field's word with a slip ("ketu" is left as typed). */
const SLIP_MIN_LENGTH = 5;
/** Words of their own one edit from a field's word: "kades" (the village head) is no "kader". */
const NO_SLIPS: ReadonlySet<string> = new Set(['kades', 'ketut', 'tahan']);

/**
 * `typed` made plain (see the module's comment). `fieldWords` are the words of the fields'
 * phrases ("anggota", "berdiri", "ketua"…): a slip is read as the one word one edit away.
 */
export function plainChangeWords(typed: string, fieldWords: ReadonlySet<string>): string {
  const tokens = typed.trim().split(/\s+/u).filter((token) => token !== '');
  // "anggota nya 23": "nya" typed apart belongs to the word before it.
  const joined = tokens.reduce<string[]>((all, token) => {
    if (token.toLowerCase() === 'nya' && all.length > 0) all[all.length - 1] = `${all.at(-1)!}nya`;
    else all.push(token);
    return all;
  }, []);
  // "… 2015 min": the ending's words only (a name's capitals elsewhere are kept as typed).
  const kept = dropTrailingParticles(joined.map((token) => token.toLowerCase()), { keep: 2, just: false }).length;
  return joined
    .slice(0, kept)
    .map((token, at) => (at < FIELD_WORDS_FIRST ? withoutSlip(token, fieldWords) : token))
    .join(' ');
}

/** `token` as the field's word it is one slip from ("angota" → "anggota", "angotanya" → "anggotanya"), else as typed. */
function withoutSlip(token: string, fieldWords: ReadonlySet<string>): string {
  const lower = token.toLowerCase();
  const stem = lower.endsWith('nya') ? lower.slice(0, -3) : lower;
  if (stem.length < SLIP_MIN_LENGTH || fieldWords.has(stem) || NO_SLIPS.has(stem) || !/^\p{L}+$/u.test(stem)) return token;
  const near = [...fieldWords].filter((word) => word.length >= SLIP_MIN_LENGTH && editDistance(stem, word, 1) <= 1);
  return near.length === 1 ? `${near[0]!}${lower.slice(stem.length)}` : token;
}
