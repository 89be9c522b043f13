/**
 * A photo with a caption (WhatsApp, Telegram) sent at a question of the activity log: the
 * photo was kept and the caption dropped, so the person typed the same again. The caption now
 * answers the question when it reads as an answer (the description, the date, the counts), and
 * the photo is kept with the activity as before; a caption that answers nothing ("foto") leaves
 * the question asked again, the photo kept.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepInput } from '../../../src/core/engine/flow.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { LOG_ACTIVITY_FLOW_ID } from '../../../src/domain/activities/log-flow.js';
import { KEEP_PHOTO } from '../../../src/domain/activities/photo-effects.js';
import { LIST_VILLAGE_GROUPS } from '../../../src/domain/groups/effects.js';
import { assistantEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-07T03:00:00.000Z';
const assistant = testAssistant();
const engine = assistantEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null }, canReceivePhotos: true };
const own = { id: 'own', name: 'Posyandu Melati', villageCode: '34.02.15.2004' };
const at = (step: string, data: object) => standingAt(assistant, LOG_ACTIVITY_FLOW_ID, step, { own, consented: true, ...data }, NOW);

function send(state: EngineState, input: StepInput) {
  return engine.step(state, input, env);
}

/** A photo with `caption` sent, and kept as `photoId`. */
function photo(state: EngineState, caption: string, photoId = 'ph1') {
  const sent = send(state, { type: 'media', kind: 'photo', ref: 'file-1', caption });
  expect(sent.effects.map((effect) => effect.type)).toEqual([KEEP_PHOTO.name]);
  return send(sent.state, { type: 'effect-result', effect: KEEP_PHOTO.name, value: { kind: 'stored', photoId } });
}

describe('a photo with a caption at a question of the activity log', () => {
  it('keeps the photo and takes the caption as the description', () => {
    const kept = photo(at('description', { date: '2026-12-05', category: 'bantuan_lansia' }), 'Senam lansia bersama di balai desa');
    expect(kept.state.stack.at(-1)).toMatchObject({ step: 'partners', data: { description: 'Senam lansia bersama di balai desa', photoIds: ['ph1'] } });
    expect(kept.effects.map((effect) => effect.type)).toContain(LIST_VILLAGE_GROUPS.name);
  });

  it('takes a caption as the date, and as the counts', () => {
    const dated = photo(at('date', {}), 'kemarin');
    expect(dated.state.stack.at(-1)).toMatchObject({ step: 'category', data: { date: '2026-12-06', photoIds: ['ph1'] } });
    const counted = photo(at('beneficiaries', { date: '2026-12-05', category: 'bantuan_lansia', description: 'Santunan', partners: [] }), '20 lansia', 'ph2');
    expect(counted.state.stack.at(-1)).toMatchObject({ step: 'summary', data: { beneficiaries: { 8: 20 }, photoIds: ['ph2'] } });
  });

  it('keeps the photo and asks again when the caption answers nothing', () => {
    const kept = photo(at('date', {}), 'foto');
    expect(kept.state.stack.at(-1)).toMatchObject({ step: 'date', data: { photoIds: ['ph1'] } });
    expect(kept.state.stack.at(-1)!.data).not.toHaveProperty('date');
  });
});
