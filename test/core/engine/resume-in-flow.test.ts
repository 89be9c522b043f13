/**
 * The resume words typed inside a flow, where nothing is set aside to go on with: the question
 * was asked again without a word, and the person could believe their answers were saved or
 * gone on with. It is said that this is where they are. A step that reads some resume wording
 * as its answer ("lanjut" at a desa question: Desa Lanjut) gets only that wording, not
 * "lanjutin yg tadi" (which it searched as a desa and called "also a desa's name").
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { defineFlow, type StepInput } from '../../../src/core/engine/flow.js';
import { say } from '../../../src/core/messages.js';
import { t } from '../../../src/core/text.js';
import { openingRoot as root, testEnv } from './test-flows.js';

/** A registration-like flow: a desa question that reads "lanjut" alone, then a yes/no question. */
const form = defineFlow<Record<string, never>>({
  id: 'form',
  version: 1,
  title: t('form.title'),
  start: () => ({ step: 'desa', data: {} }),
  steps: {
    desa: {
      expects: t('form.expects'),
      prompt: () => say(t('form.desa')),
      readsResumeWord: (text) => text.trim().toLowerCase() === 'lanjut',
      on: (input) => (input.type === 'text' ? { type: 'goto', step: 'confirm', say: [say(t('form.searched', { text: input.text }))] } : { type: 'invalid' }),
    },
    confirm: {
      expects: t('form.expects'),
      prompt: () => say(t('form.confirm')),
      on: () => ({ type: 'done', menu: true }),
    },
  },
});

/** A chat with the engine: each text typed returns the message keys (`searched` with its text), the state kept as JSON. */
function chat() {
  const bot = createEngine({ flows: [root, form], rootFlow: 'root', languageFlow: 'root', idleTimeoutMs: 3_600_000, maxInvalid: 3 });
  let stored: unknown = null;
  let second = 0;
  return (text: string): string[] => {
    const content: StepInput = { type: 'text', text };
    const result = bot.step(stored, content, testEnv(new Date(Date.parse('2026-11-01T08:00:00Z') + 1000 * second++).toISOString()));
    stored = JSON.parse(JSON.stringify(result.state));
    return result.messages.map((message) => message.body.map((part) => part.key + (part.params?.text ? `{${String(part.params.text)}}` : '')).join(' | '));
  };
}

describe('resume words inside a flow with nothing set aside', () => {
  it('gives "lanjut" alone to a step that reads it (a desa of that name)', () => {
    const send = chat();
    send('form');
    expect(send('Lanjut')).toEqual(['form.searched{Lanjut}', 'form.confirm']);
  });

  it('does not give other resume wording to that step: it says the question is still open and asks it', () => {
    for (const typed of ['lanjutin', 'lanjutin yg tadi', 'lanjut daftar tadi', 'lanjutkan']) {
      const send = chat();
      send('form');
      expect(send(typed), typed).toEqual(['engine.resumeHere', 'form.desa']);
    }
  });

  it('says where the person is before asking again at a step that reads no resume word', () => {
    const send = chat();
    send('form');
    send('Sleman');
    expect(send('lanjutin')).toEqual(['engine.resumeHere', 'form.confirm']);
    expect(send('lanjut')).toEqual(['engine.resumeHere', 'form.confirm']);
  });
});
