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
import { textOf as text } from '../../support/activity-log.js';

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

  it('keeps the activity told in a caption at the date, with its kind, words and partner, and asks the date again', () => {
    const kept = photo(at('date', {}), 'penimbangan balita bareng pkk');
    expect(kept.state.stack.at(-1)).toMatchObject({
      step: 'date',
      data: { category: 'layanan_kesehatan', typedDescription: 'penimbangan balita bareng pkk', partnerSaid: 'pkk', photoIds: ['ph1'] },
    });
    const said = text(kept.messages);
    expect(said).toContain('Foto disimpan untuk kegiatan ini (1/3)');
    expect(said).toContain('kegiatannya saya catat: “penimbangan balita bareng pkk”');
    expect(said).toContain('Kapan kegiatan Posyandu Melati berlangsung?');
    // Kept, so no invalid answer: the count of them in a row is not raised.
    expect(kept.state.invalid).toBe(0);
    // The date answered next passes the kind's question, the words offered as the description.
    const dated = send(kept.state, { type: 'text', text: 'kemarin' });
    expect(dated.state.stack.at(-1)).toMatchObject({ step: 'description', data: { date: '2026-12-06', photoIds: ['ph1'] } });
    expect(text(dated.messages)).toContain('“penimbangan balita bareng pkk”');
  });

  it('takes the day named in a caption with the activity as the date', () => {
    const taken = photo(at('date', {}), 'kerja bakti sama pkk sabtu kemarin');
    expect(taken.state.stack.at(-1)).toMatchObject({ step: 'description', data: { date: '2026-12-05', category: 'kerja_bakti', partnerSaid: 'pkk', photoIds: ['ph1'] } });
    expect(text(taken.messages)).toContain('kegiatannya saya catat');
  });

  it('keeps the activity told in a caption when no more photos can be kept', () => {
    const full = send(at('date', { photoIds: ['a', 'b', 'c'] }), { type: 'media', kind: 'photo', ref: 'file-4', caption: 'santunan anak yatim di masjid' });
    expect(full.effects).toEqual([]);
    expect(full.state.stack.at(-1)).toMatchObject({ step: 'date', data: { category: 'santunan_anak_yatim', typedDescription: 'santunan anak yatim di masjid', photoIds: ['a', 'b', 'c'] } });
    expect(text(full.messages)).toContain('kegiatannya saya catat');
  });

  it('keeps the photo and asks again when the caption answers nothing', () => {
    const kept = photo(at('date', {}), 'foto');
    expect(kept.state.stack.at(-1)).toMatchObject({ step: 'date', data: { photoIds: ['ph1'] } });
    expect(kept.state.stack.at(-1)!.data).not.toHaveProperty('date');
  });
});
