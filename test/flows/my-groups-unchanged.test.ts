/**
 * "Sama" in Kelompok saya where a new desa was picked and its RT/RW is asked: the same RT/RW in
 * the new desa, so the desa still moves (not "nothing changed"). The engine with the real flows.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../src/core/engine/flow.js';
import { assistantEngine, standingAt, testAssistant } from '../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';

describe('"sama" at the RT/RW of a new desa', () => {
  it('moves the group to the new desa with its RT/RW as it was', () => {
    const assistant = testAssistant();
    const engine = assistantEngine(assistant);
    const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
    const group = { id: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', name: 'Arisan Melati', unit: { rw: 3, rt: 5, dusun: '' } };
    const village = { code: '34.02.15.2003', name: 'Bangunharjo', districtName: 'Sewon', regencyName: 'Bantul' };
    const state = standingAt(assistant, 'group.mine', 'edit', { selected: group, groups: [group], field: 'unit', village }, NOW);
    const result = engine.step(state, { type: 'text', text: 'sama kyk td' }, env);
    expect(result.effects).toEqual([
      expect.objectContaining({ type: 'group.update', payload: { groupId: group.id, changes: { villageCode: village.code, unit: group.unit } } }),
    ]);
  });
});

describe('a change typed with its value at the group\'s screen', () => {
  const assistant = testAssistant();
  const engine = assistantEngine(assistant);
  const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
  const group = { id: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', name: 'Arisan Melati', unit: { rw: 3, rt: 5, dusun: '' }, ketuaName: 'Bu Siti', ketuaPhone: '+6281200000001', memberCount: 20 };
  const atGroup = () => standingAt(assistant, 'group.mine', 'group', { selected: group, groups: [group], consented: true }, NOW);

  it('saves the new ketua with their phone, and the new member count, without asking again', () => {
    const ketua = engine.step(atGroup(), { type: 'text', text: 'ganti ketua jadi Ustadzah Fatimah 0878 1111 2222' }, env);
    expect(ketua.effects).toEqual([
      expect.objectContaining({ type: 'group.update', payload: expect.objectContaining({ groupId: group.id, changes: { ketuaName: 'Ustadzah Fatimah', ketuaPhone: '+6287811112222' } }) }),
    ]);
    const members = engine.step(atGroup(), { type: 'text', text: 'ubah jumlah anggota jadi 35' }, env);
    expect(members.effects).toEqual([expect.objectContaining({ type: 'group.update', payload: expect.objectContaining({ changes: { memberCount: 35 } }) })]);
  });

  it('asks a new ketua\'s phone when none is typed, and asks the value when none reads', () => {
    const ketua = engine.step(atGroup(), { type: 'text', text: 'ubah ketua: Ibu Hj. Aminah' }, env);
    expect(ketua.effects).toEqual([]);
    expect(ketua.state.stack.at(-1)).toMatchObject({ step: 'edit', data: { field: 'ketuaPhone', newKetua: 'Hj. Aminah' } });
    const asked = engine.step(atGroup(), { type: 'text', text: 'ganti ketua' }, env);
    expect(asked.state.stack.at(-1)).toMatchObject({ step: 'edit', data: { field: 'ketuaName' } });
  });
});

describe('another field\'s change typed where the new name is asked', () => {
  const assistant = testAssistant();
  const engine = assistantEngine(assistant);
  const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
  const group = { id: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', name: 'Arisan Melati', unit: { rw: 3, rt: 5, dusun: '' }, ketuaName: 'Bu Siti', ketuaPhone: '+6281200000001', memberCount: 20 };
  const atName = () => standingAt(assistant, 'group.mine', 'edit', { selected: group, groups: [group], consented: true, field: 'name' }, NOW);

  it('renames nothing for "pindah desa": back to the group\'s screen, where ✏️ Desa moves it', () => {
    const moved = engine.step(atName(), { type: 'text', text: 'pindah desa' }, env);
    expect(moved.effects).toEqual([]);
    expect(moved.state.stack.at(-1)).toMatchObject({ step: 'group' });
    expect(JSON.stringify(moved.messages)).toContain('groups:mine.otherFieldNotName');
  });

  it('opens the field named for "ganti ketua", and still takes a name with such a word inside', () => {
    const ketua = engine.step(atName(), { type: 'text', text: 'ganti ketua' }, env);
    expect(ketua.effects).toEqual([]);
    expect(ketua.state.stack.at(-1)).toMatchObject({ step: 'edit', data: { field: 'ketuaName' } });
    const named = engine.step(atName(), { type: 'text', text: 'Arisan Pindah Desa Melati' }, env);
    expect(named.state.stack.at(-1)).not.toMatchObject({ step: 'group' });
    expect(JSON.stringify(named.messages)).not.toContain('otherFieldNotName');
  });
});
