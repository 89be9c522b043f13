/**
 * One typed message is understood once, however many readers of the app ask about it: at a
 * form's step its asides, and the language their answer is given in; at a step that refuses it
 * (the consent notice) the fallback flows' request too; in ❓ Tanya and at the menu the whole
 * understanding; where a name is asked, how sure the FAQ's reading is and a tie stated too; a
 * tie stated, wherever it is read (the menu, ❓ Tanya, the asides), at most once.
 * Counted through the readers the assistant is given (understanding/question-reading.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, statusThresholds } from '../../../src/config/config.js';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { createAssistant } from '../../../src/domain/assistant.js';
import type { DomainTx } from '../../../src/domain/model/tx.js';
import { readersOf, type Readers } from '../../../src/domain/understanding/question-reading.js';
import { appEngine, standingAt } from '../../support/assistant.js';
import { realMatcher } from '../faq/real-knowledge.js';

const NOW = '2026-12-07T03:00:00Z';
/** Someone who never chose a language: the language of an aside's answer is guessed from its words. */
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', localeChosen: false, displayName: null, phoneE164: null } };

/** The app's engine over readers that count how often each reading is made. */
function countingApp() {
  const real = readersOf(realMatcher());
  const counts = { request: 0, explain: 0, understand: 0, tie: 0 };
  const readers: Readers = {
    request: (text, now) => ((counts.request += 1), real.request(text, now)),
    explain: (text) => ((counts.explain += 1), real.explain(text)),
    understand: (text, now, read) => ((counts.understand += 1), real.understand(text, now, read)),
    tie: (text) => ((counts.tie += 1), real.tie(text)),
  };
  const assistant = createAssistant<DomainTx>({ faq: realMatcher(), thresholds: statusThresholds(loadConfig({})), readers });
  const engine = appEngine(assistant);
  /** The readings one message made, with the keys of what was said. */
  const send = (state: unknown, text: string) => {
    counts.request = 0;
    counts.explain = 0;
    counts.understand = 0;
    counts.tie = 0;
    const result = engine.step(state, { type: 'text', text }, env);
    return { ...counts, said: result.messages.flatMap((message) => message.body.map((part) => part.key)) };
  };
  return { assistant, send };
}

describe('one typed message, understood once', () => {
  it('at a form step that takes asides: the asides and the language of their answer read it once', () => {
    const { assistant, send } = countingApp();
    const sent = send(standingAt(assistant, 'group.register', 'type', {}, NOW), 'what is wksbm?');
    expect(sent.said).toEqual(expect.arrayContaining(['home.languageOffer', 'faq:topics.definition.answer', 'engine.asideBack']));
    expect({ request: sent.request, understand: sent.understand }).toEqual({ request: 1, understand: 1 });
  });

  it('at the consent notice, which refuses it: the fallback flows, the asides and the language read it once', () => {
    const { assistant, send } = countingApp();
    const sent = send(standingAt(assistant, 'privacy.consent', 'ask', { olderVersion: false, retentionDays: 90 }, NOW), 'what is wksbm?');
    expect(sent.said).toEqual(expect.arrayContaining(['home.languageOffer', 'faq:topics.definition.answer', 'engine.asideBack']));
    expect({ request: sent.request, understand: sent.understand }).toEqual({ request: 1, understand: 1 });
  });

  it('in ❓ Tanya and at the menu: once', () => {
    const { assistant, send } = countingApp();
    const asked = send(standingAt(assistant, 'faq', 'topic', {}, NOW), 'kelompok saya mau ikut wksbm');
    expect({ request: asked.request, understand: asked.understand }).toEqual({ request: 1, understand: 1 });
    const menu = send(null, 'what is wksbm?');
    expect(menu.said).toContain('faq:topics.definition.answer');
    expect({ request: menu.request, understand: menu.understand }).toEqual({ request: 1, understand: 1 });
  });

  it('at a name step: how sure the FAQ is (a question without its shape) and a tie stated read the same reading', () => {
    const { assistant, send } = countingApp();
    const asked = send(standingAt(assistant, 'group.register', 'name', {}, NOW), 'syarat daftar wksbm');
    // How to register, asked while registering: the registration's own answer (the person is doing it now).
    expect(asked.said).toEqual(expect.arrayContaining(['groups:register.howUnderWay', 'engine.asideBack']));
    expect({ request: asked.request, explain: asked.explain, understand: asked.understand }).toEqual({ request: 1, explain: 1, understand: 1 });
    const tie = send(standingAt(assistant, 'group.register', 'name', {}, NOW), 'kami sering kerja sama dengan posyandu melati');
    expect(tie.said).toEqual(expect.arrayContaining(['relations:offer', 'engine.asideBack']));
    expect({ request: tie.request, explain: tie.explain, understand: tie.understand, tie: tie.tie }).toEqual({ request: 1, explain: 1, understand: 1, tie: 1 });
  });

  it('a tie stated at the menu, in ❓ Tanya and at a form step: the tie reader reads it once', () => {
    const stated = 'kami sering kerja sama dengan posyandu melati';
    // At the menu it opens 🔗 Hubungan antarkelompok (its menu is looked up first), read once.
    expect(countingApp().send(null, stated).tie).toBe(1);
    // (A new app each time: one app keeps the last text's reading, and the moment is the same.)
    const tanya = countingApp();
    const asked = tanya.send(standingAt(tanya.assistant, 'faq', 'topic', {}, NOW), stated);
    expect(asked.said).toContain('relations:offer');
    expect(asked.tie).toBe(1);
    const form = countingApp();
    const aside = form.send(standingAt(form.assistant, 'group.register', 'type', {}, NOW), stated);
    expect(aside.said).toContain('relations:offer');
    expect(aside.tie).toBe(1);
  });

  it('no reading makes the tie reader read a message twice', () => {
    for (const at of [null, 'faq', 'group.register:name', 'group.register:type']) {
      for (const text of ['what is wksbm?', 'kami rapat bareng pkk mawar', 'ya, kami sering bantu posyandu melati', 'syarat daftar wksbm']) {
        const { assistant, send } = countingApp();
        const state = at === null ? null : at === 'faq' ? standingAt(assistant, 'faq', 'topic', {}, NOW) : standingAt(assistant, 'group.register', at.split(':')[1]!, {}, NOW);
        expect(send(state, text).tie, `${at ?? 'menu'}: ${text}`).toBeLessThanOrEqual(1);
      }
    }
  });
});
