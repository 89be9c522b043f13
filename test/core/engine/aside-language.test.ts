/**
 * What goes with an aside answered (EngineConfig.asideLanguage): its effects are performed,
 * its messages said before the answer, at a step that takes asides and at one that refused the
 * text alike; the question on screen is asked again after them, as without it.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { say } from '../../../src/core/messages.js';
import { verbatim } from '../../../src/core/text.js';
import { openingRoot, refusingFlow, testEnv } from './test-flows.js';

const env = testEnv('2026-12-05T08:00:00Z');
const engine = createEngine({
  flows: [openingRoot, refusingFlow('name', true), refusingFlow('buttons')],
  rootFlow: 'root',
  languageFlow: 'root',
  idleTimeoutMs: 3_600_000,
  maxInvalid: 5,
  asides: (text) => (text === 'why?' ? [say(verbatim('Because.'))] : null),
  asideLanguage: (text) => (text === 'why?' ? { say: [say(verbatim('Offer'))], effects: [{ type: 'language:set', payload: { locale: 'en' } }] } : null),
});

const asideAt = (flow: string) => {
  const standing = engine.step(null, { type: 'text', text: flow }, env).state;
  return engine.step(standing, { type: 'text', text: 'why?' }, env);
};

describe('the language an aside answered sets', () => {
  it.each(['name', 'buttons'])('comes with the aside at the %s step: effects first, said before the answer, then the question again', (flow) => {
    const result = asideAt(flow);
    expect(result.effects).toEqual([{ type: 'language:set', payload: { locale: 'en' } }]);
    const texts = result.messages.flatMap(({ body }) => body.map((text) => (text.key === 'verbatim' ? text.params?.['text'] : text.key)));
    expect(texts).toEqual([
      'Offer',
      'Because.',
      'engine.asideBack',
      `${flow}?`,
    ]);
    expect(result.state.stack.map((frame) => frame.flow)).toEqual(['root', flow]);
  });
});
