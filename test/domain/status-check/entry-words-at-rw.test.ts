/**
 * Another menu entry's words at the status check's RW question, as at its desa question
 * (StepDef.readsWithoutAsides): refused, so that the engine opens the entry; where that entry is
 * under way below ("daftar kelompok" in a check opened mid-registration) the RW is asked again,
 * with no aside on how to reach the menu. The engine with the app's flows and asides.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { appEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const village = { code: '34.02.15.2003', name: 'Bangunharjo', districtName: 'Sewon', regencyName: 'Bantul' };

describe('"daftar kelompok" at the status check\'s RW question', () => {
  const assistant = testAssistant();
  const engine = appEngine(assistant);
  const flow = (id: string) => assistant.flows.find((candidate) => candidate.id === id)!;

  it('opens the registration over the check', () => {
    const state = standingAt(assistant, 'status.check', 'rw', { village }, NOW);
    const result = engine.step(state, { type: 'text', text: 'daftar kelompok' }, env);
    expect(result.state.stack.map((frame) => frame.flow)).toEqual(['home', 'status.check', 'group.register']);
  });

  it('asks the RW again, with no aside, where a registration is under way below', () => {
    const atRw = standingAt(assistant, 'status.check', 'rw', { village }, NOW);
    const register = flow('group.register');
    const state: EngineState = {
      ...atRw,
      stack: [atRw.stack[0]!, { flow: register.id, version: register.version, step: 'type', data: {}, history: [] }, atRw.stack[1]!],
    };
    const result = engine.step(state, { type: 'text', text: 'daftar kelompok' }, env);
    expect(result.state.stack.map((frame) => frame.flow)).toEqual(['home', 'group.register', 'status.check']);
    const said = JSON.stringify(result.messages);
    expect(said).not.toContain('home.menuWordAside');
    expect(said).toContain('statusCheck.askRw');
  });
});
