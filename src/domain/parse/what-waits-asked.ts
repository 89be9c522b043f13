/**
 * "Aya naon?", "ada apa?", "ini apa?": the person asks what the bot is waiting for, where a
 * confirmation waits for their ✅/❌ (a change said at the menu, a partner's request in
 * 📥 Konfirmasi). It was refused there ("that answer cannot be used"); the steps that ask for a
 * confirmation say what waits instead, and at the menu "aya naon?" opens 📥 Konfirmasi. A few
 * words only: a longer question is the FAQ's.
 */
import { ADDRESS_WORDS, TONE_PARTICLES } from './lexicon.js';
import { SUNDANESE_PARTICLES } from './particles.js';
import { words } from './text.js';

/**
 * "What's up", "is there something": Indonesian, Javanese ("ana apa", krama "wonten menapa"),
 * Sundanese ("aya naon") and English. At the main menu too, where nothing is on screen: what
 * waits for the person is in 📥 Konfirmasi.
 */
const WHATS_UP: ReadonlySet<string> = new Set(['ada apa', 'ana apa', 'ono opo', 'wonten menapa', 'wonten napa', 'aya naon', 'whats up']);

/** "What is it", about what is on screen: Indonesian, slang, Javanese, Sundanese and English. */
const WHAT_IS_IT: ReadonlySet<string> = new Set([
  'apa ini', 'ini apa', 'apaan ini', 'ini apaan', 'apa itu', 'itu apa', 'apaan', 'apa ya', 'maksudnya apa', 'apa maksudnya', 'ini maksudnya apa',
  // Javanese: "iki apa", krama "menika menapa".
  'iki apa', 'iki opo', 'opo iki', 'apa iki', 'menika menapa', 'niki napa',
  // Sundanese: "naon ieu", "ieu naon", "naon maksadna".
  'naon ieu', 'ieu naon', 'naon', 'naon tah', 'naon maksadna', 'maksadna naon',
  'what is this', 'whats this', 'what is it', 'what', 'what do you mean',
]);

/** Words of address and tone around such a question ("aya naon kang?", "ini apa sih min"), Sundanese ones too ("teh": no group's name here). */
const AROUND: ReadonlySet<string> = new Set([...ADDRESS_WORDS, ...TONE_PARTICLES, ...SUNDANESE_PARTICLES, 'teh', 'mah', 'nya', 'tho', 'toh', 'admin',
  // A word of waiting before it ("wait, apa ini?", "bentar, ini apa?"): the question is what is asked.
  'wait', 'bentar', 'sebentar', 'tunggu', 'eh', 'lho', 'loh', 'hmm']);

/** The words said, without those of address and tone around them, as one phrase. */
function phrase(text: string): string {
  return words(text.replace(/[’']/gu, '')).filter((word) => !AROUND.has(word)).join(' ');
}

/** Whether `text` asks, in a few words, what the bot waits for ("aya naon?", "ini apa sih min"). */
export function asksWhatWaits(text: string): boolean {
  const said = phrase(text);
  return WHATS_UP.has(said) || WHAT_IS_IT.has(said);
}

/** Whether `text` asks "what's up?" alone ("aya naon kang?", "ada apa min"), where nothing is on screen (the menu). */
export function asksWhatsUp(text: string): boolean {
  return WHATS_UP.has(phrase(text));
}
