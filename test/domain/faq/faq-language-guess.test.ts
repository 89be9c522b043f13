/**
 * A question typed in English in ❓ Tanya by someone who never chose a language: answered in
 * English with the offer of the choice, as the same question at the menu (language/guess.ts);
 * was answered in Indonesian. The engine with the real flows.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { appEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';
const assistant = testAssistant();
const engine = appEngine(assistant);
const person = (localeChosen: boolean): FlowEnv['person'] => ({ id: 'p1', locale: 'id', localeChosen, displayName: null, phoneE164: null });
const inFaq = () => standingAt(assistant, 'faq', 'topic', {}, NOW);
const locales = (effects: readonly unknown[]) => JSON.stringify(effects).match(/"locale":"(en|id)"/g) ?? [];

describe('a question in English typed in the FAQ', () => {
  it('sets English as a guess and offers the choice, as at the menu', () => {
    for (const state of [inFaq(), null]) {
      const answered = engine.step(state, { type: 'text', text: 'what is wksbm?' }, { now: new Date(NOW), person: person(false) });
      expect(locales(answered.effects)).toEqual(['"locale":"en"']);
      expect(JSON.stringify(answered.effects)).toContain('"chosen":false');
      expect(JSON.stringify(answered.messages)).toContain('home.languageOffer');
      expect(JSON.stringify(answered.messages)).toContain('faq:topics.definition.answer');
    }
  });

  it('leaves a chosen language as it is, and guesses nothing from Indonesian', () => {
    const chosen = engine.step(inFaq(), { type: 'text', text: 'what is wksbm?' }, { now: new Date(NOW), person: person(true) });
    expect(locales(chosen.effects)).toEqual([]);
    expect(JSON.stringify(chosen.messages)).not.toContain('home.languageOffer');
    const indonesian = engine.step(inFaq(), { type: 'text', text: 'apa itu wksbm?' }, { now: new Date(NOW), person: person(false) });
    expect(locales(indonesian.effects)).toEqual([]);
  });
});

describe('an Indonesian message with one English word in it', () => {
  // "free kan?" was answered in English with the offer: "free" was the only word counted.
  it('is answered in Indonesian without the offer', () => {
    for (const text of ['free kan?', 'free nih?', 'online aja kan?', 'free kok ya?']) {
      const answered = engine.step(null, { type: 'text', text }, { now: new Date(NOW), person: person(false) });
      expect(locales(answered.effects), text).toEqual([]);
      expect(JSON.stringify(answered.messages), text).not.toContain('home.languageOffer');
    }
    expect(JSON.stringify(engine.step(null, { type: 'text', text: 'free kan?' }, { now: new Date(NOW), person: person(false) }).messages)).toContain('faq:topics.cost.answer');
  });

  it('still reads a short English question as English', () => {
    for (const text of ['is it free?', 'free?']) {
      const answered = engine.step(null, { type: 'text', text }, { now: new Date(NOW), person: person(false) });
      expect(locales(answered.effects), text).toEqual(['"locale":"en"']);
    }
  });
});
