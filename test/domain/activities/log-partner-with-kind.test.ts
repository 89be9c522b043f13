/**
 * A partner named with the kind in one sentence at the kind's question ("senam lansia bareng
 * karang taruna") was asked again at the partner question, as if nothing had been said. When
 * the words after "bareng"/"bersama" name a group of the desa (by its name or its kind), it is
 * now taken as the partner and said back; words that name no group of the desa ("bareng warga
 * sekitar") leave the question asked as usual, with no "not found" about words never meant as
 * a group's name.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepInput } from '../../../src/core/engine/flow.js';
import type { OutboundMessage } from '../../../src/core/messages.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { LOG_ACTIVITY_FLOW_ID } from '../../../src/domain/activities/log-flow.js';
import { LIST_VILLAGE_GROUPS } from '../../../src/domain/groups/effects.js';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { assistantEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-07T03:00:00.000Z';
const assistant = testAssistant();
const engine = assistantEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const VILLAGE = '34.02.15.2004';
const own = { id: 'own', name: 'Posyandu Melati', villageCode: VILLAGE };
const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
const text = (messages: readonly OutboundMessage[]) => renderer.render([...messages], 'id').map((message) => message.text).join('\n');

function group(id: string, name: string, type: GroupView['type']): GroupView {
  return { id, name, type, villageCode: VILLAGE } as GroupView;
}
const groups = [group('pkk', 'PKK Panggungharjo', 'pkk'), group('kt', 'Karang Taruna Tunas Muda', 'karang_taruna')];

function send(state: EngineState, input: StepInput) {
  return engine.step(state, input, env);
}

/** The kind typed at its question, the description offered taken with "ya", and the desa's groups listed. */
function kindThenGroups(said: string) {
  const start = standingAt(assistant, LOG_ACTIVITY_FLOW_ID, 'category', { own, consented: true, date: '2026-12-05' }, NOW);
  const kind = send(start, { type: 'text', text: said });
  const described = send(kind.state, { type: 'text', text: 'ya' });
  expect(described.effects.map((effect) => effect.type)).toContain(LIST_VILLAGE_GROUPS.name);
  return send(described.state, { type: 'effect-result', effect: LIST_VILLAGE_GROUPS.name, value: groups });
}

describe('a partner named with the kind', () => {
  it('is taken as the partner, by the kind of its group, and said back', () => {
    const listed = kindThenGroups('senam lansia bareng karang taruna');
    expect(listed.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: ['kt'], description: 'senam lansia bareng karang taruna' } });
    expect(text(listed.messages)).toContain('✅ Kelompok lain: Karang Taruna Tunas Muda.');
  });

  it('is taken by its name, the words after it left out', () => {
    const listed = kindThenGroups('kerja bakti bersama tunas muda di balai desa');
    expect(listed.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: ['kt'] } });
  });

  it('leaves the question asked as usual when the words name no group of the desa', () => {
    const listed = kindThenGroups('senam lansia bareng warga sekitar');
    expect(listed.state.stack.at(-1)).toMatchObject({ step: 'partners', data: { partners: [] } });
    expect(text(listed.messages)).not.toContain('tidak saya temukan');
  });
});
