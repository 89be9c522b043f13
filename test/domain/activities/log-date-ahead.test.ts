/**
 * A day and month still ahead this year at the activity's date ("12 desember" on 7 December
 * 2026) was taken as 12 December 2025 in silence; now it is said that it has not come yet and
 * last year's is offered (a tap or "ya" takes it). "31 februari" is said not to exist.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { LOG_ACTIVITY_FLOW_ID } from '../../../src/domain/activities/log-flow.js';
import { assistantEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-07T03:00:00.000Z';
const assistant = testAssistant();
const engine = assistantEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const own = { id: 'own', name: 'Arisan Melati', villageCode: '34.02.15.2004' };

function atDate() {
  return standingAt(assistant, LOG_ACTIVITY_FLOW_ID, 'date', { own, consented: true }, NOW);
}

describe('a date still ahead this year', () => {
  it('is said, and last year\'s offered: its button or "ya" takes it', () => {
    const asked = engine.step(atDate(), { type: 'text', text: '12 desember' }, env);
    expect(asked.state.stack.at(-1)).toMatchObject({ step: 'date', data: { offeredDate: '2025-12-12' } });
    const message = asked.messages[0]!;
    expect(message.body[0]).toMatchObject({ key: 'activities:dateLastYear', params: { asked: '12 Desember 2026', offered: '12 Desember 2025' } });
    expect(message.buttons?.map((button) => button.id)).toEqual(['date:2025-12-12']);

    const tapped = engine.step(asked.state, { type: 'button', id: 'date:2025-12-12' }, env);
    expect(tapped.state.stack.at(-1)).toMatchObject({ step: 'category', data: { date: '2025-12-12' } });
    expect(tapped.state.stack.at(-1)!.data).not.toHaveProperty('offeredDate');
    expect(engine.step(asked.state, { type: 'text', text: 'iya' }, env).state.stack.at(-1)).toMatchObject({ step: 'category', data: { date: '2025-12-12' } });
    // Another date typed instead is that date.
    expect(engine.step(asked.state, { type: 'text', text: '5 desember' }, env).state.stack.at(-1)).toMatchObject({ step: 'category', data: { date: '2026-12-05' } });
  });

  it('"31 februari" is said not to exist; a day in words is read', () => {
    const refused = engine.step(atDate(), { type: 'text', text: '31 februari' }, env);
    expect(refused.messages.flatMap((message) => message.body.map((part) => part.key))).toContain('activities:dateError.no_such_date');
    expect(engine.step(atDate(), { type: 'text', text: 'tanggal dua belas november' }, env).state.stack.at(-1)).toMatchObject({ step: 'category', data: { date: '2026-11-12' } });
  });
});
