/**
 * One message typed at a step that takes asides, as the asides read it. Several asides ask
 * the same thing of it (the request in it: a registration, a status check, a count of desa;
 * the FAQ topic it asks): each is read once, when an aside first needs it, not once per aside.
 */
import type { FaqMatcher } from '../faq/matcher.js';
import type { FaqTopicId } from '../faq/topics.js';
import { questionAskedIn, understandRequest, type QuestionAsked, type Understood } from './understand.js';

/** A typed text with its readings, each read on first use. */
export interface AsideReading {
  readonly text: string;
  /** The request in the text ({@link understandRequest}), or null. */
  request(): Understood | null;
  /** The FAQ topic the text asks as a question mid-flow (understand.ts questionTopicOf), or null. */
  topic(): FaqTopicId | null;
  /** That topic with how sure the reading is ({@link QuestionAsked}), or null. */
  asked(): QuestionAsked | null;
}

/** `text` to be read by the asides; nothing is read until an aside asks. */
export function asideReading(text: string, faq: FaqMatcher): AsideReading {
  let request: { readonly value: Understood | null } | undefined;
  let asked: { readonly value: QuestionAsked | null } | undefined;
  const reading: AsideReading = {
    text,
    // No date is read here (the request is only recognised): any instant will do.
    request: () => (request ??= { value: understandRequest(text, faq, new Date(0)) }).value,
    asked: () => (asked ??= { value: questionAskedIn(reading.request(), text, faq) }).value,
    topic: () => reading.asked()?.topic ?? null,
  };
  return reading;
}
