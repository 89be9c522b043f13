/**
 * Questions asked in the middle of a flow. A leader asked for the group's name may type
 * "apa itu wksbm?" or "daftar ini bayar gak?" instead: taken as the name, the group would be
 * registered as "apa itu wksbm?". At the steps that take asides (names, descriptions: see
 * StepDef.asides) a message that is a question and that the FAQ answers is answered, and the
 * engine asks the step's question again. Anything else stays an answer.
 */
import type { OutboundMessage } from '../../core/messages.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { AnswerParams } from './answers.js';
import { tokenize } from './normalize.js';
import { SLANG } from './word-lists.js';
import type { FaqTopicId } from './topics.js';
import type { FaqMatcher } from './matcher.js';
import { dropTrailingParticles } from '../parse/particles.js';
import { acknowledgesOnly } from './acknowledgement.js';

/** Words a question starts with, after SLANG ("gimana" → "bagaimana"), Indonesian and English. */
const QUESTION_STARTS = new Set([
  'apa', 'bagaimana', 'kenapa', 'mengapa', 'siapa', 'berapa', 'kapan', 'mana', 'dimana', 'boleh', 'bisa', 'cara', 'caranya',
  'what', 'how', 'who', 'why', 'is', 'does', 'do', 'can',
]);

/**
 * Words a chat question ends with, without a question mark ("cara daftar gimana", "daftar
 * bayar gak", "wksbm itu apa"): no desa or group is named with one of them last.
 */
const QUESTION_ENDS = new Set(['apa', 'bagaimana', 'kenapa', 'siapa', 'berapa', 'kapan', 'mana', 'dimana', 'tidak']);

/**
 * Whether `text` reads as a question: a question mark, a question word first, or a chat
 * question word last. `eager` also reads one before "aja"/"saja" ("syaratnya apa aja"), for
 * answers that are never phrased so (a place), unlike a group's name ("Arisan Apa Saja").
 * Other steps decide "is it a question?" their own way on purpose (each says why there):
 * parse/name-question.ts (every name step), privacy/consent-questions.ts, confirmations/took-part.ts,
 * officers/officer-name.ts, officers/panel-words.ts, and faq/matcher.ts asksWithOpener.
 */
export function isQuestion(text: string, eager = false): boolean {
  if (/\?\s*$/.test(text)) return true;
  // The question word may come before particles and forms of address ("opo to", "apa sih min").
  const words = dropTrailingParticles(tokenize(text), { keep: 2, just: eager });
  const first = words[0] ?? '';
  return QUESTION_STARTS.has(SLANG.get(first) ?? first) || endsAsQuestion(words);
}

/**
 * Whether the words (two or more) end with a chat question's word ("itu apa", "daftarnya
 * gimana"): a question, where a question word first may start a name ("Apa Kabar").
 */
export function endsAsQuestion(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  return words.length > 1 && QUESTION_ENDS.has(SLANG.get(last) ?? last);
}

/**
 * The engine's `asides`: the FAQ's answer to a question it knows, without buttons that would
 * leave the flow. The question's topic is the understanding's reading (`topic`), which also
 * knows "trus kalo belum gimana", not only the FAQ matcher's. None for the topic the step's
 * own question is about (`answersTopic`, StepDef.answersTopic): that question is its answer.
 * `asks`: whether the text asks at all (where a name is asked: understanding/name-step-question.ts);
 * a question's shape ({@link isQuestion}) by default. `instead`: the flow under way's own answer
 * to a topic (registering, asked how to register), in place of the FAQ's.
 */
export function faqAsides(
  params: AnswerParams = {},
): (
  reading: { readonly text: string; topic(): FaqTopicId | null },
  options: { readonly eager: boolean; readonly answersTopic?: string },
  asks?: () => boolean,
  instead?: (topic: FaqTopicId) => readonly OutboundMessage[] | null,
) => readonly OutboundMessage[] | null {
  return (reading, { eager, answersTopic }, asks = () => isQuestion(reading.text, eager), instead = () => null) => {
    if (!asks()) return null;
    const topic = reading.topic();
    return topic === null || topic === answersTopic ? null : (instead(topic) ?? [say(t(`faq:topics.${topic}.answer`, params))]);
  };
}

/** Words that may come with thanks and name nothing ("terima kasih banyak", "makasih sekali infonya"). */
const WITH_THANKS = new Set(['banyak', 'sekali', 'bgt', 'banget', 'info', 'infonya', 'sanget', 'pisan', 'lot', 'much', 'very', 'so', 'all',
  // Javanese krama "yes" after thanks ("maturnuwun nggih"): it was searched as a desa.
  'nggih', 'nggeh', 'enggih', 'inggih']);

/**
 * Thanks typed where a place is asked ("ok makasih ya" once the status is shown and the
 * person is done): answered, not searched as a desa's name ("Makasili", "Ramakasih"). Only
 * thanks alone ("makasih, sidomulyo" names a desa), and only at steps that read answers
 * `eager`ly (see StepDef.asides): a group may be named anything.
 */
export function thanksAsides(faq: Pick<FaqMatcher, 'explain'>): (text: string, options: { readonly eager: boolean }) => readonly OutboundMessage[] | null {
  // The engine's `closing` and the asides after it may ask of the same message (at a status
  // check's question): the matcher keeps the last text's reading (see faq/matcher.ts).
  return (text, { eager }) => {
    // "oke", "sip" alone where a question waits: no thanks (./acknowledgement.ts answers it).
    if (!eager || acknowledgesOnly(text)) return null;
    const reading = faq.explain(text);
    return reading.intent.kind === 'thanks' && reading.words.every((word) => WITH_THANKS.has(word)) ? [say(t('faq:thanks'))] : null;
  };
}
