/**
 * Particles and forms of address that end a chat message without changing what it says
 * ("iya min", "wksbm iku opo to", "sedesa aja deh"): the readers of short answers and of
 * questions drop them before they look at the last word.
 */
import { ADDRESS_WORDS, TONE_PARTICLES } from './lexicon.js';

/**
 * Sundanese: addressing the operator ("sadesa kang", "muhun teteh"; not "teh", a kind of farm:
 * "Kelompok Tani Teh") and "atuh"/"euy" ending a sentence. Also dropped around "aya naon?"
 * (./what-waits-asked.ts), which adds "teh" there.
 */
export const SUNDANESE_PARTICLES: ReadonlySet<string> = new Set(['kang', 'akang', 'teteh', 'atuh', 'euy']);

/** Tone particles (Indonesian, Javanese) and ways of addressing the bot's operator. */
const PARTICLES: ReadonlySet<string> = new Set([
  ...TONE_PARTICLES, 'to', 'tho', 'toh', 'deh', 'kok', 'lah',
  ...ADDRESS_WORDS, 'bos', 'gan', 'lur',
  // Javanese "nggih" ends a polite sentence as "ya" does ("RT 5 RW 3 nggih", "kemarin nggih").
  'nggih', 'nggeh', 'njih', 'inggih', 'injih', 'yaa',
  ...SUNDANESE_PARTICLES,
]);

/**
 * "aja"/"saja"/"doang" ("just"): dropped after a short answer ("simpan aja", "sedesa aja"), not after
 * a question word, where "apa saja" asks "what all" ("Arisan Apa Saja" is a group's name).
 */
const JUST: ReadonlySet<string> = new Set(['aja', 'saja', 'doang']);

/** `words` (lower case) without the particles at their end, keeping at least `keep` words. */
export function dropTrailingParticles(words: readonly string[], options: { readonly keep: number; readonly just: boolean }): string[] {
  const kept = [...words];
  while (kept.length > options.keep && (PARTICLES.has(kept.at(-1)!) || (options.just && JUST.has(kept.at(-1)!)))) kept.pop();
  return kept;
}
