/**
 * Whether a text typed where a name is asked (a group's, a ketua's) asks the FAQ something, to be
 * answered aside, or is left to the name step (kept as the name, or asked about: "Namanya …?").
 * A question's shape alone decided: "syarat daftar wksbm" (no mark, no question word) was kept as
 * the group's name, while "Posyandu Melati?" got the FAQ's word on posyandu (its kind's word), no
 * "Namanya “Posyandu Melati”?". The understanding's confidence decides instead.
 */
import { endsAsQuestion, isQuestion } from '../faq/asides.js';
import type { FaqMatcher } from '../faq/matcher.js';
import { typedAsName, wordsAfterNameStart } from '../parse/name-question.js';
import type { AsideReading } from './aside-reading.js';

/**
 * How sure the FAQ's reading of a text with no question's shape must be for it to be a question
 * where a name is asked: one of the FAQ's own phrasings, or as good as one ("syarat daftar
 * wksbm", "biaya daftar wksbm": 1). Names that share a word with a topic read far lower
 * ("Syarat Makmur" 0.81, "Kelompok Tani Cara Baru" 0.66, "Bu Ketua" 0.93).
 */
export const SURE_QUESTION_CONFIDENCE = 0.95;

/**
 * Whether `reading`, typed at a name step, is a question for the FAQ's aside. Without a
 * question's shape: only when the FAQ reads it surely ({@link SURE_QUESTION_CONFIDENCE}) and it
 * was not typed as a name is (capitals on every word: "Kegiatan Bersama"), unless a question word
 * or a WKSBM term says it asks all the same ("Syarat Daftar WKSBM"). With one, but
 * starting as a name does (a kind of group, a title: "Posyandu Melati?"): only when the words
 * after the kind ask something themselves ("karang taruna bisa daftar?", "posyandu itu apa?"),
 * not when the kind's word alone gave the topic; the name step asks "Namanya …?" then.
 */
export function asksAtNameStep(reading: AsideReading, faq: Pick<FaqMatcher, 'explain'>): boolean {
  const { text } = reading;
  if (!isQuestion(text)) return (reading.asked()?.confidence ?? 0) >= SURE_QUESTION_CONFIDENCE && (!typedAsName(text) || saysQuestionWords(text));
  const own = wordsAfterNameStart(text);
  return own === null || ownWordsAsk(own, faq);
}

/** Words that ask ("Apa Itu WKSBM") in the languages the FAQ reads. */
const ASKING_WORDS: ReadonlySet<string> = new Set([
  'apa', 'apakah', 'gimana', 'gmn', 'bagaimana', 'berapa', 'siapa', 'kenapa', 'mengapa', 'kapan', 'dimana', 'opo', 'piye', 'pripun', 'naon', 'kumaha',
  'what', 'how', 'why', 'who',
]);

/** The names of WKSBM and its kin ("Syarat Daftar WKSBM"): no group is called after them. */
const WKSBM_TERMS: ReadonlySet<string> = new Set(['wksbm', 'wksbk', 'psks', 'pmks', 'ppks']);

/**
 * Whether a text typed as a name is (capitals on every word) still says it asks: a question word
 * or a WKSBM term in it ("Syarat Daftar WKSBM", "Apa Itu WKSBM": capitals are how some phones
 * type every word). Read with the FAQ's sure reading only: "Syarat Makmur", "Kegiatan Bersama"
 * hold neither and stay names; "Posyandu Melati" is never read surely.
 */
function saysQuestionWords(text: string): boolean {
  return text.toLowerCase().split(/[^\p{L}]+/u).some((word) => ASKING_WORDS.has(word) || WKSBM_TERMS.has(word));
}

/** Whether the words after a name's kind or title ask something: a FAQ topic read without guessing at a typo ("mawar" is no "bayar"), or a question word last. */
function ownWordsAsk(words: readonly string[], faq: Pick<FaqMatcher, 'explain'>): boolean {
  if (endsAsQuestion(words)) return true;
  const explained = faq.explain(words.join(' '));
  return explained.intent.kind === 'faq' && !explained.guessed;
}
