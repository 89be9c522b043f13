/**
 * What a step reads itself is no aside, and the engine says so to its `asides`, not the
 * assistant by flow id: words the step leaves to the fallback flows (StepDef.readsWithoutAsides,
 * "daftar kelompok" at a status check's desa question) are not asked about at all, and the
 * topic its question is about (StepDef.answersTopic, a count of desa where its area is asked)
 * reaches the asides, which stay silent on it.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type AsideOptions } from '../../../src/core/engine/engine.js';
import { defineFlow, type StepDef } from '../../../src/core/engine/flow.js';
import { say } from '../../../src/core/messages.js';
import { verbatim } from '../../../src/core/text.js';
import { openingRoot as root, testEnv } from './test-flows.js';

type Data = Record<string, never>;

/** A flow of one step that refuses every text, with `extra` step properties. */
const refusing = (id: string, extra: Partial<StepDef<Data>>) =>
  defineFlow<Data>({
    id,
    version: 1,
    title: verbatim(id),
    start: () => ({ step: 'ask', data: {} }),
    steps: { ask: { expects: verbatim('anything'), prompt: () => say(verbatim(`${id}?`)), on: () => ({ type: 'invalid' }), ...extra } },
  });

const env = testEnv('2026-12-05T08:00:00Z');

/** Opens `flow`, types `text` there; what the asides were asked, and the flows open after. */
function typedAt(flow: string, text: string): { readonly asked: AsideOptions[]; readonly flows: string[]; readonly said: string } {
  const asked: AsideOptions[] = [];
  const engine = createEngine({
    flows: [
      root,
      refusing('leaves', { asides: 'eager', readsWithoutAsides: (typed) => typed === 'other entry' }),
      refusing('leavesNoAsides', { readsWithoutAsides: (typed) => typed === 'other entry' }),
      refusing('counts', { asides: 'eager', answersTopic: 'counts' }),
      refusing('plain', { asides: 'eager' }),
      refusing('other', {}),
    ],
    rootFlow: 'root',
    languageFlow: 'root',
    idleTimeoutMs: 3_600_000,
    maxInvalid: 5,
    asides: (typed, options) => {
      asked.push(options);
      return options.answersTopic === 'counts' ? null : [say(verbatim(`aside: ${typed}`))];
    },
  });
  const standing = engine.step(null, { type: 'text', text: flow }, env).state;
  const result = engine.step(standing, { type: 'text', text }, env);
  const said = JSON.stringify(result.messages);
  return { asked, flows: result.state.stack.map((frame) => frame.flow), said };
}

describe('a step reading what would be an aside', () => {
  it('leaves words to the fallback flows unasked, at a step taking asides and at one refusing them', () => {
    for (const flow of ['leaves', 'leavesNoAsides']) {
      const typed = typedAt(flow, 'other entry');
      expect(typed.asked).toEqual([]);
      expect(typed.said).not.toContain('aside:');
    }
  });

  it('has its other words asked about as before', () => {
    expect(typedAt('leaves', 'apa itu?').said).toContain('aside: apa itu?');
    expect(typedAt('leavesNoAsides', 'apa itu?').said).toContain('aside: apa itu?');
  });

  it("tells the asides the topic its question is about, and only that step's", () => {
    expect(typedAt('counts', 'berapa?').asked).toEqual([{ eager: true, flows: ['root', 'counts'], step: 'ask', answersTopic: 'counts' }]);
    expect(typedAt('counts', 'berapa?').said).not.toContain('aside:');
    expect(typedAt('plain', 'berapa?').asked).toEqual([{ eager: true, flows: ['root', 'plain'], step: 'ask' }]);
    expect(typedAt('other', 'berapa?').asked).toEqual([{ eager: false, flows: ['root', 'other'], step: 'ask' }]);
  });
});
