/**
 * flow-kit's keepingTypedAlong: another question's answer typed with this one's is kept and said
 * back, the rest answered as if typed alone. A rest that finishes the flow (a sub-flow returning
 * its answers) ended it without the line that says what was kept: the person never heard it.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepDef } from '../../src/core/engine/flow.js';
import { say } from '../../src/core/messages.js';
import { t } from '../../src/core/text.js';
import { keepingTypedAlong, textOf } from '../../src/domain/flow-kit.js';

interface Data {
  readonly ketua?: string;
  readonly answer?: string;
}

/** A last question: its answer ends the flow, with everything answered as its result. */
const last: StepDef<Data> = {
  prompt: () => say(t('test.ask')),
  expects: t('test.ask'),
  on: (input, { data }) => ({ type: 'done', say: [say(t('test.done'))], result: { ...data, answer: textOf(input) } }),
};

/** "…, ketuanya bu Sri": the ketua kept, the rest the step's. */
const step = keepingTypedAlong(last, (typed, data) => {
  const at = typed.indexOf(', ketuanya ');
  return at < 0 ? null : { data: { ...data, ketua: typed.slice(at + 11) }, said: say(t('test.kept')), rest: typed.slice(0, at) };
});

describe('keepingTypedAlong', () => {
  it('says what it kept when the rest ends the flow, and ends it with the part kept', () => {
    const outcome = step.on({ type: 'text', text: 'selesai, ketuanya bu Sri' }, { data: {}, env: {} as FlowEnv });
    expect(outcome.type).toBe('done');
    if (outcome.type !== 'done') return;
    expect(outcome.result).toEqual({ ketua: 'bu Sri', answer: 'selesai' });
    expect(outcome.say).toEqual([say(t('test.kept')), say(t('test.done'))]);
  });

  it('leaves an answer with nothing kept as the step reads it', () => {
    expect(step.on({ type: 'text', text: 'selesai' }, { data: {}, env: {} as FlowEnv })).toEqual({ type: 'done', say: [say(t('test.done'))], result: { answer: 'selesai' } });
  });
});
