/**
 * A long story typed at the activity's description ("Jadi gini min, kemarin itu kami ibu2 PKK
 * bareng mas2 karang taruna ngumpul di balai desa …") is an answer too long, never a request:
 * it was read as a desa's status asked for, and a search opened on top of the activity.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { LOG_ACTIVITY_FLOW_ID } from '../../../src/domain/activities/log-flow.js';
import { assistantEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-07T03:00:00.000Z';
const assistant = testAssistant();
const engine = assistantEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const own = { id: 'own', name: 'Posyandu Melati', villageCode: '34.02.15.2004' };

const LONG =
  'Jadi gini min, kemarin itu kami ibu2 PKK bareng mas2 karang taruna ngumpul di balai desa buat ' +
  'bersih2 lingkungan sama bagi sembako ke warga yang kurang mampu di desa kami, terus lanjut ' +
  'penimbangan balita di posyandu dusun, pokoknya rame banget min, pak kades juga datang ngecek ' +
  'kondisi desa dan status desa kita, warga desa senang semua, ada kurang lebih lima puluh warga ' +
  'yang ikut dari tiga dusun, habis itu makan bareng di rumah pak dukuh sampai sore hari baru bubar';

describe('a description longer than 300 characters', () => {
  it('is refused as too long and the same question asked again, nothing else opened', () => {
    expect(LONG.length).toBeGreaterThan(300);
    const state = standingAt(assistant, LOG_ACTIVITY_FLOW_ID, 'description', { own, consented: true, date: '2026-12-06', category: 'kerja_bakti' }, NOW);
    for (const text of [LONG, `${LONG} ya min, gimana status desa kami sekarang?`, `${LONG}. Oh ya min, WKSBM itu apa sih?`]) {
      const result = engine.step(state, { type: 'text', text }, env);
      expect(result.state.stack.map((frame) => frame.flow)).toEqual([state.stack[0]!.flow, LOG_ACTIVITY_FLOW_ID]);
      expect(result.state.stack.at(-1)!.step).toBe('description');
      const keys = result.messages.flatMap((message) => message.body.map((part) => part.key));
      expect(keys).toContain('flow.tooLong');
      expect(keys).toContain('activities:askDescription');
      expect(result.effects).toEqual([]);
    }
  });
});
