/**
 * A message typed in ❓ Tanya is read once (issue #14): the request in it, the wish to join
 * and the FAQ's answer all come from one reading of it. Was three: the request, then a whole
 * understand() that read the request again, then the FAQ's match (its one-entry memory
 * forgotten by then). Counted on the FAQ matcher the flow is built with.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, statusThresholds } from '../../../src/config/config.js';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { createAssistant } from '../../../src/domain/assistant.js';
import type { FaqMatcher } from '../../../src/domain/faq/matcher.js';
import { appEngine, standingAt } from '../../support/assistant.js';
import { realMatcher } from './real-knowledge.js';

const NOW = '2026-12-05T08:00:00.000Z';
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };

/** The real matcher, counting how often it reads `text` whole (explain or match) and strips a greeting. */
function countingMatcher(text: string): { readonly faq: FaqMatcher; readonly wholeReads: () => number; readonly greetingChecks: () => number } {
  const real = realMatcher();
  let whole = 0;
  let greetings = 0;
  const faq: FaqMatcher = {
    match: (typed) => ((whole += typed === text ? 1 : 0), real.match(typed)),
    explain: (typed) => ((whole += typed === text ? 1 : 0), real.explain(typed)),
    withoutGreeting: (tokens) => ((greetings += 1), real.withoutGreeting(tokens)),
  };
  return { faq, wholeReads: () => whole, greetingChecks: () => greetings };
}

/** Steps the app's engine once at ❓ Tanya with `text` typed, over a matcher counting its reads. */
function typedInTanya(text: string) {
  const counting = countingMatcher(text);
  const assistant = createAssistant({ faq: counting.faq, thresholds: statusThresholds(loadConfig({})) });
  const step = appEngine(assistant).step(standingAt(assistant, 'faq', 'topic', {}, NOW), { type: 'text', text }, env);
  return { ...counting, messages: JSON.stringify(step.messages) };
}

describe('a question typed in ❓ Tanya', () => {
  it('is read whole by the FAQ once, and its request once', () => {
    const typed = typedInTanya('apa itu wksbm?');
    expect(typed.messages).toContain('faq:topics.definition.answer');
    expect(typed.wholeReads()).toBe(1);
    // The request's greeting check, and the wish to join's: not the request's again.
    expect(typed.greetingChecks()).toBe(2);
  });

  it('answers a wish to join as before, read once too', () => {
    const typed = typedInTanya('kami dari posyandu mawar mau ikut wksbm');
    expect(typed.messages).toContain('"id":"intent:register:posyandu?n=Posyandu+Mawar"');
    expect(typed.greetingChecks()).toBe(2);
  });
});
