/**
 * Courtesy typed at a step that does not take it ("ok makasih" under 🔒 Data saya, "halo" at
 * the officer's panel): the engine's `courtesy` answers it and the question follows again,
 * instead of "that answer cannot be used"; it counts as no invalid answer. A step that
 * takes the words as its answer still gets them, and any other refused text is refused as before.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { defineFlow } from '../../../src/core/engine/flow.js';
import { say } from '../../../src/core/messages.js';
import { verbatim } from '../../../src/core/text.js';
import { openingRoot as root, testEnv } from './test-flows.js';

type Data = { readonly got?: string };

/** A screen of buttons: every text refused. */
const screen = defineFlow<Data>({
  id: 'screen',
  version: 1,
  title: verbatim('screen'),
  start: () => ({ step: 'show', data: {} }),
  steps: { show: { expects: verbatim('a button'), prompt: () => say(verbatim('screen?')), on: () => ({ type: 'invalid' }) } },
});

/** A question whose answer is any text, "makasih" too. */
const open = defineFlow<Data>({
  id: 'open',
  version: 1,
  title: verbatim('open'),
  start: () => ({ step: 'ask', data: {} }),
  steps: {
    ask: {
      expects: verbatim('anything'),
      prompt: () => say(verbatim('open?')),
      on: (input) => (input.type === 'text' ? { type: 'done', say: [say(verbatim(`got ${input.text}`))] } : { type: 'invalid' }),
    },
  },
});

const env = testEnv('2026-12-05T08:00:00Z');

const engine = createEngine({
  flows: [root, screen, open],
  rootFlow: 'root',
  languageFlow: 'root',
  idleTimeoutMs: 3_600_000,
  maxInvalid: 2,
  courtesy: (text) => (text === 'makasih' ? [say(verbatim('sama-sama'))] : null),
});

/** Opens `flow`, then types each of `texts`: what was said to each. */
function typedAt(flow: string, ...texts: string[]): string[] {
  let state = engine.step(null, { type: 'text', text: flow }, env).state;
  return texts.map((text) => {
    const result = engine.step(state, { type: 'text', text }, env);
    state = result.state;
    return JSON.stringify(result.messages);
  });
}

describe('courtesy at a step that refused it', () => {
  it('is answered, then the question again, with no "cannot be used"', () => {
    const [said] = typedAt('screen', 'makasih');
    expect(said).toContain('sama-sama');
    expect(said).toContain('screen?');
    expect(said).not.toContain('engine.invalid');
  });

  it('counts as no invalid answer, and other words are refused as before', () => {
    const [first, thanks, second] = typedAt('screen', 'xyz', 'makasih', 'xyz');
    expect(first).toContain('engine.invalid');
    expect(thanks).not.toContain('engine.offerMenu');
    // Two refusals in a row with maxInvalid 2: the menu is offered at the second, courtesy between them counted as none.
    expect(second).toContain('engine.offerMenu');
  });

  it('leaves the words to a step that takes them as its answer', () => {
    const [said] = typedAt('open', 'makasih');
    expect(said).toContain('got makasih');
    expect(said).not.toContain('sama-sama');
  });
});
