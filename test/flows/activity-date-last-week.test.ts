/**
 * "Minggu lalu" at the activity's date is asked "which day?": the weekday typed next is that
 * week's ("rabu" on Sunday 6 December is 25 November), not this week's (2 December).
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../src/core/engine/flow.js';
import { LOG_ACTIVITY_FLOW_ID } from '../../src/domain/activities/log-flow.js';
import { assistantEngine, standingAt, testAssistant } from '../support/assistant.js';

// Sunday 6 December 2026, 10:00 in Jakarta.
const NOW = '2026-12-06T03:00:00.000Z';
const assistant = testAssistant();
const engine = assistantEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const own = { id: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', name: 'Arisan Melati', villageCode: '34.02.15.2004' };

function dateAfter(...answers: string[]): unknown {
  let state = standingAt(assistant, LOG_ACTIVITY_FLOW_ID, 'date', { own, consented: true }, NOW);
  for (const text of answers) state = engine.step(state, { type: 'text', text }, env).state;
  return state.stack.at(-1)!.data;
}

describe('the weekday answering "minggu lalu hari apa?"', () => {
  it('is last week\'s', () => {
    const asked = engine.step(standingAt(assistant, LOG_ACTIVITY_FLOW_ID, 'date', { own, consented: true }, NOW), { type: 'text', text: 'minggu lalu' }, env);
    expect(asked.messages.flatMap((message) => message.body.map((text) => text.key))).toContain('activities:dateError.vague_week');
    expect(dateAfter('minggu lalu', 'rabu')).toMatchObject({ date: '2026-11-25' });
    expect(dateAfter('minggu lalu', 'hari sabtu')).toMatchObject({ date: '2026-11-28' });
    // A date typed in full is that date.
    expect(dateAfter('minggu lalu', '27/11')).toMatchObject({ date: '2026-11-27' });
  });

  it('is this week\'s when "minggu lalu" was not said, and forgotten once a date is taken', () => {
    expect(dateAfter('rabu')).toMatchObject({ date: '2026-12-02' });
    expect(dateAfter('minggu lalu', 'rabu')).not.toHaveProperty('lastWeek');
  });
});
