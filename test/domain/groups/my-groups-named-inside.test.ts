/**
 * "kelompok saya" / "my groups" typed inside 👥 Kelompok saya (at a group's screen or the list
 * of groups): the person's groups shown again, as the 👥 entry shows them; was "that is a menu
 * entry, tap Menu", odd where that entry is open. Other words of the entry ("ganti ketua") stay
 * what the group's screen does with them. The engine with the real flows, as the app configures it.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { LIST_MY_GROUPS } from '../../../src/domain/groups/effects.js';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { appEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';
const assistant = testAssistant();
const engine = appEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const group = (id: string, name: string) => ({ id, name, unit: { rw: 3, rt: 5, dusun: '' }, ketuaName: 'Bu Siti', ketuaPhone: '+6281200000001', memberCount: 20, villageName: 'Sinduadi', verification: 'verified' });
const melati = group('3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', 'Arisan Melati');
const mawar = group('4a2d3b0f-9c8e-4d7f-8b62-1a3c4d5e6f70', 'Posyandu Mawar');
const groups = [melati, mawar];
const atGroup = () => standingAt(assistant, 'group.mine', 'group', { selected: melati, groups, consented: true }, NOW);
const atList = () => standingAt(assistant, 'group.mine', 'list', { groups, consented: true }, NOW);
const said = (messages: unknown) => JSON.stringify(messages);
const top = (state: unknown) => (state as EngineState).stack.at(-1);

describe('the entry "Kelompok saya" named inside it', () => {
  it.each([
    ['kelompok saya', atGroup],
    ['👥 Kelompok saya', atGroup],
    ['my groups', atGroup],
    ['kelompok saya', atList],
    ['cek kelompok kami dong', atList],
  ])('"%s" reads the groups afresh and shows their list (%o)', (text, at) => {
    const typed = engine.step(at(), { type: 'text', text }, env);
    expect(said(typed.messages)).not.toContain('home.menuWordAside');
    expect(typed.effects.map((effect) => effect.type)).toEqual([LIST_MY_GROUPS.name]);
    const shown = engine.step(typed.state, LIST_MY_GROUPS.resultInput(groups as unknown as GroupView[]), env);
    expect(said(shown.messages)).toContain('groups:mine.pick');
    expect(said(shown.messages)).toContain(`group:${mawar.id}`);
    expect(top(shown.state)).toMatchObject({ flow: 'group.mine', step: 'list' });
    expect((top(shown.state)?.data as { selected?: unknown }).selected).toBeUndefined();
  });

  it('opens the one group of someone with one, as the entry does', () => {
    const typed = engine.step(atGroup(), { type: 'text', text: 'kelompok saya' }, env);
    expect(typed.effects.map((effect) => effect.type)).toEqual([LIST_MY_GROUPS.name]);
    const shown = engine.step(typed.state, LIST_MY_GROUPS.resultInput([melati] as unknown as GroupView[]), env);
    expect(said(shown.messages)).toContain('groups:mine.details');
    expect(top(shown.state)).toMatchObject({ flow: 'group.mine', step: 'group' });
  });

  it('leaves "ganti ketua" at a group\'s screen to that screen: the ketua asked', () => {
    const typed = engine.step(atGroup(), { type: 'text', text: 'ganti ketua' }, env);
    expect(top(typed.state)).toMatchObject({ flow: 'group.mine', step: 'edit' });
  });
});
