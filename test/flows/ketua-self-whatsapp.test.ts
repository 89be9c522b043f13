/**
 * "Saya sendiri" from a chat that gives the person's own number (WhatsApp): the engine with the
 * real flows, a person known by their number only. Their name is asked (their push name offered
 * with one tap); their number is offered with one tap, at registration and at ✏️ Ketua in Kelompok saya.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepInput } from '../../src/core/engine/flow.js';
import type { EngineState } from '../../src/core/engine/state.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { assistantEngine, standingAt, testAssistant } from '../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';
const WA_PHONE = '+6281298765432';

const assistant = testAssistant();
const engine = assistantEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: WA_PHONE } };

/** A conversation standing at `step` of flow `id` with `data`. */
const at = (id: string, step: string, data: unknown): EngineState => standingAt(assistant, id, step, data, NOW);

const keys = (messages: readonly OutboundMessage[]) => messages.flatMap((message) => message.body.map((text) => text.key));
const buttons = (messages: readonly OutboundMessage[]) => messages.flatMap((message) => message.buttons ?? []);
const text = (value: string): StepInput => ({ type: 'text', text: value });

describe('"saya sendiri" from WhatsApp', () => {
  it('takes the number offered when "iya" or "pakai nomor itu" is typed for its button', () => {
    for (const typed of ['iya', 'pakai nomor itu', 'iya yg itu', 'sama']) {
      const asked = engine.step(at('group.register', 'ketuaName', { members: 20, editing: false }), text('saya sendiri'), env);
      const phone = engine.step(asked.state, text('Bayu Pratama'), env);
      const done = engine.step(phone.state, text(typed), env);
      expect(done.state.stack.at(-1)!.data, typed).toMatchObject({ ketuaPhone: WA_PHONE });
    }
    // A number typed is still that number.
    const asked = engine.step(at('group.register', 'ketuaName', { members: 20, editing: false }), text('saya sendiri'), env);
    const phone = engine.step(asked.state, text('Bayu Pratama'), env);
    expect(engine.step(phone.state, text('0813 1111 2222'), env).state.stack.at(-1)!.data).toMatchObject({ ketuaPhone: '+6281311112222' });
  });

  it('asks the name at registration, then offers the chat\'s own number', () => {
    const asked = engine.step(at('group.register', 'ketuaName', { members: 20, editing: false }), text('saya sendiri'), env);
    expect(keys(asked.messages)).toContain('groups:register.askOwnName');
    const phone = engine.step(asked.state, text('Bayu Pratama'), env);
    expect(keys(phone.messages)).toContain('groups:register.askOwnPhone');
    const offered = buttons(phone.messages).find((button) => button.id === 'phone:mine');
    expect(offered?.label.params?.['phone']).toEqual({ key: 'verbatim', params: { text: WA_PHONE } });
    const done = engine.step(phone.state, { type: 'button', id: 'phone:mine' }, env);
    const top = done.state.stack.at(-1)!;
    expect(top.step).toBe('summary');
    expect(top.data).toMatchObject({ ketuaName: 'Bayu Pratama', ketuaPhone: WA_PHONE, ketuaIsMe: true });
  });

  it('offers the chat\'s own number for themself as the new ketua in Kelompok saya', () => {
    const group = { id: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', name: 'Arisan Melati', ketuaName: 'Pak Slamet', ketuaPhone: '+6281390001122' };
    const asked = engine.step(at('group.mine', 'edit', { selected: group, groups: [group], field: 'ketuaName' }), text('saya sendiri'), env);
    expect(keys(asked.messages)).toContain('groups:register.askOwnName');
    const phone = engine.step(asked.state, text('Bayu Pratama'), env);
    expect(buttons(phone.messages).map((button) => button.id)).toEqual(['phone:mine', 'phone:keep']);
    const saved = engine.step(phone.state, { type: 'button', id: 'phone:mine' }, env);
    expect(saved.effects).toEqual([
      expect.objectContaining({ type: 'group.update', payload: { groupId: group.id, changes: { ketuaName: 'Bayu Pratama', ketuaPhone: WA_PHONE }, ketuaIsMe: true } }),
    ]);
  });

  it('offers the WhatsApp push name as the person\'s own name, with one tap', () => {
    const named: FlowEnv = { ...env, person: { ...env.person, profileName: 'Bu Wulan' } };
    const asked = engine.step(at('group.register', 'ketuaName', { members: 20, editing: false }), text('saya sendiri'), named);
    expect(keys(asked.messages)).toContain('groups:register.askOwnNameProfile');
    expect(buttons(asked.messages).map((button) => button.id)).toEqual(['name:profile']);
    const phone = engine.step(asked.state, { type: 'button', id: 'name:profile' }, named);
    expect(phone.state.stack.at(-1)).toMatchObject({ step: 'ketuaPhone', data: { ketuaName: 'Wulan', ketuaIsMe: true } });
    // A push name that is no name ("🌸", a number) is not offered.
    for (const profileName of ['🌸🌸', 'Wulan 0812 3456 7890']) {
      const other = engine.step(at('group.register', 'ketuaName', { members: 20 }), text('saya sendiri'), { ...env, person: { ...env.person, profileName } });
      expect(keys(other.messages), profileName).toContain('groups:register.askOwnName');
    }
  });
});
