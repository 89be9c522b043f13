/**
 * A group's wish to take part typed in ❓ Tanya ("kelompok saya mau ikut", after an answer there):
 * was the FAQ's list of member groups; now answered as at the menu, with the registration offered,
 * which its button or a typed "iya" starts (the FAQ closes, as for a request typed there). The
 * engine with the real flows; what the answer says is checked through the bot (test/flows/join-asked.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { appEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';
const assistant = testAssistant();
const engine = appEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const inFaq = () => standingAt(assistant, 'faq', 'topic', { answered: 'definition' }, NOW);
const flowsOf = (state: unknown) => (state as EngineState).stack.map((frame) => frame.flow);

describe('a wish to join typed in the FAQ', () => {
  it('is answered with the registration offered, named by the group said, not the list of member groups', () => {
    const answered = engine.step(inFaq(), { type: 'text', text: 'kami dari posyandu mawar mau ikut wksbm' }, env);
    const said = JSON.stringify(answered.messages);
    expect(said).toContain('home.joinAnswer');
    expect(said).not.toContain('member_groups');
    expect(said).toContain('"id":"intent:register:posyandu?n=Posyandu+Mawar"');
    expect(flowsOf(answered.state)).toEqual(['home', 'faq']);
  });

  it('starts the registration from its button, or a typed "iya", in place of the FAQ', () => {
    const answered = engine.step(inFaq(), { type: 'text', text: 'kelompok saya mau ikut' }, env);
    const pressed = engine.step(answered.state, { type: 'button', id: 'intent:register:' }, env);
    expect(flowsOf(pressed.state)).toEqual(['home', 'group.register']);
    const typed = engine.step(answered.state, { type: 'text', text: 'iya' }, env);
    expect(flowsOf(typed.state)).toEqual(['home', 'group.register']);
  });

  it('takes "iya" for nothing once another question was answered after the offer', () => {
    const answered = engine.step(inFaq(), { type: 'text', text: 'kelompok saya mau ikut' }, env);
    const other = engine.step(answered.state, { type: 'text', text: 'apa itu wksbm?' }, env);
    expect(flowsOf(engine.step(other.state, { type: 'text', text: 'iya' }, env).state)).toEqual(['home', 'faq']);
  });
});
