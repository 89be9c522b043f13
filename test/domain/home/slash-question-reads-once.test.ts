/**
 * "/tanya <question>" typed at a step is read once: the question, for its answer (the asides)
 * and the language of that answer. Was twice: the asides read the question, then the language
 * guess read the whole "/tanya …" again (its request, its FAQ explanation, its understanding),
 * and where a step may be closed by thanks (the status check) the FAQ read the whole text for
 * that too. Counted on the readers and the FAQ matcher the assistant is built with.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, statusThresholds } from '../../../src/config/config.js';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { createAssistant } from '../../../src/domain/assistant.js';
import type { FaqMatcher } from '../../../src/domain/faq/matcher.js';
import { readersOf, type Readers } from '../../../src/domain/understanding/question-reading.js';
import { appEngine, standingAt } from '../../support/assistant.js';
import { realMatcher } from '../faq/real-knowledge.js';

const NOW = '2026-12-05T08:00:00.000Z';
const QUESTION = 'apa itu wksbm?';
const TYPED = `/tanya ${QUESTION}`;

/** Steps the app's engine once at `step` of `flow` with `text`, counting every reading by text. */
function typedAt(flow: string, step: string, text: string, localeChosen: boolean) {
  const real = realMatcher();
  const reads: string[] = [];
  const faq: FaqMatcher = { ...real, explain: (typed) => (reads.push(`faq ${typed}`), real.explain(typed)) };
  const inner = readersOf(faq);
  const readers: Readers = {
    request: (typed, now) => (reads.push(`request ${typed}`), inner.request(typed, now)),
    explain: (typed) => inner.explain(typed),
    understand: (typed, now, read) => (reads.push(`understand ${typed}`), inner.understand(typed, now, read)),
    tie: (typed) => inner.tie(typed),
  };
  const assistant = createAssistant({ faq, readers, thresholds: statusThresholds(loadConfig({})) });
  const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', localeChosen, displayName: null, phoneE164: null } };
  const result = appEngine(assistant).step(standingAt(assistant, flow, step, {}, NOW), { type: 'text', text }, env);
  const times = (reading: string) => reads.filter((read) => read === reading).length;
  return { said: JSON.stringify(result.messages), reads, times };
}

describe('"/tanya <question>" typed at a step', () => {
  it.each([
    ['status.check', 'where'],
    ['group.register', 'type'],
  ])('is answered from one reading of the question at %s (%s)', (flow, step) => {
    for (const localeChosen of [false, true]) {
      const typed = typedAt(flow, step, TYPED, localeChosen);
      expect(typed.said).toContain('faq:topics.definition.answer');
      // Nothing reads the whole "/tanya …": the question is what is asked.
      expect(typed.reads.filter((read) => read.endsWith(TYPED)), typed.reads.join('\n')).toEqual([]);
      expect(typed.times(`request ${QUESTION}`), typed.reads.join('\n')).toBe(1);
    }
  });

  it('reads the question as much as the question typed alone', () => {
    for (const [flow, step] of [['status.check', 'where'], ['group.register', 'type']] as const) {
      const alone = typedAt(flow, step, QUESTION, false);
      const slashed = typedAt(flow, step, TYPED, false);
      expect(slashed.said).toBe(alone.said);
      expect(slashed.reads.length, slashed.reads.join('\n')).toBeLessThanOrEqual(alone.reads.length);
    }
  });
});
