/**
 * A caption sent with a photo at the activity summary: the photo was kept and the caption
 * dropped without a word (on purpose: "simpan" as a caption must not save). People send "ini
 * fotonya", or a short description, with the photo there. The photo is still kept as before;
 * words only about the photo need no answer; a description is said not to have been used,
 * with a button to use it as the description (and how to write another); a command ("simpan",
 * "tanggalnya jumat kemarin") is said not to have been carried out, and how to do it.
 */
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../../../src/core/engine/state.js';
import { CREATE_ACTIVITY } from '../../../src/domain/activities/effects.js';
import { KEEP_PHOTO } from '../../../src/domain/activities/photo-effects.js';
import { logAt, send, textOf } from '../../support/activity-log.js';

const description = 'Pemeriksaan kesehatan lansia';
const summary = () => logAt('summary', { date: '2026-12-05', category: 'layanan_kesehatan', description, partners: [], beneficiaries: { 8: 20 } });

/** A photo with `caption` sent at `state`, and kept. */
function photo(state: EngineState, caption: string) {
  const sent = send(state, { type: 'media', kind: 'photo', ref: 'file-1', caption });
  expect(sent.effects.map((effect) => effect.type)).toEqual([KEEP_PHOTO.name]);
  const kept = send(sent.state, { type: 'effect-result', effect: KEEP_PHOTO.name, value: { kind: 'stored', photoId: 'ph1' } });
  expect(kept.state.stack.at(-1)).toMatchObject({ step: 'summary', data: { photoIds: ['ph1'], description } });
  expect(kept.effects).toEqual([]);
  return { kept, shown: textOf(kept.messages), buttons: kept.messages.flatMap((message) => message.buttons ?? []).map((button) => button.id) };
}

describe('a caption sent with a photo at the summary', () => {
  it.each(['ini fotonya', 'Foto kegiatan kemarin', 'dokumentasi 📷', 'here is the photo', 'makasih min', 'ok'])('"%s" (only about the photo, or a courtesy): the photo kept, nothing more said', (caption) => {
    const { shown, buttons } = photo(summary(), caption);
    expect(shown).toContain('📷 Foto diterima (1/3).');
    expect(shown).not.toContain(`“${caption}”`);
    expect(shown).not.toContain('tidak saya');
    expect(buttons).not.toContain('summary:caption');
  });

  it('a description: said not used, and taken as the description with its button, the photo kept', () => {
    const caption = 'Senam lansia di balai desa bersama kader';
    const { kept, shown, buttons } = photo(summary(), caption);
    expect(shown).toContain(`“${caption}”`);
    expect(shown).toContain('tidak saya pakai');
    expect(shown).toContain('uraiannya:');
    expect(buttons).toContain('summary:caption');

    const used = send(kept.state, { type: 'button', id: 'summary:caption' });
    expect(used.state.stack.at(-1)).toMatchObject({ step: 'summary', data: { description: caption, photoIds: ['ph1'] } });
    expect(textOf(used.messages)).toContain('uraian kegiatannya sudah diubah');
    // Used once: the button is no answer any more.
    const again = send(used.state, { type: 'button', id: 'summary:caption' });
    expect(textOf(again.messages)).not.toContain('uraian kegiatannya sudah diubah');
  });

  it('a description too long to be one: said not used, with how to write one, and no button', () => {
    const caption = `Kegiatan ${'pemeriksaan kesehatan lansia dan senam bersama '.repeat(7)}`;
    const { shown, buttons } = photo(summary(), caption);
    expect(shown).toContain('tidak saya pakai');
    expect(shown).toContain('uraiannya:');
    expect(buttons).not.toContain('summary:caption');
  });

  it('"simpan": not saved by a caption, and said how to save', () => {
    const { shown, buttons } = photo(summary(), 'simpan');
    expect(shown).toContain('belum disimpan');
    expect(shown).toContain('✅ Simpan');
    expect(buttons).not.toContain('summary:caption');
    expect(buttons).toContain('save');
  });

  it('a correction ("tanggalnya jumat kemarin"): not carried out, and said to send it on its own', () => {
    const { kept, shown } = photo(summary(), 'tanggalnya jumat kemarin');
    expect(kept.state.stack.at(-1)!.data).toMatchObject({ date: '2026-12-05' });
    expect(shown).toContain('“tanggalnya jumat kemarin”');
    expect(shown).toContain('tanpa foto');
  });

  it('a fourth photo, refused as one too many: its caption still offered as the description', () => {
    const full = logAt('summary', { date: '2026-12-05', category: 'layanan_kesehatan', description, partners: [], beneficiaries: { 8: 20 }, photoIds: ['a', 'b', 'c'] });
    const refused = send(full, { type: 'media', kind: 'photo', ref: 'file-4', caption: 'Senam lansia di balai desa' });
    expect(refused.effects).toEqual([]);
    expect(textOf(refused.messages)).toContain('Sudah ada 3 foto');
    expect(refused.messages.flatMap((message) => message.buttons ?? []).map((button) => button.id)).toContain('summary:caption');
    expect(refused.state.stack.at(-1)!.data).not.toHaveProperty('photoCaption');
  });

  it('the photo refused: its reason, and the caption still not lost', () => {
    const sent = send(summary(), { type: 'media', kind: 'photo', ref: 'file-1', caption: 'Senam lansia di balai desa' });
    const refused = send(sent.state, { type: 'effect-result', effect: KEEP_PHOTO.name, value: { kind: 'rejected', reason: 'too-large' } });
    const shown = textOf(refused.messages);
    expect(shown).toContain('terlalu besar');
    expect(shown).toContain('“Senam lansia di balai desa”');
    expect(refused.effects.map((effect) => effect.type)).not.toContain(CREATE_ACTIVITY.name);
  });
});
