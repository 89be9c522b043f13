/**
 * A request to log an activity that counts its beneficiaries ("kmrn malem kita santunan yatim
 * 15 anak", typed at the menu) was confirmed with the kind and date only, the 15 children
 * dropped and asked for again. They are said back in the confirmation and carried into the
 * log (also from ❓ Tanya), where their question shows them as recorded.
 */
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../../../src/core/engine/state.js';
import { prefilled } from '../../../src/domain/activities/log-start.js';
import { assistant, env, NOW, send, textOf } from '../../support/activity-log.js';
import { assistantEngine, standingAt } from '../../support/assistant.js';

const engine = assistantEngine(assistant);
const home = (): EngineState => ({ v: 1, stack: [{ flow: 'home', version: assistant.flows.find((flow) => flow.id === 'home')!.version, step: 'home', data: {}, history: [] }], invalid: 0, lastActiveAt: NOW });
const top = (state: EngineState) => state.stack.at(-1)!;

describe('beneficiaries counted in a request to log an activity', () => {
  it('are said back in the confirmation and carried into the log', () => {
    const offered = engine.step(home(), { type: 'text', text: 'kmrn malem kita santunan yatim 15 anak' }, env);
    const said = textOf(offered.messages);
    expect(said).toContain('Mencatat kegiatan: Santunan anak yatim');
    expect(said).toContain('Anak terlantar 15');
    const yes = offered.messages.flatMap((message) => message.buttons ?? []).find((button) => button.id.startsWith('intent:activity:2026'));
    expect(yes).toBeDefined();
    const started = send(offered.state, { type: 'button', id: yes!.id });
    expect(top(started.state)).toMatchObject({ flow: 'activity.log', data: { category: 'santunan_anak_yatim', beneficiaries: { 2: 15 } } });
  });

  it('are carried into the log when the request is typed in ❓ Tanya', () => {
    const started = send(standingAt(assistant, 'faq', 'topic', {}, NOW), { type: 'text', text: 'kmrn malem kita santunan yatim 15 anak' });
    expect(top(started.state)).toMatchObject({ flow: 'activity.log', data: { beneficiaries: { 2: 15 } } });
  });

  it('takes only counts of known categories within the limit from a start input', () => {
    expect(prefilled({ beneficiaries: { 2: 15, 8: 3 } })).toEqual({ beneficiaries: { 2: 15, 8: 3 } });
    expect(prefilled({ beneficiaries: { 99: 15, 2: 0, 8: 'x' } })).toEqual({});
  });
});
