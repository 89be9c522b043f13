/**
 * What a step refuses goes to `fallbackFlows` with the input and the person's env alone: the
 * flow they name opens at any step that refused it, one asking for a place (StepDef.asides
 * 'eager'), for a name or for a button alike. Words that must stay a step's own where a place is
 * asked (a language's name) are `commandFlows`' (told of the step, see AsideOptions), not these.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { openingRoot as root, refusingFlow as refusing, testEnv } from './test-flows.js';

const env = testEnv('2026-12-05T08:00:00Z');
/** The arguments each fallback was asked with. */
const asked: unknown[][] = [];
const engine = createEngine({
  flows: [root, refusing('place', 'eager'), refusing('name', true), refusing('buttons'), refusing('side')],
  rootFlow: 'root',
  languageFlow: 'root',
  idleTimeoutMs: 3_600_000,
  maxInvalid: 5,
  fallbackFlows: (...args) => {
    asked.push(args);
    const [input] = args;
    return input.type === 'text' && input.text === 'elsewhere' ? { flow: 'side' } : null;
  },
});

const flowsAfter = (opened: string) => {
  const standing = engine.step(null, { type: 'text', text: opened }, env).state;
  return engine.step(standing, { type: 'text', text: 'elsewhere' }, env).state.stack.map((frame) => frame.flow);
};

describe('the fallback of a refused text', () => {
  it('opens its flow at any step that refused it, one asking for a place too', () => {
    expect(flowsAfter('place')).toEqual(['root', 'place', 'side']);
    expect(flowsAfter('buttons')).toEqual(['root', 'buttons', 'side']);
    expect(flowsAfter('name')).toEqual(['root', 'name', 'side']);
  });

  it('is given the input and the env, nothing of the step', () => {
    asked.length = 0;
    flowsAfter('place');
    expect(asked.at(-1)).toEqual([{ type: 'text', text: 'elsewhere' }, env]);
  });
});
