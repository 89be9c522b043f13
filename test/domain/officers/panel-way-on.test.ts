/**
 * An officer's panel never leaves a dead end: the last message of a pending list (of one
 * record or many) has the panel's home and the main menu, and the panel's own buttons
 * (📋 Menunggu verifikasi, 🔕 Notifikasi, 🌙 Jam tenang…) pressed from an old message, once
 * the panel has closed, open the panel at what they say instead of "Tombol itu sudah tidak
 * berlaku". The engine with the app's flows, stepped without a database.
 */
import { describe, expect, it } from 'vitest';
import { deepLinkButtonId } from '../../../src/core/engine/flow.js';
import type { OutboundMessage } from '../../../src/core/messages.js';
import { OFFICER_PANEL_DEEP_LINK } from '../../../src/domain/model/deep-links.js';
import type { PendingVerification } from '../../../src/domain/model/reports.js';
import { OFFICER_DASHBOARD_SIGN_IN, OFFICER_PENDING, OFFICER_PROFILE, OFFICER_SET_QUIET_HOURS } from '../../../src/domain/officers/effects.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { OFFICER_ALERT_KINDS } from '../../../src/domain/model/alert-kinds.js';
import { verifyButtons } from '../../../src/domain/officers/verify-target.js';
import { appEngine, standingAt, testAssistant } from '../../support/assistant.js';
import { officerProfile, personAt } from '../../support/officer-profile.js';

const NOW = '2026-12-05T08:00:00.000Z';
const assistant = testAssistant();
const engine = appEngine(assistant);
const env = personAt(NOW);
const profile = officerProfile();
const panelButton = deepLinkButtonId(OFFICER_PANEL_DEEP_LINK, '');
const item = (id: string, name: string): PendingVerification => ({ type: 'group', id, name, groupType: 'arisan', villageName: 'Panggungharjo' });
const melati = item('3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', 'Arisan Melati');
const mawar = item('4a2d3b0f-9c8e-4d7f-8b62-1a3c4d5e6f70', 'Arisan Mawar');
const ids = (message: OutboundMessage | undefined) => message?.buttons?.map((button) => button.id) ?? [];

describe('the pending list of the officer panel', () => {
  it.each([
    ['two records', [melati, mawar], 2],
    ['two records of more waiting', [melati, mawar], 7],
  ])('of %s ends with the last record\'s buttons, 🛡️ Menu petugas and 🏠 Menu', (_what, items, total) => {
    const asked = engine.step(standingAt(assistant, 'officer.panel', 'home', { profile }, NOW), { type: 'button', id: 'officer:pending' }, env);
    const listed = engine.step(asked.state, OFFICER_PENDING.resultInput({ items, total, own: 0 }), env);
    const last = listed.messages.at(-1);
    expect(ids(last)).toEqual([...verifyButtons('group', mawar.id).map((button) => button.id), panelButton, 'cmd:menu']);
    // The first record keeps its own buttons alone: the way on is said once, at the end.
    expect(ids(listed.messages.at(-2))).toEqual(verifyButtons('group', melati.id).map((button) => button.id));
  });
});

/** The conversation at the main menu, nothing under way: the panel that showed the buttons closed long ago. */
function atMenu(): EngineState {
  const root = assistant.flows.find((flow) => flow.id === assistant.rootFlow)!;
  return { v: 1, stack: [{ flow: root.id, version: root.version, step: 'home', data: {}, history: [] }], invalid: 0, lastActiveAt: NOW };
}

/** `id` pressed at `state`, then the officer's profile read if the panel asked for it: the messages and the state after. */
function pressed(state: EngineState, id: string) {
  const first = engine.step(state, { type: 'button', id }, env);
  if (!first.effects.some((effect) => effect.type === OFFICER_PROFILE.name)) return first;
  const read = engine.step(first.state, OFFICER_PROFILE.resultInput(profile), env);
  return { ...read, messages: [...first.messages, ...read.messages], effects: [...first.effects, ...read.effects] };
}

/** "Tombol itu sudah tidak berlaku", at the menu or at a question. */
const staleText = /staleButton/;
const texts = (messages: readonly OutboundMessage[]) => messages.map((message) => JSON.stringify(message.body)).join('\n');

describe('a panel button pressed in an old message, the panel closed', () => {
  it('📋 Menunggu verifikasi opens the pending list, each record still pending read afresh', () => {
    const first = engine.step(atMenu(), { type: 'button', id: 'officer:pending' }, env);
    expect(texts(first.messages)).not.toMatch(staleText);
    expect(first.effects.map((effect) => effect.type)).toEqual([OFFICER_PENDING.name]);
    const listed = engine.step(first.state, OFFICER_PENDING.resultInput({ items: [melati, mawar], total: 2, own: 0 }), env);
    expect(ids(listed.messages.at(-1))).toEqual(expect.arrayContaining([...verifyButtons('group', mawar.id).map((button) => button.id), panelButton, 'cmd:menu']));
  });

  it.each([
    ['officer:mutes', 'mutes'],
    ['officer:quiet', 'quiet'],
    ['officer:name', 'name'],
    [`mute:${OFFICER_ALERT_KINDS[0]}`, 'mutes'],
    ['mute:done', 'home'],
  ])('%s opens the panel at its %s screen, with the profile read as it is now', (id, step) => {
    const after = pressed(atMenu(), id);
    expect(texts(after.messages)).not.toMatch(staleText);
    expect(after.state.stack.at(-1)).toMatchObject({ flow: 'officer.panel', step });
  });

  it('a mute screen\'s kind switches nothing (its label said on or off as things stood then): the screen shows how they stand now', () => {
    const after = pressed(atMenu(), `mute:${OFFICER_ALERT_KINDS[0]}`);
    expect(after.effects.map((effect) => effect.type)).toEqual([OFFICER_PROFILE.name]);
    expect(ids(after.messages.at(-1))).toContain(`mute:${OFFICER_ALERT_KINDS[0]}`);
  });

  it.each([
    ['officer:override', 'officer.override'],
    ['officer:recap', 'status.areaCounts'],
  ])('%s opens %s once the profile says this is an officer', (id, flow) => {
    const after = pressed(atMenu(), id);
    expect(texts(after.messages)).not.toMatch(staleText);
    expect(after.state.stack.at(-1)?.flow).toBe(flow);
  });

  it('🔗 Dasbor asks for a new one-time sign-in', () => {
    const after = engine.step(atMenu(), { type: 'button', id: 'officer:dashboard' }, env);
    expect(after.effects.map((effect) => effect.type)).toEqual([OFFICER_DASHBOARD_SIGN_IN.name]);
  });

  it('"Matikan jam tenang" switches the quiet hours off, and says so with the panel\'s buttons', () => {
    const first = engine.step(atMenu(), { type: 'button', id: 'quiet:off' }, env);
    expect(first.effects).toEqual([OFFICER_SET_QUIET_HOURS.request(null)]);
    const saved = engine.step(first.state, OFFICER_SET_QUIET_HOURS.resultInput(profile), env);
    expect(saved.state.stack.at(-1)).toMatchObject({ flow: 'officer.panel', step: 'home' });
    expect(ids(saved.messages.at(-1))).toContain('officer:pending');
  });

  it('pressed in another flow (a desa\'s status asked), it opens the panel over it, and that flow waits below', () => {
    const checking = standingAt(assistant, 'status.check', 'where', {}, NOW);
    const first = engine.step(checking, { type: 'button', id: 'officer:pending' }, env);
    expect(first.effects.map((effect) => effect.type)).toEqual([OFFICER_PENDING.name]);
    expect(first.state.stack.map((frame) => frame.flow)).toEqual([assistant.rootFlow, 'status.check', 'officer.panel']);
  });

  it('pressed at another of the panel\'s screens (its quiet hours asked), it goes to the screen it names', () => {
    const after = pressed(standingAt(assistant, 'officer.panel', 'quiet', { profile }, NOW), 'officer:mutes');
    expect(after.state.stack.at(-1)).toMatchObject({ flow: 'officer.panel', step: 'mutes' });
  });

  it('from someone who is no officer (any more), it says so, and the menu follows', () => {
    const first = engine.step(atMenu(), { type: 'button', id: 'officer:pending' }, env);
    const refused = engine.step(first.state, OFFICER_PENDING.resultInput(null), env);
    expect(texts(refused.messages)).toMatch(/panel\.notOfficer/);
    expect(refused.state.stack).toHaveLength(1);
  });
});
