/**
 * "terus?", "oke terus gimana", "trus aku kudu piye", "then what?": right after an answer, what to
 * do next, with nothing named. Answered with the steps a desa takes (the `not_yet` topic), at the
 * menu (understanding/understand.ts) and in the FAQ's own questions (./faq-flow.ts), not with
 * "not understood" nor, for its "oke", thanks.
 */
import { ADDRESS_WORDS, AGAIN_WORDS, HOW_WORDS, I_WORDS, OK_WORDS, TONE_PARTICLES, WE_WORDS } from '../parse/lexicon.js';
import { tokenize } from './normalize.js';

/** "Then", "next": a follow-up to what was just said ("terus?", "lalu?", "selanjutnya?", "then what?"). */
export const THEN_WORDS: ReadonlySet<string> = new Set(['terus', 'trus', 'trs', 'lalu', 'selanjutnya', 'berikutnya', 'banjur', 'njur', 'lajeng', 'salajengipun', 'teras', 'then', 'next']);
/** Particles and forms of address that go with any follow-up and name nothing. */
export const FOLLOW_UP_CHATTER: ReadonlySet<string> = new Set([...TONE_PARTICLES, ...ADDRESS_WORDS, 'toh', 'to', 'atuh', 'mah', 'lha', 'la', 'nah', 'jadi', 'jd', 'so', 'and']);
/**
 * Words around "then" in a message that only asks what next ("oke terus gimana", "trus aku kudu
 * piye", "terus apa lagi", "then what should I do now"): no topic of their own.
 */
export const WHAT_NEXT_CHATTER: ReadonlySet<string> = new Set([
  ...HOW_WORDS, ...FOLLOW_UP_CHATTER, ...OK_WORDS, 'apa', 'apaan', 'opo', 'naon', ...AGAIN_WORDS, 'maneh', 'deui', ...I_WORDS, ...WE_WORDS,
  'harus', 'hrs', 'kudu', 'mesti', 'musti', 'kedah', 'ngapain', 'ngopo', 'nopo', 'yang', 'yg', 'dilakukan', 'sebaiknya',
  'what', 'now', 'do', 'i', 'we', 'should',
]);

/** True when the whole message asks what next: a "then" and chat around it (tokens as {@link tokenize} gives them). */
export function asksWhatNext(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.length <= 7 && tokens.some((token) => THEN_WORDS.has(token)) && tokens.every((token) => THEN_WORDS.has(token) || WHAT_NEXT_CHATTER.has(token));
}

/** {@link asksWhatNext} of a typed text. */
export function asksWhatNextIn(text: string): boolean {
  return asksWhatNext(tokenize(text.slice(0, 200)));
}
