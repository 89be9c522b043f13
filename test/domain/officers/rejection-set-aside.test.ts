/**
 * A rejection whose reason the officer typed, set aside with "menu": ▶️ Lanjutkan offers it
 * as long as the conversation lives, as a half-filled form's (the reason is typed data, only
 * recorded at the last tap), not for the half hour a question holding nothing typed gets
 * (core/engine/paused.ts). The engine with the app's flows, stepped without a database.
 */
import { describe, expect, it } from 'vitest';
import { commandButtonId } from '../../../src/core/engine/commands.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { verbatim } from '../../../src/core/text.js';
import { OFFICER_CHECK_TARGET } from '../../../src/domain/officers/effects.js';
import { verifyButtons } from '../../../src/domain/officers/verify-target.js';
import { appEngine, testAssistant } from '../../support/assistant.js';
import { personAt } from '../../support/officer-profile.js';

const assistant = testAssistant();
const engine = appEngine(assistant);
const group = { type: 'group', id: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', villageCode: '34.02.15.2003', groupId: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', label: verbatim('Arisan Melati'), verification: 'pending', active: true } as const;
const RESUME = commandButtonId('resume');

describe('a rejection set aside', () => {
  it('with its reason typed, is still offered by ▶️ Lanjutkan 40 minutes on, at the reason\'s confirmation', () => {
    const root = assistant.flows.find((flow) => flow.id === assistant.rootFlow)!;
    let state: EngineState = { v: 1, stack: [{ flow: root.id, version: root.version, step: 'home', data: {}, history: [] }], invalid: 0, lastActiveAt: '2026-12-05T08:00:00.000Z' };
    const step = (input: Parameters<typeof engine.step>[1], iso: string) => {
      const result = engine.step(state, input, personAt(iso));
      state = result.state;
      return result;
    };
    step({ type: 'button', id: verifyButtons('group', group.id)[1]!.id }, '2026-12-05T08:00:00.000Z');
    step(OFFICER_CHECK_TARGET.resultInput({ kind: 'ok', target: group, officer: null }), '2026-12-05T08:00:00.000Z');
    step({ type: 'text', text: 'data anggota belum lengkap' }, '2026-12-05T08:01:00.000Z');
    expect(state.stack.at(-1)).toMatchObject({ flow: 'officer.verify', step: 'confirm' });
    step({ type: 'text', text: 'menu' }, '2026-12-05T08:02:00.000Z');
    step({ type: 'text', text: 'menu' }, '2026-12-05T08:22:00.000Z');
    const later = step({ type: 'text', text: 'menu' }, '2026-12-05T08:42:00.000Z');
    expect(later.messages.at(-1)?.buttons?.map((button) => button.id) ?? []).toContain(RESUME);
  });
});
