/**
 * The "Catat kegiatan bersama" flow stepped without a database, in one desa with two other
 * groups (PKK Panggungharjo, Karang Taruna Tunas Muda), for the tests of what a leader types
 * at its questions (partners named with the kind, `kembali` to the partner question…).
 */
import { expect } from 'vitest';
import type { FlowEnv, StepInput } from '../../src/core/engine/flow.js';
import type { EngineState } from '../../src/core/engine/state.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { LOG_ACTIVITY_FLOW_ID } from '../../src/domain/activities/log-flow.js';
import { LIST_VILLAGE_GROUPS } from '../../src/domain/groups/effects.js';
import type { GroupView } from '../../src/domain/model/groups.js';
import { loadLocaleResources } from '../../src/i18n/locales.js';
import { createRenderer } from '../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../src/paths.js';
import { assistantEngine, standingAt, testAssistant } from './assistant.js';

/** Monday 7 December 2026, 10:00 in Jakarta. */
export const NOW = '2026-12-07T03:00:00.000Z';
/** The desa of the leader's group and of the groups listed. */
export const VILLAGE = '34.02.15.2004';
/** The leader's own group, the one the activity is logged for. */
export const own = { id: 'own', name: 'Posyandu Melati', villageCode: VILLAGE };
/** The app's assistant, whose flows the tests look into. */
export const assistant = testAssistant();
const engine = assistantEngine(assistant);
/** An Indonesian-speaking person, at {@link NOW}. */
export const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };

/** A group of the desa, as the storage lists it. */
export function group(id: string, name: string, type: GroupView['type']): GroupView {
  return { id, name, type, villageCode: VILLAGE } as GroupView;
}

/** The desa's other groups. */
export const groups = [group('pkk', 'PKK Panggungharjo', 'pkk'), group('kt', 'Karang Taruna Tunas Muda', 'karang_taruna')];

/** One message sent (or one effect's result) to the conversation. */
export function send(state: EngineState, input: StepInput) {
  return engine.step(state, input, env);
}

/** A conversation standing at `step` of the activity log, consented, for {@link own}, with `data`. */
export function logAt(step: string, data: object = {}): EngineState {
  return standingAt(assistant, LOG_ACTIVITY_FLOW_ID, step, { own, consented: true, ...data }, NOW);
}

/**
 * The kind typed at its question, the description offered taken with "ya", and the desa's
 * groups (`listed`) listed at the partner question: where a partner named with the kind is
 * taken or not.
 */
export function kindThenGroups(said: string, listed: readonly GroupView[] = groups) {
  const kind = send(logAt('category', { date: '2026-12-05' }), { type: 'text', text: said });
  const described = send(kind.state, { type: 'text', text: 'ya' });
  expect(described.effects.map((effect) => effect.type)).toContain(LIST_VILLAGE_GROUPS.name);
  return send(described.state, { type: 'effect-result', effect: LIST_VILLAGE_GROUPS.name, value: listed });
}

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');

/** The messages as the person reads them, in Indonesian, one after another. */
export function textOf(messages: readonly OutboundMessage[]): string {
  return renderer
    .render([...messages], 'id')
    .map((message) => message.text)
    .join('\n');
}
