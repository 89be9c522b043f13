/**
 * "Tanya tentang WKSBM": shows the topics as buttons and answers them, or any question
 * typed in the user's own words, until the user goes back to the menu.
 */
import { defineFlow, type Effect, type StepOutcome } from '../../core/engine/flow.js';
import type { PersonView } from '../../core/ports.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { yesOrNo } from '../parse/yes-no.js';
import { t } from '../../core/text.js';
import { MORE_TOPICS_BUTTON, answerMessage, topicButtons, topicFromButton, type AnswerParams } from './answers.js';
import type { FaqIntent } from './matcher.js';
import { replyToIntent } from './replies.js';
import { explainAgain, lastTopicOf } from './explain-again.js';
import type { FaqTopicId } from './topics.js';
import { asksToExplainAgain } from './explain-asked.js';
import { asksWhatNextIn } from './what-next.js';
import { courtesyOf, englishOfferAfter } from './courtesy.js';

export const FAQ_FLOW_ID = 'faq';

/**
 * The topic just answered, for "maksudnya?" after it, and whether it was said again more simply
 * already; the button id of the one-tap offer made with it, which a typed "ya" presses.
 */
interface FaqData {
  readonly answered?: FaqTopicId;
  readonly simplified?: boolean;
  readonly offered?: string;
}

/**
 * A message typed here as read once (issue #14): the FAQ's intent of it, and whatever else the
 * composition root's reading holds for {@link RequestFlow} and {@link FaqOffers}
 * (understanding/question-reading.ts), each part read on first use and shared.
 */
export interface TypedQuestion {
  /**
   * The text as a question, read as the menu reads it: the FAQ matcher's intent, unless the
   * understanding reads it by rule first ("tksk nang endi?": how to reach one's TKSK, not what a
   * TKSK is), which this flow may not import (the composition root's reading brings it).
   */
  questionIntent(): FaqIntent;
}

/** A flow a request typed in the FAQ opens instead of an answer ("mau daftar kelompok pkk"); null for a question. */
export type RequestFlow<Q> = (question: Q) => { readonly flow: string; readonly input?: unknown } | null;

/**
 * Answers with a one-tap offer, as the menu gives them (home/offers.ts): a group's wish to take
 * part ("kelompok saya mau ikut wksbm", which the FAQ alone reads as the list of member groups)
 * answered with the registration offered; and the flow an offer's button starts.
 */
export interface FaqOffers<Q> {
  answer(question: Q): { readonly message: OutboundMessage; readonly offered: string; readonly topic: FaqTopicId } | null;
  start(buttonId: string): { readonly flow: string; readonly input?: unknown } | null;
}

const NO_OFFERS: FaqOffers<unknown> = { answer: () => null, start: () => null };

/**
 * The reply language guessed from a question's words for someone who never chose one
 * (language/guess.ts guessFromText, passed in by the composition root: language/ reads the
 * FAQ's words, so the FAQ may not import it): the effect that sets it and the offer of the choice.
 */
export type GuessLanguage = (
  text: string,
  person: Pick<PersonView, 'locale' | 'localeChosen'>,
) => { readonly effects: readonly Effect[]; readonly say: readonly OutboundMessage[] } | null;

/**
 * Builds the FAQ flow around `read`, which reads a typed message once for all below (see
 * {@link TypedQuestion}). `requestFlow` (the composition root passes the menu's reading of
 * requests, home/request-flow.ts) turns a request typed here into what it asks for, as at the
 * menu; `guessLanguage` answers a question in English in English (see {@link GuessLanguage}).
 */
export function createFaqFlow<Q extends TypedQuestion>(
  read: (text: string, now: Date) => Q,
  params: AnswerParams = {},
  requestFlow: RequestFlow<NoInfer<Q>> = () => null,
  offers: FaqOffers<NoInfer<Q>> = NO_OFFERS,
  guessLanguage: GuessLanguage = () => null,
) {
  /** An offer's button pressed, or its "ya" typed: what it offered starts (the FAQ closes, as for a request). */
  const accepted = (id: string): StepOutcome<FaqData> | null => {
    const start = offers.start(id);
    return start && { type: 'start', flow: start.flow, input: start.input, replace: true };
  };
  return defineFlow<FaqData>({
    id: FAQ_FLOW_ID,
    version: 1,
    title: t('menu.faq'),
    start: () => ({ step: 'topic', data: {} }),
    steps: {
      topic: {
        expects: t('faq.expects'),
        example: t('faq.example'),
        help: t('faq.help'),
        prompt: () => say(t('faq:intro'), topicButtons()),
        on(input, { env, data }) {
          if (input.type === 'button') {
            if (input.id === MORE_TOPICS_BUTTON) return { type: 'stay', reprompt: true, data: {} };
            const topic = topicFromButton(input.id);
            return topic ? { type: 'stay', say: [answerMessage(topic, params)], data: { answered: topic } } : (accepted(input.id) ?? { type: 'invalid' });
          }
          if (input.type !== 'text') return { type: 'invalid' };
          // "iya" right after an offer: its button.
          const yes = data.offered !== undefined && yesOrNo(input.text) === 'yes' ? accepted(data.offered) : null;
          if (yes) return yes;
          // "maksudnya?", "gak ngerti" right after an answer: that answer again, more simply.
          if (asksToExplainAgain(input.text)) {
            const again = explainAgain(data.answered, data.simplified === true);
            return { type: 'stay', say: again.messages, data: data.answered === undefined ? {} : { answered: data.answered, simplified: again.simplified } };
          }
          // "maaf ya min", "bot goblok": a kind word back and what to do, with the topics (see ./courtesy.ts).
          const courtesy = courtesyOf(input.text);
          if (courtesy !== null) return { type: 'stay', say: [say(t(`faq:courtesy.${courtesy}Topics`), topicButtons()), ...englishOfferAfter(input.text, env.person)], data: {} };
          // Read once for the request, the offer and the answer below.
          const question = read(input.text, env.now);
          // "mau daftar kelompok pkk", "desa sinduadi sudah wksbm belum": a request, not a
          // question about it: what the menu would do for it is done (the FAQ closes).
          const request = requestFlow(question);
          if (request) return { type: 'start', flow: request.flow, input: request.input, replace: true };
          // Someone who never chose a language and writes English is answered in English, with
          // the offer of the choice, as at the menu (language/guess.ts); was Indonesian here.
          const guess = guessLanguage(input.text, env.person);
          const effects = guess?.effects ?? [];
          // "kelompok saya mau ikut": answered as at the menu, with the registration offered.
          const offer = offers.answer(question);
          if (offer) return { type: 'stay', say: [...(guess?.say ?? []), offer.message], effects, data: { answered: offer.topic, offered: offer.offered } };
          // "terus?", "oke terus gimana": what next, the steps (as at the menu).
          const intent: FaqIntent = asksWhatNextIn(input.text) ? { kind: 'faq', topic: 'not_yet', confidence: 1 } : question.questionIntent();
          const reply = replyToIntent(intent, params);
          if (!reply.understood) return { type: 'invalid', reason: t('faq.notUnderstood') };
          const answered = lastTopicOf(intent);
          // The offer after the answer, as the menu says it.
          const said = [...reply.messages, ...(guess?.say ?? [])];
          return { type: 'stay', say: said, effects, reprompt: reply.showPrompt, data: answered === undefined ? {} : { answered } };
        },
      },
    },
  });
}
