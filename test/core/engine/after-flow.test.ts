/**
 * A step asked again after a flow started over it ended with its own reply (core/engine/engine.ts
 * returnTo): shorter where the step says so (StepDef.afterFlow), and each button once — the
 * ended flow's last message keeps none that the question below shows, nor one opening its flow
 * where it stands; one leading elsewhere in that flow (its start from a question of its own,
 * another record) stays, and pressed, goes there.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { deepLinkButtonId, defineFlow, type StepInput } from '../../../src/core/engine/flow.js';
import { say, type Button } from '../../../src/core/messages.js';
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

/** Flow `id`: asks once, then ends with `text` and `buttons`, whatever the answer. */
const endingWith = (id: string, text: string, buttons: readonly Button[]) =>
  defineFlow<Record<string, never>>({
    id,
    version: 1,
    title: verbatim(id),
    start: () => ({ step: 'ask', data: {} }),
    steps: {
      ask: { expects: verbatim('anything'), prompt: () => say(verbatim('Which?')), on: () => ({ type: 'done', say: [say(verbatim(text), buttons)] }) },
    },
  });

const check = endingWith('check', 'Status', [{ id: 'again', label: verbatim('Again') }, { id: deepLinkButtonId('p', ''), label: verbatim('Panel') }, { id: 'menu', label: verbatim('Menu') }]);

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

/**
 * A flow with a screen per record (deep link `r:<id>`, as an alert's Verifikasi names its
 * record) and a question of its own ("quiet") that shows no way back to its start; "check"
 * typed at either starts `ended` over it.
 */
const records = defineFlow<{ readonly id?: string }>({
  id: 'records',
  version: 1,
  title: verbatim('records'),
  deepLink: 'r',
  start: (input) => {
    const arg = (input as { deepLinkArg?: string } | undefined)?.deepLinkArg ?? '';
    return arg === '' ? { step: 'home', data: {} } : { step: 'record', data: { id: arg } };
  },
  steps: {
    home: {
      expects: verbatim('a button'),
      prompt: () => say(verbatim('Records'), [{ id: 'quiet', label: verbatim('Quiet') }]),
      on: (input) =>
        input.type === 'button' && input.id === 'quiet' ? { type: 'goto', step: 'quiet' } : input.type === 'text' && input.text === 'check' ? { type: 'start', flow: 'ended' } : { type: 'invalid' },
    },
    record: {
      expects: verbatim('a verdict'),
      prompt: ({ data }) => say(verbatim(`Record ${data.id ?? '?'}`), [{ id: 'ok', label: verbatim('OK') }]),
      on: (input) => (input.type === 'text' && input.text === 'check' ? { type: 'start', flow: 'ended' } : { type: 'invalid' }),
    },
    quiet: {
      expects: verbatim('hours'),
      prompt: () => say(verbatim('Quiet hours?'), [{ id: 'off', label: verbatim('Off') }]),
      on: (input) => (input.type === 'text' && input.text === 'check' ? { type: 'start', flow: 'ended' } : { type: 'invalid' }),
    },
  },
});

/** Ends with the records' start (🛡️ Menu petugas) and record b's screen (the next alert) as buttons. */
const ended = endingWith('ended', 'Done', [{ id: deepLinkButtonId('r', ''), label: verbatim('Records') }, { id: deepLinkButtonId('r', 'b'), label: verbatim('Record b') }, { id: 'menu', label: verbatim('Menu') }]);

const recordsEngine = createEngine({ flows: [openingRoot, records, ended], rootFlow: 'root', languageFlow: 'root', idleTimeoutMs: 3_600_000, maxInvalid: 5 });

/** The state and each message's button ids after `ended` finished over the records flow, opened by `open` and taken on by `reach`. */
function endedOver(open: StepInput, reach: readonly StepInput[] = []) {
  let state = recordsEngine.step(null, open, env).state;
  for (const input of [...reach, { type: 'text', text: 'check' } as const]) state = recordsEngine.step(state, input, env).state;
  const result = recordsEngine.step(state, { type: 'text', text: 'b' }, env);
  return { state: result.state, buttons: result.messages.map((message) => message.buttons?.map((button) => button.id) ?? []) };
}

const openRecords: StepInput = { type: 'text', text: 'records' };

describe('a deep link into the flow asked again below, on the ended flow\'s last message', () => {
  it('is left off where it leads to what is on screen below: the flow\'s start, standing at it', () => {
    const { buttons } = endedOver(openRecords);
    expect(buttons).toEqual([[deepLinkButtonId('r', 'b'), 'menu'], ['quiet']]);
  });

  it('is kept where the flow below stands elsewhere (a question of its own), and pressed, opens the flow\'s start', () => {
    const { state, buttons } = endedOver(openRecords, [{ type: 'button', id: 'quiet' }]);
    expect(buttons).toEqual([[deepLinkButtonId('r', ''), deepLinkButtonId('r', 'b'), 'menu'], ['off']]);
    const pressed = recordsEngine.step(state, { type: 'button', id: deepLinkButtonId('r', '') }, env);
    expect(pressed.state.stack.at(-1)).toMatchObject({ flow: 'records', step: 'home' });
  });

  it('is kept where it names another record than the one on screen below (the next alert), and pressed, opens that record', () => {
    const { state, buttons } = endedOver({ type: 'button', id: deepLinkButtonId('r', 'a') });
    expect(buttons).toEqual([[deepLinkButtonId('r', ''), deepLinkButtonId('r', 'b'), 'menu'], ['ok']]);
    const pressed = recordsEngine.step(state, { type: 'button', id: deepLinkButtonId('r', 'b') }, env);
    expect(pressed.state.stack.at(-1)).toMatchObject({ flow: 'records', step: 'record', data: { id: 'b' } });
  });
});
