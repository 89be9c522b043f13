/**
 * "Aya naon?", "ada apa?", "ini apa?": the person asks what the bot is waiting for, where a
 * confirmation waits for their ✅/❌ (a change said at the menu, a partner's request in
 * 📥 Konfirmasi). It was refused there ("that answer cannot be used"); the steps that ask for a
 * confirmation say what waits instead. A few words only: a longer question is the FAQ's.
 */
import { ADDRESS_WORDS, TONE_PARTICLES } from './lexicon.js';
import { words } from './text.js';

/** "What is it / what's up", Indonesian, slang, Javanese, Sundanese and English. */
const WHAT_IS_IT: ReadonlySet<string> = new Set([
  'ada apa', 'apa ini', 'ini apa', 'apaan ini', 'ini apaan', 'apa itu', 'itu apa', 'apaan', 'apa ya', 'maksudnya apa', 'apa maksudnya', 'ini maksudnya apa',
  // Javanese: "ana apa", "iki apa", krama "wonten menapa", "menika menapa".
  'ana apa', 'ono opo', 'iki apa', 'iki opo', 'opo iki', 'apa iki', 'wonten menapa', 'wonten napa', 'menika menapa', 'niki napa',
  // Sundanese: "aya naon", "naon ieu", "ieu naon", "naon maksadna".
  'aya naon', 'naon ieu', 'ieu naon', 'naon', 'naon tah', 'naon maksadna', 'maksadna naon',
  'what is this', 'whats this', 'what is it', 'whats up', 'what', 'what do you mean',
]);

/** Words of address and tone around such a question ("aya naon kang?", "ini apa sih min"), Sundanese ones too. */
const AROUND: ReadonlySet<string> = new Set([...ADDRESS_WORDS, ...TONE_PARTICLES, 'kang', 'akang', 'teh', 'teteh', 'euy', 'atuh', 'mah', 'nya', 'tho', 'toh', 'admin']);

/** Whether `text` asks, in a few words, what the bot waits for ("aya naon?", "ini apa sih min"). */
export function asksWhatWaits(text: string): boolean {
  const said = words(text.replace(/[’']/gu, '')).filter((word) => !AROUND.has(word));
  return said.length > 0 && WHAT_IS_IT.has(said.join(' '));
}
