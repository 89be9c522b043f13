/**
 * "ketuanya saya" said by the leader: her own number is what is asked ("Berapa nomor HP Anda?",
 * not "Berapa nomor HP Bayu Pratama?"), her chat's own number offered; a leader who already is
 * the ketua is told so and nothing changes (was "Ketua yang baru: …" and a phone asked); and
 * "ketuanya saya sendiri" typed with the desa is kept for the ketua question (was lost). The
 * engine with the real flows.
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
/** A WhatsApp sender: the number is the chat's own; the name on record, or none. */
const envOf = (displayName: string | null, profileName?: string): FlowEnv => ({
  now: new Date(NOW),
  person: { id: 'p1', locale: 'id', displayName, phoneE164: WA_PHONE, ...(profileName !== undefined && { profileName }) },
});

const at = (id: string, step: string, data: unknown): EngineState => standingAt(assistant, id, step, data, NOW);
const keys = (messages: readonly OutboundMessage[]) => messages.flatMap((message) => message.body.map((text) => text.key));
const paramsOf = (messages: readonly OutboundMessage[], key: string) => messages.flatMap((message) => message.body).find((text) => text.key === key)?.params;
const buttonIds = (messages: readonly OutboundMessage[]) => messages.flatMap((message) => message.buttons ?? []).map((button) => button.id);
const text = (value: string): StepInput => ({ type: 'text', text: value });
const top = (state: EngineState) => state.stack.at(-1)!;

const group = { id: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', name: 'Arisan Melati', unit: { rw: 3, rt: 5, dusun: '' }, memberCount: 20, ketuaName: 'Slamet', ketuaPhone: '+6281390001122' };
const atKetua = (selected: typeof group) => at('group.mine', 'edit', { selected, groups: [selected], field: 'ketuaName' });
const atScreen = (selected: typeof group) => at('group.mine', 'group', { selected, groups: [selected], consented: true });

describe('"ketuanya saya": the person\'s own number asked', () => {
  it('asks "Berapa nomor HP Anda?" at ✏️ Ketua, with her own number offered, her name on record or asked', () => {
    const known = engine.step(atKetua(group), text('ketuanya saya'), envOf('Bayu Pratama'));
    expect(keys(known.messages)).toContain('groups:mine.ask.ownKetuaPhone');
    expect(keys(known.messages)).not.toContain('groups:mine.ask.newKetuaPhone');
    expect(paramsOf(known.messages, 'groups:mine.ask.ownKetuaPhone')).toEqual({ old: group.ketuaPhone });
    expect(buttonIds(known.messages)).toEqual(['phone:mine', 'phone:keep']);
    expect(engine.step(known.state, { type: 'button', id: 'phone:mine' }, envOf('Bayu Pratama')).effects).toEqual([
      expect.objectContaining({ type: 'group.update', payload: { groupId: group.id, changes: { ketuaName: 'Bayu Pratama', ketuaPhone: WA_PHONE }, ketuaIsMe: true } }),
    ]);

    // Typed at the group's screen, as at ✏️ Ketua (was "Siapa ketua yang baru?").
    const atTheScreen = engine.step(atScreen(group), text('ketuanya saya'), envOf('Bayu Pratama'));
    expect(keys(atTheScreen.messages)).toEqual(['groups:mine.ketuaIsYou', 'groups:mine.ask.ownKetuaPhone']);
    expect(atTheScreen.effects).toEqual([]);

    const asked = engine.step(atKetua(group), text('ketuanya saya'), envOf(null));
    expect(keys(asked.messages)).toContain('groups:register.askOwnName');
    const phone = engine.step(asked.state, text('Rudi Hartono'), envOf(null));
    expect(keys(phone.messages)).toContain('groups:mine.ask.ownKetuaPhone');
    expect(buttonIds(phone.messages)).toContain('phone:mine');
  });

  it('asks the same at the registration\'s ketua question, "ketua nya saya" too (was a ketua named "Saya")', () => {
    for (const typed of ['ketuanya saya', 'ketua nya saya', 'ketuanya saya sendiri']) {
      const asked = engine.step(at('group.register', 'ketuaName', { members: 20, editing: false }), text(typed), envOf('Bayu Pratama'));
      expect(keys(asked.messages), typed).toContain('groups:register.askOwnPhone');
      expect(top(asked.state).data, typed).toMatchObject({ ketuaName: 'Bayu Pratama', ketuaIsMe: true });
      expect(buttonIds(asked.messages), typed).toEqual(['phone:mine']);
    }
  });
});

describe('a leader who already is the ketua names herself', () => {
  const hers = { ...group, ketuaName: 'Bayu Pratama' };

  it('is told she already is the ketua, and nothing changes: at ✏️ Ketua, at the group\'s screen', () => {
    for (const [label, state, typed] of [
      ['✏️ Ketua', atKetua(hers), 'ketuanya saya'],
      ['✏️ Ketua', atKetua(hers), 'saya sendiri'],
      ['screen', atScreen(hers), 'ganti ketua jadi saya sendiri'],
      ['screen', atScreen(hers), 'ketuanya saya'],
    ] as const) {
      const told = engine.step(state, text(typed), envOf('Bayu Pratama'));
      expect(keys(told.messages), label).toContain('groups:mine.alreadyKetua');
      expect(paramsOf(told.messages, 'groups:mine.alreadyKetua'), label).toEqual({ group: 'Arisan Melati' });
      expect(keys(told.messages), label).not.toContain('groups:mine.ketuaIsYou');
      expect(told.effects, label).toEqual([]);
      expect(top(told.state).step, label).toBe('group');
    }
  });

  it('is told so when her name is asked and she gives it (typed, or her profile\'s name tapped)', () => {
    const asked = engine.step(atKetua(hers), text('saya sendiri'), envOf(null));
    expect(keys(asked.messages)).toContain('groups:register.askOwnName');
    const told = engine.step(asked.state, text('bayu pratama'), envOf(null));
    expect(keys(told.messages)).toContain('groups:mine.alreadyKetua');
    expect(told.effects).toEqual([]);

    const profiled = envOf(null, 'Bayu Pratama');
    const offered = engine.step(atKetua(hers), text('saya sendiri'), profiled);
    const tapped = engine.step(offered.state, { type: 'button', id: 'name:profile' }, profiled);
    expect(keys(tapped.messages)).toContain('groups:mine.alreadyKetua');
    expect(tapped.effects).toEqual([]);
  });

  it('keeps a new number typed with it: the phone saved, the ketua as she is', () => {
    const told = engine.step(atKetua(hers), text('saya sendiri 0813 2222 3333'), envOf('Bayu Pratama'));
    expect(keys(told.messages)).toContain('groups:mine.alreadyKetua');
    expect(told.effects).toEqual([expect.objectContaining({ type: 'group.update', payload: { groupId: group.id, changes: { ketuaPhone: '+6281322223333' } } })]);
  });
});

describe('"ketuanya saya sendiri" typed with the desa', () => {
  it('takes the desa and keeps the person as the ketua for the ketua question', () => {
    const typed = engine.step(at('group.register', 'village', { consented: true, known: { villages: [], ketua: [], near: [] } }), text('desa Panggungharjo, ketuanya saya sendiri'), envOf(null));
    expect(keys(typed.messages)).toContain('groups:register.ketuaKeptMeAsked');
    const register = typed.state.stack.find((frame) => frame.flow === 'group.register')!;
    expect(register.data).toMatchObject({ ketuaIsMe: true });
    // The desa searched without the ketua's words.
    expect(top(typed.state).flow).not.toBe('group.register');

    const named = engine.step(at('group.register', 'village', { consented: true, known: { villages: [], ketua: [], near: [] } }), text('desa Panggungharjo, ketuanya saya sendiri 0813 2222 3333'), envOf('Bayu Pratama'));
    expect(keys(named.messages)).toContain('groups:register.ketuaKeptMeWithPhone');
    expect(named.state.stack.find((frame) => frame.flow === 'group.register')!.data).toMatchObject({ ketuaIsMe: true, ketuaName: 'Bayu Pratama', ketuaPhone: '+6281322223333' });
  });

  it('asks the person\'s own name at the ketua\'s turn, then her own number', () => {
    const members = engine.step(at('group.register', 'members', { village: { code: '34.02.15.2004', name: 'Panggungharjo' }, name: 'Arisan Mawar', type: 'arisan', unit: { rt: 2, rw: 5, dusun: '' }, ketuaIsMe: true }), text('25'), envOf(null));
    expect(keys(members.messages)).toContain('groups:register.askOwnName');
    const phone = engine.step(members.state, text('Bayu Pratama'), envOf(null));
    expect(keys(phone.messages)).toContain('groups:register.askOwnPhone');
  });
});
