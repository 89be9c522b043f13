/**
 * Slash commands the bot has no command for, as people guess them from Telegram's command
 * menu: never a step's answer (the status check searched "/daftar" as a desa), a menu entry's
 * word says how to get there, any other word which commands there are; "/tanya <question>"
 * is the question. The engine with the app's flows and asides.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { appEngine, standingAt, testAssistant } from '../../support/assistant.js';
import { unknownSlashCommand } from '../../../src/domain/home/slash-command.js';

const NOW = '2026-12-05T08:00:00.000Z';
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };

describe('slash commands the bot lacks', () => {
  const assistant = testAssistant();
  const engine = appEngine(assistant);
  const atDesa = () => standingAt(assistant, 'status.check', 'where', {}, NOW);
  const atMenu = (): EngineState => {
    const root = assistant.flows.find((flow) => flow.id === assistant.rootFlow)!;
    return { v: 1, stack: [{ flow: root.id, version: root.version, step: 'home', data: {}, history: [] }], invalid: 0, lastActiveAt: NOW };
  };
  const send = (state: EngineState, text: string) => {
    const result = engine.step(state, { type: 'text', text }, env);
    return { ...result, said: JSON.stringify(result.messages) };
  };

  it('tells a menu entry’s slash word typed at a step how to get there, and searches nothing', () => {
    for (const text of ['/daftar', '/kegiatan', '/konfirmasi@wksbm_bot']) {
      const result = send(atDesa(), text);
      expect(result.said, text).toContain('home.menuWordAside');
      expect(result.effects, text).toEqual([]);
      expect(result.state.stack.map((frame) => [frame.flow, frame.step]), text).toEqual([['home', 'home'], ['status.check', 'where']]);
    }
  });

  it('says a slash word that is no command is none, with the commands there are, at a step and at the menu', () => {
    for (const state of [atDesa(), atMenu()]) {
      const result = send(state, '/xyz');
      expect(result.said).toContain('home.unknownCommand');
      expect(result.said).toContain('/xyz');
      expect(result.said).toContain('engine.help');
      expect(result.effects).toEqual([]);
    }
  });

  it('leaves the entry of the flow under way to its own aside ("/status" while checking one)', () => {
    const result = send(atDesa(), '/status');
    expect(result.said).not.toContain('home.menuWordAside');
    expect(result.said).not.toContain('home.unknownCommand');
    expect(result.state.stack.at(-1)?.flow).toBe('status.check');
  });

  it('reads "/tanya <question>" as the question, at the menu and at a step; "/tanya" alone opens ❓ Tanya', () => {
    const atHome = send(atMenu(), '/tanya apa itu pmks');
    expect(atHome.said).toContain('pmks');
    expect(atHome.said).not.toContain('home.unknownCommand');
    const midFlow = send(atDesa(), '/tanya apa itu pmks');
    expect(midFlow.said).toContain('pmks');
    expect(midFlow.state.stack.at(-1)?.step).toBe('where');
    expect(send(atMenu(), '/tanya').state.stack.at(-1)?.flow).toBe('faq');
  });

  it('knows the commands the bot has, and text that only starts with a slash-like word', () => {
    for (const text of ['/batal', '/menu', '/datasaya', '/hapusdata@wksbm_bot', '/start', '/bantuan']) expect(unknownSlashCommand(text), text).toBeNull();
    for (const text of ['05/03', 'rt 5 / rw 3', 'daftar', '/ 5']) expect(unknownSlashCommand(text), text).toBeNull();
    expect(unknownSlashCommand('/Daftar@wksbm_bot')).toEqual({ word: 'daftar', rest: '' });
  });
});
