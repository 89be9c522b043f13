/**
 * The activity summary (the step with ✅ Simpan) takes the evidence photos: it invites them
 * where the channel carries one and says nothing of them where it cannot; a photo sent
 * there is kept by the photo effect and the summary comes back with the count; at three
 * the invitation and the location choice go, and a fourth is refused politely. The step's
 * pure functions are called directly and rendered with the real locale files.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepContext, StepInput } from '../../../src/core/engine/flow.js';
import type { OutboundMessage } from '../../../src/core/messages.js';
import { logActivityFlow } from '../../../src/domain/activities/log-flow.js';
import { KEEP_PHOTO } from '../../../src/domain/activities/photo-effects.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
const summary = logActivityFlow.steps.summary!;
type Data = Parameters<typeof summary.prompt>[0]['data'];

const data = {
  own: { id: 'g1', name: 'Karang Taruna Tunas Muda', villageCode: '34.02.15.2004' },
  date: '2026-11-19',
  category: 'bantuan_lansia',
  description: 'Pemeriksaan kesehatan lansia',
  beneficiaries: { '8': 20 },
} as Data;

function ctx(canReceivePhotos: boolean, extra: Partial<Data> = {}): StepContext<Data> {
  const env: FlowEnv = { now: new Date('2026-11-20T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null }, canReceivePhotos };
  return { data: { ...data, ...extra }, env };
}

function shown(message: OutboundMessage) {
  const [rendered] = renderer.render([message], 'id');
  return { text: rendered!.text, buttons: (rendered!.buttons ?? []).map((button) => button.id) };
}

const photo: StepInput = { type: 'media', kind: 'photo', ref: 'm1' };

describe('the activity summary takes the photos', () => {
  it('invites up to 3 photos as evidence, with the location choice, where the channel carries them', () => {
    const { text, buttons } = shown(summary.prompt(ctx(true)));
    expect(text).toContain('Lansia terlantar 20');
    expect(text).toContain('sampai 3 foto');
    expect(text.trim().endsWith('Simpan?')).toBe(true);
    expect(buttons).toEqual(['save', 'photo:location', 'cmd:back', 'cmd:cancel']);
  });

  it('does not mention photos where the channel cannot carry one, and ignores a stray media input', () => {
    const { text, buttons } = shown(summary.prompt(ctx(false)));
    expect(text.toLowerCase()).not.toContain('foto');
    expect(buttons).toEqual(['save', 'cmd:back', 'cmd:cancel']);
    expect(summary.on(photo, ctx(false))).toEqual({ type: 'invalid' });
  });

  it('names the photo among the answers it expects when something else is typed there', () => {
    const typed: StepInput = { type: 'text', text: 'nanti saya kabari lagi' };
    const withPhotos = summary.on(typed, ctx(true));
    expect(withPhotos.type).toBe('invalid');
    const reason = withPhotos.type === 'invalid' && withPhotos.reason ? shown({ body: [withPhotos.reason] }).text : '';
    expect(reason).toBe('Maaf, jawaban itu belum bisa saya pakai. Yang saya perlukan: Simpan, foto kegiatan, Kembali, atau Batal.');
    expect(summary.on(typed, ctx(false))).toEqual({ type: 'invalid' });
  });

  it('keeps a photo sent at the summary and shows the summary again with the count', () => {
    expect(summary.on(photo, ctx(true, { shareLocation: true }))).toEqual({
      type: 'stay',
      effects: [{ type: 'activity.photo.keep', payload: { shareLocation: true }, reply: true }],
    });
    const kept = summary.on({ type: 'effect-result', effect: KEEP_PHOTO.name, value: { kind: 'stored', photoId: 'ph1' } }, ctx(true));
    expect(kept).toMatchObject({ type: 'stay', data: { photoIds: ['ph1'] }, reprompt: true });
    expect(shown(summary.prompt(ctx(true, { photoIds: ['ph1'] }))).text).toContain('Foto: 1 dari 3');
    const refused = summary.on({ type: 'effect-result', effect: KEEP_PHOTO.name, value: { kind: 'rejected', reason: 'not-image' } }, ctx(true));
    expect(refused).toMatchObject({ type: 'stay', reprompt: true });
    expect(refused).not.toHaveProperty('data');
  });

  it('at 3 photos stops offering more, and refuses a fourth politely', () => {
    const full = ctx(true, { photoIds: ['a', 'b', 'c'] });
    const { text, buttons } = shown(summary.prompt(full));
    expect(text).toContain('Foto: 3 dari 3');
    expect(buttons).not.toContain('photo:location');
    const fourth = summary.on(photo, full);
    expect(fourth).toMatchObject({ type: 'stay', reprompt: true });
    expect(fourth).not.toHaveProperty('effects');
    expect(shown((fourth as { say: readonly OutboundMessage[] }).say[0]!).text).toContain('Sudah ada 3 foto');
  });

  it('saves with the photos kept so far', () => {
    const saved = summary.on({ type: 'button', id: 'save' }, ctx(true, { photoIds: ['a'] }));
    expect(saved).toMatchObject({ type: 'stay', effects: [{ payload: { photoIds: ['a'] } }] });
  });
});
