/**
 * `batal` ("gak jadi") at a step with StepDef.cancelWithin: the flow goes to the step that says,
 * with its data and words, instead of ending (a change in Kelompok saya dropped, its group's
 * screen again); `kembali` there goes where it went before the change began. A step without it,
 * or one whose cancelWithin answers null, ends the flow as before; one that answers `ends` ends it
 * with its own line instead of the flow's (a change asked about at the menu: "jumlah anggota tetap 25").
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { defineFlow } from '../../../src/core/engine/flow.js';
import { say } from '../../../src/core/messages.js';
import { verbatim } from '../../../src/core/text.js';
import { openingRoot as root, testEnv } from './test-flows.js';

interface Data {
  readonly value?: string;
  /** The change may not be dropped alone (cancelWithin answers null). */
  readonly whole?: boolean;
  /** The flow ends with its own line (cancelWithin answers `ends`). */
  readonly ends?: boolean;
}

/**
 * A screen ("screen?") opening a change ("change?", any text saved as the value); "whole" opens one
 * that batal ends entirely, "ends" one that batal ends with its own line.
 */
const editing = defineFlow<Data>({
  id: 'editing',
  version: 1,
  title: verbatim('editing'),
  start: () => ({ step: 'list', data: {} }),
  steps: {
    list: { expects: verbatim('anything'), prompt: () => say(verbatim('list?')), on: () => ({ type: 'goto', step: 'screen' }) },
    screen: {
      expects: verbatim('anything'),
      prompt: ({ data }) => say(verbatim(`screen? ${data.value ?? '-'}`)),
      on: (input) => ({ type: 'goto', step: 'change', data: { whole: input.type === 'text' && input.text === 'whole', ends: input.type === 'text' && input.text === 'ends' } }),
    },
    change: {
      expects: verbatim('anything'),
      prompt: () => say(verbatim('change?')),
      cancelWithin: ({ data }) =>
        data.whole === true
          ? null
          : data.ends === true
            ? { ends: true, say: [say(verbatim('nothing changed, the value stays'))] }
            : { step: 'screen', data: { value: 'kept' }, say: [say(verbatim('change dropped'))] },
      on: (input) => (input.type === 'text' ? { type: 'goto', step: 'screen', data: { value: input.text } } : { type: 'invalid' }),
    },
  },
});

const env = testEnv('2026-12-07T08:00:00Z');

function engineAtChange(opening: string) {
  const engine = createEngine({ flows: [root, editing], rootFlow: 'root', languageFlow: 'root', idleTimeoutMs: 3_600_000, maxInvalid: 5 });
  let state = engine.step(null, { type: 'text', text: 'editing' }, env).state;
  state = engine.step(state, { type: 'text', text: 'pick' }, env).state;
  state = engine.step(state, { type: 'text', text: opening }, env).state;
  const send = (text: string) => {
    const result = engine.step(state, { type: 'text', text }, env);
    state = result.state;
    return { said: JSON.stringify(result.messages), top: state.stack.at(-1)! };
  };
  return send;
}

describe('batal at a step that drops only its change', () => {
  it('goes to the step it names, with its data and words, the flow kept', () => {
    for (const typed of ['batal', 'gak jadi']) {
      const send = engineAtChange('open');
      const cancelled = send(typed);
      expect(cancelled.said, typed).toContain('change dropped');
      expect(cancelled.said, typed).toContain('screen? kept');
      expect(cancelled.top.flow, typed).toBe('editing');
      expect(cancelled.top.step, typed).toBe('screen');
      // Back from the screen: the list before it, not the change dropped.
      const back = send('kembali');
      expect(back.top.step, typed).toBe('list');
    }
  });

  it('ends the flow as before where cancelWithin answers null', () => {
    const send = engineAtChange('whole');
    const cancelled = send('batal');
    expect(cancelled.said).not.toContain('change dropped');
    expect(cancelled.top.flow).toBe('root');
  });

  it("ends the flow with the step's own line, not the flow's, where cancelWithin answers ends", () => {
    for (const typed of ['batal', 'ga jadi']) {
      const send = engineAtChange('ends');
      const cancelled = send(typed);
      expect(cancelled.said, typed).toContain('nothing changed, the value stays');
      expect(cancelled.said, typed).not.toContain('engine.cancelled');
      expect(cancelled.said, typed).not.toContain('change dropped');
      expect(cancelled.top.flow, typed).toBe('root');
    }
  });
});
