/**
 * What a typed command's flow start carries besides the flow (core/engine/engine.ts,
 * CommandFlowStart): words said before the flow's first question, and effects performed before
 * the flow's own, at the root and in the middle of another flow; `commandFlows` sees the person.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { defineFlow } from '../../../src/core/engine/flow.js';
import { say, type OutboundMessage } from '../../../src/core/messages.js';
import { verbatim } from '../../../src/core/text.js';
import { testEnv } from './test-flows.js';

const asking = (id: string, question: string) =>
  defineFlow<Record<string, never>>({
    id,
    version: 1,
    title: verbatim(id),
    start: () => ({ step: 'ask', data: {}, effects: [{ type: `${id}.load`, payload: {} }] }),
    steps: { ask: { expects: verbatim('anything'), prompt: () => say(verbatim(question)), on: () => ({ type: 'invalid' }) } },
  });

const root = defineFlow<Record<string, never>>({
  id: 'root',
  version: 1,
  title: verbatim('root'),
  start: () => ({ step: 'home', data: {} }),
  steps: { home: { expects: verbatim('anything'), prompt: () => say(verbatim('Home')), on: (input) => (input.type === 'text' ? { type: 'start', flow: 'form' } : { type: 'invalid' }) } },
});

const env = testEnv('2026-12-05T08:00:00Z');

const engine = createEngine({
  flows: [root, asking('form', 'Name?'), asking('data', 'Your data')],
  rootFlow: 'root',
  languageFlow: 'root',
  idleTimeoutMs: 3_600_000,
  maxInvalid: 5,
  commandFlows: (input, { person: who }) =>
    input.type === 'text' && input.text === '/data' ? { flow: 'data', say: [say(verbatim(`before, for ${who.id}`))], effects: [{ type: 'person.guess', payload: {} }] } : null,
});

const texts = (messages: readonly OutboundMessage[]) => messages.map((message) => JSON.stringify(message.body));

describe('a command flow started with words and effects', () => {
  it('says the words before the first question and performs the effects before the flow\'s own, at the root', () => {
    const result = engine.step(null, { type: 'text', text: '/data' }, env);
    expect(texts(result.messages)).toEqual([expect.stringContaining('before, for p1'), expect.stringContaining('Your data')]);
    expect(result.effects.map((effect) => effect.type)).toEqual(['person.guess', 'data.load']);
  });

  it('does the same in the middle of another flow, which stays below', () => {
    const inForm = engine.step(null, { type: 'text', text: 'go' }, env).state;
    const result = engine.step(inForm, { type: 'text', text: '/data' }, env);
    expect(texts(result.messages)).toEqual([expect.stringContaining('before, for p1'), expect.stringContaining('Your data')]);
    expect(result.effects.map((effect) => effect.type)).toEqual(['person.guess', 'data.load']);
    expect(result.state.stack.map((frame) => frame.flow)).toEqual(['root', 'form', 'data']);
  });
});

describe('where a command is typed', () => {
  const place = defineFlow<Record<string, never>>({
    id: 'place',
    version: 1,
    title: verbatim('place'),
    start: () => ({ step: 'where', data: {} }),
    steps: { where: { expects: verbatim('a place'), prompt: () => say(verbatim('Where?')), on: () => ({ type: 'invalid' }), asides: 'eager' } },
  });
  const told: unknown[] = [];
  const telling = createEngine({
    flows: [root, asking('form', 'Name?'), place],
    rootFlow: 'root',
    languageFlow: 'root',
    idleTimeoutMs: 3_600_000,
    maxInvalid: 5,
    commandFlows: (_input, _env, at) => {
      told.push(at);
      return null;
    },
  });
  const standing = (flow: string) => ({ v: 1, stack: [{ flow: 'root', version: 1, step: 'home', data: {}, history: [] }, { flow, version: 1, step: flow === 'place' ? 'where' : 'ask', data: {}, history: [] }], invalid: 0, lastActiveAt: '2026-12-05T08:00:00Z' });

  it('is told to commandFlows as to asides: the flows under way, the step, and whether a place is asked', () => {
    told.length = 0;
    telling.step(standing('form'), { type: 'text', text: 'english' }, env);
    telling.step(standing('place'), { type: 'text', text: 'english' }, env);
    expect(told).toEqual([
      { eager: false, flows: ['root', 'form'], step: 'ask' },
      { eager: true, flows: ['root', 'place'], step: 'where' },
    ]);
  });
});
