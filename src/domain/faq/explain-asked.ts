/**
 * "maksudnya?", "maksudnya gimana?", "gak ngerti", "kurang paham", "maksude piye?", "what do
 * you mean?", "kok gitu?", "kenapa?": the person asks what was just said to be explained again, more simply. Such a
 * message names nothing of its own ("maksudnya WKSBM" asks what WKSBM is, and is no such
 * request): only words of not understanding and chat around them ("paham", "oke jelas" alone
 * say it was understood).
 */
import { tokenize } from './normalize.js';
import { ADDRESS_WORDS, HOW_WORDS, I_WORDS, TONE_PARTICLES } from '../parse/lexicon.js';
import { NOT_WORDS, REGIONAL_NOT_WORDS } from '../parse/negation.js';

/** Words that carry the request: meaning, confusion, simpler, explain. */
const CORE = new Set([
  'maksud', 'maksudnya', 'maksude', 'maksute', 'maksudte', 'maksudna', 'maksadna', 'maksadnya', 'mksd', 'mksdnya', 'mksdny', 'maksdnya', 'maksutnya', 'artinya', 'arti',
  'bingung', 'simpel', 'sederhana', 'jelaskan', 'jelasin', 'dijelaskan', 'dijelasin', 'terangkan',
  'mean', 'means', 'meaning', 'unclear', 'confused', 'simpler', 'simply', 'explain',
  // "kok gitu?", "kenapa?", "why?": why it is so, asked of what was just said.
  'kenapa', 'mengapa', 'napa', 'kok', 'why',
]);
/**
 * Understanding, which asks only when not there ("gak ngerti", "kurang paham", "ora mudeng",
 * "teu ngarti", "belum jelas", "don't understand"): "paham", "jelas" alone say it was understood.
 */
const UNDERSTOOD = new Set(['ngerti', 'ngerto', 'mengerti', 'paham', 'mudeng', 'dong', 'ngarti', 'ngartos', 'jelas', 'understand', 'get']);
/** "Not" before it, also "not quite" and "not yet" ("kurang paham", "belum jelas"), and English "don't" as tokenized ("don", "t"). */
const NOT = new Set([...NOT_WORDS, ...REGIONAL_NOT_WORDS, 'kurang', 'belum', 'blm', 'dereng', 'durung', 'not', 't', 'dont', 'didnt', 'don', 'didn']);
/** Words that only go with them: question words, still, please, politeness. */
const AROUND = new Set([
  ...NOT, ...HOW_WORDS, ...I_WORDS, ...ADDRESS_WORDS, ...TONE_PARTICLES, 'apa', 'apaan', 'opo', 'naon', 'itu', 'tuh', 'tu', 'ini', 'iku', 'kuwi', 'teh',
  'gitu', 'gt', 'begitu', 'gini', 'so',
  'masih', 'agak', 'rada', 'deh', 'lagi', 'lebih',
  // "Mohon dijelaskan lebih lanjut", "bisa dijelaskan lebih rinci?": more of the same, asked politely.
  'mohon', 'lanjut', 'rinci', 'detail', 'detil', 'lengkap',
  'yang', 'yg', 'bisa', 'tolong', 'pakai', 'pake', 'bahasa', 'kata', 'lain', 'gampang', 'hehe', 'maaf', 'jawabannya', 'jawaban', 'kalimat',
  'what', 'do', 'does', 'you', 'i', 'that', 'this', 'it', 'is', 'please', 'again', 'more', 'can', 'a', 'bit', 'still', 'am', 'im', 'm', 'sorry', 'of',
]);

/** True when the whole message asks for what was just said to be explained again. */
export function asksToExplainAgain(text: string): boolean {
  const tokens = tokenize(text.slice(0, 200));
  if (tokens.length === 0 || tokens.length > 10) return false;
  // "gak ngerti", "don't understand": understanding said not to be there, before its word.
  const notUnderstood = tokens.some((token, at) => UNDERSTOOD.has(token) && tokens.slice(0, at).some((before) => NOT.has(before)));
  const asks = notUnderstood || tokens.some((token) => CORE.has(token));
  return asks && tokens.every((token) => CORE.has(token) || UNDERSTOOD.has(token) || AROUND.has(token));
}
