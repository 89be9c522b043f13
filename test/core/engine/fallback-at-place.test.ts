/**
 * What the engine tells `fallbackFlows` of the step that refused a text: whether it asks for a
 * place (StepDef.asides 'eager'), where a word it refused may still have been meant as one, so
 * that the assistant opens nothing for it there ("Indonesia" is no request for a language where
 * an area is asked) and opens it at any other step.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { openingRoot as root, refusingFlow as refusing, testEnv } from './test-flows.js';

const env = testEnv('2026-12-05T08:00:00Z');
const engine = createEngine({
  flows: [root, refusing('place', 'eager'), refusing('name', true), refusing('buttons'), refusing('side')],
  rootFlow: 'root',
  languageFlow: 'root',
  idleTimeoutMs: 3_600_000,
  maxInvalid: 5,
  fallbackFlows: (input, _env, step) => (input.type === 'text' && input.text === 'elsewhere' && !step.eager ? { flow: 'side' } : null),
});

const flowsAfter = (opened: string) => {
  const standing = engine.step(null, { type: 'text', text: opened }, env).state;
  return engine.step(standing, { type: 'text', text: 'elsewhere' }, env).state.stack.map((frame) => frame.flow);
};

describe('the step a fallback is asked about', () => {
  it('is told to ask for a place at an eager step, and the text stays refused there', () => {
    expect(flowsAfter('place')).toEqual(['root', 'place']);
  });

  it('is told no place is asked at any other step, where the fallback opens', () => {
    expect(flowsAfter('buttons')).toEqual(['root', 'buttons', 'side']);
    expect(flowsAfter('name')).toEqual(['root', 'name', 'side']);
  });
});
