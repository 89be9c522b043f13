/**
 * One typed message, read once for all that is asked of it (issue #14): in ❓ Tanya the request
 * in it (which opens a flow, home/request-flow.ts), the whole understanding (a wish to join,
 * answered with an offer, home/offers.ts) and the FAQ's answer (faq/faq-flow.ts); at a form's
 * step the asides' request, FAQ topic (with how sure it is, for a name step) and a tie stated
 * (./aside-reading.ts), and the language its answer is
 * given in (language/guess.ts); at the menu the whole understanding. Each part is read when
 * first needed and kept; the whole understanding reuses the request and the FAQ's explanation,
 * so neither is read again.
 */
import type { FaqExplanation, FaqIntent, FaqMatcher } from '../faq/matcher.js';
import type { FaqTopicId } from '../faq/topics.js';
import { questionAskedIn, understand, understandRequest, type QuestionAsked, type ReadAlready, type Reading, type Understood } from './understand.js';
import { tieStated, type TieSaid } from './tie-said.js';
import { questionByRuleIn } from './question-rules.js';

/** A typed text with its readings, each read on first use. */
export interface TextReading extends ReadAlready {
  readonly text: string;
  /** The request in the text ({@link understandRequest}), or null. */
  request(): Understood | null;
  /** The FAQ's explanation of the whole text (`faq.explain`). */
  explained(): FaqExplanation;
  /** The FAQ's intent of the whole text: `faq.match`, from {@link explained}. */
  faqIntent(): FaqIntent;
  /**
   * The text as a question, as the menu reads it: a question read by rule (./question-rules.ts:
   * "tksk nang endi?", "anggota kami cuma 8"), else {@link faqIntent}. ❓ Tanya answers this.
   */
  questionIntent(): FaqIntent;
  /** The FAQ topic the text asks as a question mid-flow (understand.ts questionTopicOf, over {@link questionIntent}), or null. */
  topic(): FaqTopicId | null;
  /** That topic with how sure the reading is ({@link QuestionAsked}), or null. */
  asked(): QuestionAsked | null;
  /** The text as {@link understand} reads it, with the request and explanation above. */
  reading(): Reading;
  /** A tie between groups stated in the text (./tie-said.ts {@link tieStated}), or null. */
  tie(): TieSaid | null;
}

/**
 * The four readings a {@link TextReading} is made of, each a pure function of its arguments.
 * {@link readersOf} gives the real ones; a test may wrap them to count how often each is read.
 */
export interface Readers {
  request(text: string, now: Date): Understood | null;
  explain(text: string): FaqExplanation;
  understand(text: string, now: Date, read: ReadAlready): Reading;
  /** A tie between groups stated ({@link tieStated}). */
  tie(text: string): TieSaid | null;
}

/** The readers of the understanding over `faq`. */
export function readersOf(faq: FaqMatcher): Readers {
  return {
    request: (text, now) => understandRequest(text, faq, now),
    explain: (text) => faq.explain(text),
    understand: (text, now, read) => understand(text, faq, now, read),
    tie: (text) => tieStated(text),
  };
}

/** `text`, typed at `now`, to be read by `readers`; nothing is read until a part is asked for. */
export function textReading(text: string, now: Date, readers: Readers): TextReading {
  let request: { readonly value: Understood | null } | undefined;
  let explained: FaqExplanation | undefined;
  let reading: Reading | undefined;
  let tie: { readonly value: TieSaid | null } | undefined;
  let asked: { readonly value: QuestionAsked | null } | undefined;
  let question: FaqIntent | undefined;
  const read: TextReading = {
    text,
    request: () => (request ??= { value: readers.request(text, now) }).value,
    explained: () => (explained ??= readers.explain(text)),
    faqIntent: () => read.explained().intent,
    // The rules first, as understand() reads them before the FAQ; the FAQ's intent is the one the
    // whole understanding shares (explained), not a second match.
    questionIntent: () => (question ??= questionByRuleIn(text) ?? read.faqIntent()),
    asked: () => (asked ??= { value: questionAskedIn(read.request(), text, { match: () => read.questionIntent() }) }).value,
    topic: () => read.asked()?.topic ?? null,
    reading: () => (reading ??= readers.understand(text, now, read)),
    tie: () => (tie ??= { value: readers.tie(text) }).value,
  };
  return read;
}

/**
 * Reads typed text by `readers`, keeping the last text's reading: one message is asked about by
 * several readers in turn (at a form's step the fallback flows' request, the asides, the language
 * of their answer; at the menu, in ❓ Tanya), each with the same text and moment, and gets the
 * same reading, each part of it read once. One entry: no stream of texts can grow memory, and a
 * reading is a pure function of its text and moment, so a kept one is never stale.
 */
export function textReader(readers: Readers): (text: string, now: Date) => TextReading {
  let last: { readonly at: number; readonly reading: TextReading } | undefined;
  return (text, now) => {
    if (last?.reading.text !== text || last.at !== now.getTime()) last = { at: now.getTime(), reading: textReading(text, now, readers) };
    return last.reading;
  };
}
