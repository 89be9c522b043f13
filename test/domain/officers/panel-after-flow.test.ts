/**
 * The buttons an officer sees when a flow opened over 🛡️ Menu petugas ends (core/engine/engine.ts
 * returnTo, shownOnce): a desa's status checked from the menu, at each of the menu's steps a
 * status check can open over (its words, refused there, open it as a side trip). The status's
 * own 🛡️ Menu petugas is left off only under the menu's home, where it would lead to what is
 * asked below; at the menu's other questions it is the way back to its home, and works. And a
 * group registered again from 👥 Kelompok saya keeps its button to that group. The engine with the
 * app's flows, as the app configures it, stepped without a database. A record verified from the
 * menu's pending list ends no flow over the menu (the verification replaces the menu, and the
 * menu, with what still waits, replaces it): its next record's buttons and the menu's are there.
 */
import { describe, expect, it } from 'vitest';
import { deepLinkButtonId } from '../../../src/core/engine/flow.js';
import type { EngineState, Frame } from '../../../src/core/engine/state.js';
import type { Assistant } from '../../../src/domain/assistant.js';
import { compactUuid } from '../../../src/domain/model/compact-uuid.js';
import { MY_GROUPS_DEEP_LINK, OFFICER_PANEL_DEEP_LINK } from '../../../src/domain/model/deep-links.js';
import type { DomainTx } from '../../../src/domain/model/tx.js';
import { OFFICER_DECIDE, OFFICER_PENDING, OFFICER_PROFILE } from '../../../src/domain/officers/effects.js';
import { verifyButtons } from '../../../src/domain/officers/verify-target.js';
import type { PendingVerification } from '../../../src/domain/model/reports.js';
import { verbatim } from '../../../src/core/text.js';
import { STATUS_CHECK } from '../../../src/domain/status/status-check-effect.js';
import { computeStatus } from '../../../src/domain/status/status.js';
import { appEngine, standingAt, testAssistant } from '../../support/assistant.js';
import { officerProfile, personAt } from '../../support/officer-profile.js';

const NOW = '2026-12-05T08:00:00.000Z';
const assistant = testAssistant();
const engine = appEngine(assistant);
const env = personAt(NOW);

const profile = officerProfile();
const village = { code: '34.02.15.2003', name: 'Panggungharjo', districtName: 'Sewon', regencyName: 'Bantul', provinceName: '' };
const panelButton = deepLinkButtonId(OFFICER_PANEL_DEEP_LINK, '');

/** `frame` opened by `opened`'s words over the flow `under` stands in, as the engine opens a side trip. */
function over(assistant: Assistant<DomainTx>, under: EngineState, opened: string, step: string, data: unknown): EngineState {
  const flow = assistant.flows.find((candidate) => candidate.id === opened)!;
  const frame: Frame = { flow: flow.id, version: flow.version, step, data, history: [], command: true };
  return { ...under, stack: [...under.stack, frame] };
}

/** The officer menu at `step`, a desa's status checked over it, and its result in: each message's button ids, and the state after. */
function statusOverPanel(step: string) {
  const panel = standingAt(assistant, 'officer.panel', step, { profile }, NOW);
  const checking = over(assistant, panel, 'status.check', 'rw', { village, officer: true });
  const status = computeStatus({ groups: [], relations: [], activities: [], everAktif: false }, new Date(NOW));
  const result = engine.step(checking, STATUS_CHECK.resultInput(status), env);
  return { state: result.state, buttons: result.messages.map((message) => message.buttons?.map((button) => button.id) ?? []) };
}

describe('a desa\'s status checked over the officer menu, ended', () => {
  it('under the menu\'s home: the status keeps "check again" alone, the menu\'s buttons follow once', () => {
    const { state, buttons } = statusOverPanel('home');
    expect(state.stack.at(-1)).toMatchObject({ flow: 'officer.panel', step: 'home' });
    const [nextSteps, panelAgain] = buttons.slice(-2);
    // 🛡️ Menu petugas would open the menu asked below; 🏠 Menu is below.
    expect(nextSteps).toEqual(['menu:status']);
    expect(panelAgain).toContain('officer:pending');
    expect(panelAgain).toContain('cmd:menu');
  });

  it('under a pending record on screen: its 🛡️ Menu petugas and 🏠 Menu are below, with the record, and left off the status', () => {
    const { buttons } = statusOverPanel('one');
    expect(buttons.at(-2)).toEqual(['menu:status']);
    expect(buttons.at(-1)).toEqual(expect.arrayContaining([panelButton, 'cmd:menu']));
  });

  it.each(['quiet', 'mutes', 'name'])('under the menu\'s %s question: its 🛡️ Menu petugas stays, and pressed, opens the menu\'s home', (step) => {
    const { state, buttons } = statusOverPanel(step);
    expect(state.stack.at(-1)).toMatchObject({ flow: 'officer.panel', step });
    expect(buttons.at(-2)).toContain(panelButton);
    const pressed = engine.step(state, { type: 'button', id: panelButton }, env);
    expect(pressed.state.stack.at(-1)).toMatchObject({ flow: 'officer.panel', step: 'home' });
    const shown = engine.step(pressed.state, OFFICER_PROFILE.resultInput(profile), env);
    expect(shown.messages.at(-1)?.buttons?.map((button) => button.id)).toContain('officer:pending');
  });
});

describe('a group registered again from a group\'s screen in 👥 Kelompok saya', () => {
  const melati = { id: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', name: 'Arisan Melati', unit: { rw: 3, rt: 5, dusun: '' }, ketuaName: 'Bu Siti', ketuaPhone: '+6281200000001', memberCount: 20, villageName: 'Sinduadi', verification: 'verified' };
  const mawar = { id: '4a2d3b0f-9c8e-4d7f-8b62-1a3c4d5e6f70', name: 'Posyandu Mawar' };
  const mawarButton = deepLinkButtonId(MY_GROUPS_DEEP_LINK, compactUuid(mawar.id));

  // The group's screen is read afresh when the registration ends (StepDef.refresh): nothing is left off there, before or after the engine's change.
  it('keeps the button to the person\'s own group of that name (not the one on screen), and pressed, it opens that group', () => {
    const groups = standingAt(assistant, 'group.mine', 'group', { selected: melati, groups: [melati], consented: true }, NOW);
    const registering = over(assistant, groups, 'group.register', 'duplicate', { duplicateOf: { ...mawar, own: true } });
    const ended = engine.step(registering, { type: 'text', text: 'ya' }, env);
    expect(ended.state.stack.at(-1)).toMatchObject({ flow: 'group.mine', step: 'group' });
    const buttons = ended.messages.map((message) => message.buttons?.map((button) => button.id) ?? []);
    expect(buttons.flat()).toContain(mawarButton);
    const pressed = engine.step(ended.state, { type: 'button', id: mawarButton }, env);
    expect(pressed.state.stack.at(-1)).toMatchObject({ flow: 'group.mine', data: { open: mawar.id } });
  });
});

describe('a record verified from the officer menu\'s pending list', () => {
  const item = (id: string, name: string): PendingVerification => ({ type: 'group', id, name, groupType: 'arisan', villageName: 'Panggungharjo' });
  const first = item('3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', 'Arisan Melati');
  const next = item('4a2d3b0f-9c8e-4d7f-8b62-1a3c4d5e6f70', 'Arisan Mawar');
  const ids = (messages: readonly { readonly buttons?: readonly { readonly id: string }[] }[]) => messages.flatMap((message) => message.buttons?.map((button) => button.id) ?? []);

  /** The menu's pending list of `items`, the first one verified: the messages after the verdict, with what still waits (`left`). */
  function verified(left: readonly PendingVerification[]) {
    const listed = engine.step(standingAt(assistant, 'officer.panel', 'home', { profile }, NOW), { type: 'button', id: 'officer:pending' }, env);
    const list = engine.step(listed.state, OFFICER_PENDING.resultInput({ items: [first, next], total: 2, own: 0 }), env);
    const verify = verifyButtons('group', first.id)[0]!.id;
    expect(ids(list.messages)).toContain(verify);
    const deciding = engine.step(list.state, { type: 'button', id: verify }, env);
    const decided = engine.step(deciding.state, OFFICER_DECIDE.resultInput({ kind: 'recorded', verdict: 'verified', label: verbatim('Arisan Melati') }), env);
    const after = engine.step(decided.state, OFFICER_PENDING.resultInput({ items: left, total: left.length, own: 0 }), env);
    return { state: after.state, buttons: ids([...decided.messages, ...after.messages]) };
  }

  it('shows the next record\'s Verifikasi and Tolak, 🛡️ Menu petugas and 🏠 Menu', () => {
    const { state, buttons } = verified([next]);
    expect(buttons).toEqual(expect.arrayContaining([...verifyButtons('group', next.id).map((button) => button.id), panelButton, 'cmd:menu']));
    expect(state.stack.at(-1)).toMatchObject({ flow: 'officer.panel', step: 'one' });
  });

  it('with nothing left, shows 🛡️ Menu petugas and 🏠 Menu', () => {
    const { buttons } = verified([]);
    expect(buttons).toEqual(expect.arrayContaining([panelButton, 'cmd:menu']));
  });
});
