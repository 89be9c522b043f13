/**
 * A step asked again after a flow started over it ended with its own reply (core/engine/engine.ts
 * returnTo): shorter where the step says so (StepDef.afterFlow), and each button once — the
 * ended flow's last message keeps none that the question below shows, nor one opening its flow.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { deepLinkButtonId, defineFlow } from '../../../src/core/engine/flow.js';
import { say } from '../../../src/core/messages.js';
import { verbatim } from '../../../src/core/text.js';
import { openingRoot, testEnv } from './test-flows.js';

const panel = (afterFlow: boolean) =>
  defineFlow<Record<string, never>>({
    id: 'panel',
    version: 1,
    title: verbatim('panel'),
    deepLink: 'p',
    start: () => ({ step: 'home', data: {} }),
    steps: {
      home: {
        expects: verbatim('a button'),
        prompt: () => say(verbatim('Long summary'), [{ id: 'a', label: verbatim('A') }, { id: 'menu', label: verbatim('Menu') }]),
        ...(afterFlow && { afterFlow: () => say(verbatim('Panel:'), [{ id: 'a', label: verbatim('A') }, { id: 'menu', label: verbatim('Menu') }]) }),
        on: (input) => (input.type === 'text' && input.text === 'check' ? { type: 'start', flow: 'check' } : { type: 'invalid' }),
      },
    },
  });

const check = defineFlow<Record<string, never>>({
  id: 'check',
  version: 1,
  title: verbatim('check'),
  start: () => ({ step: 'ask', data: {} }),
  steps: {
    ask: {
      expects: verbatim('anything'),
      prompt: () => say(verbatim('Which?')),
      on: () => ({
        type: 'done',
        say: [say(verbatim('Status'), [{ id: 'again', label: verbatim('Again') }, { id: deepLinkButtonId('p', ''), label: verbatim('Panel') }, { id: 'menu', label: verbatim('Menu') }])],
      }),
    },
  },
});

const engineWith = (afterFlow: boolean) =>
  createEngine({ flows: [openingRoot, panel(afterFlow), check], rootFlow: 'root', languageFlow: 'root', idleTimeoutMs: 3_600_000, maxInvalid: 5 });

const env = testEnv('2026-12-05T08:00:00Z');

function afterCheck(afterFlow: boolean) {
  const engine = engineWith(afterFlow);
  const opened = engine.step(null, { type: 'text', text: 'panel' }, env).state;
  const asked = engine.step(opened, { type: 'text', text: 'check' }, env).state;
  return engine.step(asked, { type: 'text', text: 'sidoarum' }, env).messages.map((message) => ({ body: JSON.stringify(message.body), buttons: message.buttons?.map((button) => button.id) }));
}

describe('a step asked again after a flow over it ended', () => {
  it('is asked in its short form, with each button once: the ended flow keeps only its own', () => {
    const [status, panelAgain, ...rest] = afterCheck(true);
    expect(rest).toEqual([]);
    expect(status).toEqual({ body: expect.stringContaining('Status'), buttons: ['again'] });
    expect(panelAgain).toEqual({ body: expect.stringContaining('Panel:'), buttons: ['a', 'menu'] });
  });

  it('is asked whole where it has no short form, the buttons still once', () => {
    const [status, panelAgain] = afterCheck(false);
    expect(status!.buttons).toEqual(['again']);
    expect(panelAgain!.body).toContain('Long summary');
  });
});
