/**
 * What comes after registering, asked: "habis daftar terus ngapain", "udah daftar trus gimana",
 * "after registering what next", "what do we do after we register?". Answered with the steps
 * after a registration (the FAQ's `after_register`: the officers' check, ties and joint
 * activities the other groups confirm), not how to register nor the steps of a desa with none.
 * Read here, not only by the FAQ's phrasings: "terus" and "sudah" weigh nothing there, so
 * "udah daftar trus gimana" read as how to register.
 */
import { THEN_WORDS, WHAT_NEXT_CHATTER } from '../faq/what-next.js';
import { REGISTER_VERB_WORDS } from './register-verbs.js';
import { ALREADY_WORDS } from '../parse/lexicon.js';

/** "After": "setelah", "habis daftar", Javanese "sawise", Sundanese "sanggeus", "after". */
const AFTER_WORDS: ReadonlySet<string> = new Set(['setelah', 'sesudah', 'habis', 'abis', 'sehabis', 'sawise', 'sakwise', 'sanggeus', 'after', 'once']);
/** Being registered, done: "terdaftar", "registered", "registering" (after it). */
const REGISTERED_WORDS: ReadonlySet<string> = new Set(['terdaftar', 'didaftarkan', 'registered', 'registering', 'registration', 'pendaftaran']);
/** Words such a question has besides, which ask nothing else ("kelompok kami", "langkahnya", "now what"). */
const AROUND: ReadonlySet<string> = new Set([
  ...WHAT_NEXT_CHATTER, 'kelompok', 'kelompoknya', 'group', 'our', 'my', 'is', 'are', 'the', 'steps', 'step', 'langkah', 'langkahnya', 'happens', 'done', 'ini', 'itu',
]);
/** The most words of such a question: more is a story with other things asked. */
const MAX_WORDS = 9;

/** Whether `tokens` (as tokenize gives them) ask what to do once a group is registered. */
export function asksAfterRegistering(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return false;
  const registering = (token: string) => REGISTER_VERB_WORDS.has(token) || REGISTERED_WORDS.has(token);
  if (!tokens.some(registering)) return false;
  // Registered already: said with "after" or "already", or in a form that says it is done.
  const done = tokens.some((token) => AFTER_WORDS.has(token) || ALREADY_WORDS.has(token) || (REGISTERED_WORDS.has(token) && token !== 'registration' && token !== 'pendaftaran'));
  // "now what", "what now": English for "terus?".
  const nowWhat = tokens.some((token, at) => token === 'now' && (tokens[at + 1] === 'what' || tokens[at - 1] === 'what'));
  const next = nowWhat || tokens.some((token) => AFTER_WORDS.has(token) || THEN_WORDS.has(token) || token === 'ngapain');
  return done && next && tokens.every((token) => registering(token) || AFTER_WORDS.has(token) || ALREADY_WORDS.has(token) || THEN_WORDS.has(token) || AROUND.has(token));
}
