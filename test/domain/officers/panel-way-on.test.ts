/**
 * An officer's panel never leaves a dead end: the last message of a pending list (of one
 * record or many) has the panel's home and the main menu, and the panel's own buttons
 * (📋 Menunggu verifikasi, 🔕 Notifikasi, 🌙 Jam tenang…) pressed from an old message, once
 * the panel has closed, open the panel at what they say instead of "Tombol itu sudah tidak
 * berlaku". The engine with the app's flows, stepped without a database.
 */
import { describe, expect, it } from 'vitest';
import { deepLinkButtonId, type FlowEnv } from '../../../src/core/engine/flow.js';
import type { OutboundMessage } from '../../../src/core/messages.js';
import { OFFICER_PANEL_DEEP_LINK } from '../../../src/domain/model/deep-links.js';
import type { PendingVerification } from '../../../src/domain/model/reports.js';
import { OFFICER_PENDING } from '../../../src/domain/officers/effects.js';
import type { OfficerProfile } from '../../../src/domain/officers/profile.js';
import { verifyButtons } from '../../../src/domain/officers/verify-target.js';
import { appEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';
const assistant = testAssistant();
const engine = appEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const profile: OfficerProfile = {
  officerId: 'o1',
  name: 'Wulan',
  kind: 'tksk',
  areaPrefixes: ['34.02.15'],
  areas: [{ code: '34.02.15', level: 'district', name: 'Sewon', regencyName: 'Bantul', districtName: '' }],
  mutedKinds: [],
  quietStartMin: null,
  quietEndMin: null,
};
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
