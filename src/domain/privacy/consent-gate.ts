/**
 * The consent gate for flows that collect personal data. Such a flow starts with
 * {@link consentCheck} among its start effects and wraps its first step in
 * {@link withConsentGate}: the person who agreed to the current notice goes straight on;
 * anyone else first sees the notice (the `privacy.consent` sub-flow). Declining ends the
 * flow politely — the FAQ and status checks never need consent.
 *
 * ```ts
 * start: () => ({ step: 'type', data: {}, effects: [consentCheck] }),
 * steps: { type: withConsentGate(questionStep({ … })), … }
 * ```
 */
import type { Effect, StepContext, StepDef, StepInput, StepOutcome } from '../../core/engine/flow.js';
import { invalidAnswerText } from '../../core/engine/invalid-answer.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { CONSENT_ANSWERED, CONSENT_FLOW_ID, type ConsentInput } from './consent-flow.js';
import { CONSENT_STATE } from './effects.js';

/** Data of a gated flow: set once the person's consent was confirmed in this run. */
export interface ConsentGated {
  readonly consented?: boolean;
  /** Text typed at the notice for the step's question, given to the step once it asks it. */
  readonly ahead?: string;
}

/** The start effect that checks consent; its result reaches the gated first step. */
export const consentCheck: Effect = CONSENT_STATE.request(undefined);

/**
 * Wraps the first step of a collecting flow. Until consent is confirmed, every input
 * (also after "kembali" out of the notice) checks again instead of being taken as an
 * answer. `proceed` decides what happens once it is (default: ask the step's question).
 */
export function withConsentGate<D extends ConsentGated>(
  step: StepDef<D>,
  proceed: (data: D, ctx: StepContext<D>) => StepOutcome<D> = (data) => ({ type: 'stay', data, reprompt: true }),
): StepDef<D> {
  const granted = (ctx: StepContext<D>, ahead?: string): StepOutcome<D> =>
    answerAhead(step, proceed({ ...ctx.data, consented: true, ...(ahead !== undefined && { ahead }) }, ctx), ctx);
  return {
    ...step,
    // Behind the notice the step's question was never asked: "kembali" at the notice leaves it too.
    waitsOnly: (ctx) => ctx.data.consented !== true,
    on(input, ctx) {
      const check = CONSENT_STATE.result(input);
      if (check) {
        if (check.granted) return granted(ctx);
        return { type: 'start', flow: CONSENT_FLOW_ID, input: { olderVersion: check.olderVersion } satisfies ConsentInput };
      }
      const answered = CONSENT_ANSWERED.result(input);
      if (answered) {
        if (answered.granted) return granted(ctx, answered.ahead);
        return { type: 'done', say: [say([t('privacy:consent.declined'), t('privacy:consent.stillAvailable')])], menu: true };
      }
      if (!ctx.data.consented) return { type: 'stay', effects: [consentCheck] };
      return answerAhead(step, keepConsent(step.on(input, ctx)), ctx);
    },
  };
}

/**
 * The text typed ahead at the notice, given to the step as if typed there once its question
 * is asked (after the results it waits for, e.g. the person's groups); dropped when the step
 * is left otherwise, so it never answers a question it was not typed for. Text the step
 * cannot take gets its usual "cannot use that" and the question.
 */
function answerAhead<D extends ConsentGated>(step: StepDef<D>, outcome: StepOutcome<D>, ctx: StepContext<D>): StepOutcome<D> {
  const data = ('data' in outcome ? outcome.data : undefined) ?? ctx.data;
  const { ahead, ...rest } = data;
  if (ahead === undefined) return outcome;
  const without = rest as D;
  if (outcome.type === 'stay' && (outcome.effects?.length ?? 0) > 0) return outcome;
  if (outcome.type !== 'stay' || outcome.reprompt !== true) {
    return outcome.type === 'done' ? outcome : { ...outcome, data: without };
  }
  const typed: StepInput = { type: 'text', text: ahead };
  const answer = step.on(typed, { ...ctx, data: without });
  const before = outcome.say ?? [];
  if (answer.type === 'invalid') {
    return { type: 'stay', data: answer.data ?? without, say: [...before, say(invalidAnswerText(step, { ...ctx, data: answer.data ?? without }, typed, answer.reason))], reprompt: true };
  }
  if (answer.type === 'done') return { ...answer, say: [...before, ...(answer.say ?? [])] };
  return keepConsent({ ...answer, data: answer.data ?? without, say: [...before, ...(answer.say ?? [])] });
}

/** The step's own outcome, with the confirmation kept in data it replaces. */
function keepConsent<D extends ConsentGated>(outcome: StepOutcome<D>): StepOutcome<D> {
  if ((outcome.type === 'goto' || outcome.type === 'stay' || outcome.type === 'start') && outcome.data !== undefined) {
    return { ...outcome, data: { ...outcome.data, consented: true } };
  }
  return outcome;
}
