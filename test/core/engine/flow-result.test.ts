/**
 * Typed sub-flow results (core/engine/flow-result.ts) through the real engine: the parent
 * reads what the sub-flow ended with, and only that.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { defineFlow, type FlowEnv } from '../../../src/core/engine/flow.js';
import { defineFlowResult } from '../../../src/core/engine/flow-result.js';
import { say } from '../../../src/core/messages.js';
import type { PersonView } from '../../../src/core/ports.js';
import { verbatim } from '../../../src/core/text.js';

const COLOUR = defineFlowResult<{ readonly colour: string }>()('pick.colour');

const child = defineFlow<Record<string, never>>({
  id: COLOUR.flowId,
  version: 1,
  title: verbatim('colour'),
  start: () => ({ step: 'ask', data: {} }),
  steps: {
    ask: {
      expects: verbatim('a colour'),
      prompt: () => say(verbatim('Which colour?')),
      on: (input) => (input.type === 'text' ? COLOUR.done({ colour: input.text }, [say(verbatim('noted'))]) : { type: 'invalid' }),
    },
  },
});

const root = defineFlow<{ readonly got?: string; readonly other?: boolean }>({
  id: 'root',
  version: 1,
  title: verbatim('root'),
  start: () => ({ step: 'home', data: {} }),
  steps: {
    home: {
      expects: verbatim('anything'),
      prompt: () => say(verbatim('Home')),
      on(input) {
        const picked = COLOUR.result(input);
        if (picked) return { type: 'stay', data: { got: picked.colour } };
        if (input.type === 'effect-result') return { type: 'stay', data: { other: COLOUR.is(input) } };
        return { type: 'start', flow: COLOUR.flowId };
      },
    },
  },
});

const person: PersonView = { id: 'p1', locale: 'id', displayName: null, phoneE164: null };
const env: FlowEnv = { now: new Date('2026-12-05T08:00:00Z'), person };

describe('defineFlowResult', () => {
  it('hands the sub-flow result to the parent under the flow-result name, with the sub-flow’s last words', () => {
    const engine = createEngine({ flows: [root, child], rootFlow: 'root', languageFlow: 'root', idleTimeoutMs: 3_600_000, maxInvalid: 5 });
    let state = engine.step(null, { type: 'text', text: 'go' }, env).state;
    const result = engine.step(state, { type: 'text', text: 'teal' }, env);
    state = result.state;
    expect(COLOUR.name).toBe('flow:pick.colour');
    expect(JSON.stringify(result.messages)).toContain('noted');
    expect(state).toMatchObject({ stack: [{ flow: 'root', data: { got: 'teal' } }] });
  });

  it('does not take another effect result for the sub-flow result', () => {
    const other = { type: 'effect-result', effect: 'groups.listMine', value: { colour: 'red' } } as const;
    expect(COLOUR.is(other)).toBe(false);
    expect(COLOUR.result(other)).toBeUndefined();
    expect(COLOUR.done({ colour: 'red' })).toEqual({ type: 'done', result: { colour: 'red' } });
  });
});
