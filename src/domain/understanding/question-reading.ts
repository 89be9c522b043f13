/**
 * One message typed in ❓ Tanya, read once for all that is asked of it there (issue #14): the
 * request in it (which opens a flow, home/request-flow.ts), the whole understanding (a wish to
 * join, answered with an offer, home/offers.ts) and the FAQ's answer (faq/faq-flow.ts). Each
 * part is read when first needed and kept; the whole understanding reuses the other two, so
 * neither is read again (as ./aside-reading.ts does for the asides).
 */
import type { FaqExplanation, FaqIntent, FaqMatcher } from '../faq/matcher.js';
import { understand, understandRequest, type ReadAlready, type Reading, type Understood } from './understand.js';
import { tieStated, type TieSaid } from './tie-said.js';

/** A typed text with its readings, each read on first use. */
export interface QuestionReading extends ReadAlready {
  /** The request in the text ({@link understandRequest}), or null. */
  request(): Understood | null;
  /** The FAQ's explanation of the whole text (`faq.explain`). */
  explained(): FaqExplanation;
  /** The FAQ's intent of the whole text: `faq.match`, from {@link explained}. */
  faqIntent(): FaqIntent;
  /** The text as {@link understand} reads it, with the request and explanation above. */
  reading(): Reading;
  /** A tie between groups stated in the text (./tie-said.ts {@link tieStated}), or null. */
  tie(): TieSaid | null;
}

/** `text`, typed at `now`, to be read; nothing is read until a part is asked for. */
export function questionReading(text: string, faq: FaqMatcher, now: Date): QuestionReading {
  let request: { readonly value: Understood | null } | undefined;
  let explained: FaqExplanation | undefined;
  let reading: Reading | undefined;
  let tie: { readonly value: TieSaid | null } | undefined;
  const question: QuestionReading = {
    request: () => (request ??= { value: understandRequest(text, faq, now) }).value,
    explained: () => (explained ??= faq.explain(text)),
    faqIntent: () => question.explained().intent,
    reading: () => (reading ??= understand(text, faq, now, question)),
    tie: () => (tie ??= { value: tieStated(text) }).value,
  };
  return question;
}
