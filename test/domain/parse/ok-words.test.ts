/**
 * "OK" (parse/lexicon.ts OK_WORDS) is one list for its three readers: an acknowledgement typed
 * alone, "oke terus gimana" (what next) and "oke, kegiatan saya" at the menu (the entry's
 * words after a yes). Each reader's own extras stay its own: "noted" is an acknowledgement
 * alone only, "baik" and "ya" go before an entry's words too.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { acknowledgesOnly } from '../../../src/domain/faq/acknowledgement.js';
import { asksWhatNextIn } from '../../../src/domain/faq/what-next.js';
import { OK_WORDS } from '../../../src/domain/parse/lexicon.js';
import { appEngine, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';
const assistant = testAssistant();
const engine = appEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const root = assistant.flows.find((flow) => flow.id === assistant.rootFlow)!;
const atMenu: EngineState = { v: 1, stack: [{ flow: root.id, version: root.version, step: 'home', data: {}, history: [] }], invalid: 0, lastActiveAt: NOW };

/** The words the menu looks up for `text` typed at it, or undefined when it looks none up. */
function pickedWords(text: string): unknown {
  const effect = engine.step(atMenu, { type: 'text', text }, env).effects.find((candidate) => candidate.type === 'menu.pick');
  return (effect?.payload as { text?: unknown } | undefined)?.text;
}

describe('one list of "OK" for its three readers', () => {
  it.each([...OK_WORDS])('"%s" is an acknowledgement, opens "what next" and goes before an entry\'s words', (word) => {
    expect(acknowledgesOnly(word)).toBe(true);
    expect(acknowledgesOnly(`${word} deh`)).toBe(true);
    expect(asksWhatNextIn(`${word} terus gimana`)).toBe(true);
    expect(pickedWords(`${word}, kegiatan saya`)).toBe('kegiatan saya');
    expect(pickedWords(`${word.toUpperCase()} kegiatan saya`)).toBe('kegiatan saya');
  });

  it('keeps each reader\'s own extras its own', () => {
    for (const word of ['noted', 'mantap', 'paham', 'k', 'okeh', 'baik', 'fine']) expect(acknowledgesOnly(word), word).toBe(true);
    for (const word of ['noted', 'mantap', 'baik']) expect(asksWhatNextIn(`${word} terus gimana`), word).toBe(false);
    for (const word of ['ya', 'iya', 'iyaa', 'yaa', 'baik']) expect(pickedWords(`${word}, kegiatan saya`), word).toBe('kegiatan saya');
    for (const word of ['noted', 'mantap', 'k']) expect(pickedWords(`${word}, kegiatan saya`), word).not.toBe('kegiatan saya');
    for (const word of ['ya', 'iya', 'baik']) expect(acknowledgesOnly(word), word).toBe(word === 'baik');
  });
});
