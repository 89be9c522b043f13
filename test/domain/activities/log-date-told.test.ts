/**
 * The activity typed at the date's question ("penimbangan balita bareng pkk") was refused as a
 * date and lost. It is kept (kind, words offered as the description, partner looked up), said
 * so, and the date asked again; a day named with it is taken at once. Words that are a date
 * for another reason, ask something, or tell no activity are refused as before, and a date
 * asked from the summary keeps the kind and description it has.
 */
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../../../src/core/engine/state.js';
import { logAt, send, textOf } from '../../support/activity-log.js';

const typed = (state: EngineState, text: string) => send(state, { type: 'text', text });
const top = (state: EngineState) => state.stack.at(-1)!;

describe('the activity typed at the date\'s question', () => {
  it('is kept with its kind, words and partner, and the date asked again', () => {
    const kept = typed(logAt('date'), 'penimbangan balita bareng pkk');
    expect(top(kept.state)).toMatchObject({
      step: 'date',
      data: { category: 'layanan_kesehatan', typedDescription: 'penimbangan balita bareng pkk', partnerSaid: 'pkk', partnerGuessed: true },
    });
    const said = textOf(kept.messages);
    expect(said).toContain('Baik, kegiatannya saya catat: “penimbangan balita bareng pkk” (jenis: Kesehatan/posyandu');
    expect(said).toContain('Kapan kegiatan Posyandu Melati berlangsung?');
    expect(said).not.toContain('belum bisa membaca tanggal');
    // The date answered next goes past the kind's question, the words offered.
    const dated = typed(kept.state, 'kemarin');
    expect(top(dated.state)).toMatchObject({ step: 'description', data: { date: '2026-12-06', category: 'layanan_kesehatan' } });
    expect(textOf(dated.messages)).toContain('“penimbangan balita bareng pkk”');
  });

  it('keeps words naming two kinds or only a partner, the kind then asked', () => {
    const two = typed(logAt('date'), 'posyandu balita dan santunan yatim');
    expect(top(two.state)).toMatchObject({ step: 'date', data: { typedDescription: 'posyandu balita dan santunan yatim' } });
    expect(top(two.state).data).not.toHaveProperty('category');
    expect(top(typed(two.state, 'kemarin').state)).toMatchObject({ step: 'category' });
    const partner = typed(logAt('date'), 'bareng karang taruna');
    expect(top(partner.state)).toMatchObject({ step: 'date', data: { partnerSaid: 'karang taruna' } });
    expect(top(partner.state).data).not.toHaveProperty('typedDescription');
  });

  it('takes a day named with it as the date', () => {
    const taken = typed(logAt('date'), 'kerja bakti sama pkk sabtu kemarin');
    expect(top(taken.state)).toMatchObject({ step: 'description', data: { date: '2026-12-05', category: 'kerja_bakti', partnerSaid: 'pkk' } });
    expect(textOf(taken.messages)).toContain('kegiatannya saya catat');
  });

  it('offers only the activity of words that also ask to log it and name the day', () => {
    // Was the whole "kemarin, mau nyatet kegiatan kerja bakti" offered as the description.
    const taken = typed(logAt('date'), 'kemarin, mau nyatet kegiatan kerja bakti');
    expect(top(taken.state)).toMatchObject({ step: 'description', data: { date: '2026-12-06', category: 'kerja_bakti', typedDescription: 'kerja bakti' } });
    expect(textOf(taken.messages)).toContain('“kerja bakti”');
    expect(textOf(taken.messages)).not.toContain('nyatet');
    const kept = typed(logAt('date'), 'saya mau lapor kegiatan penimbangan balita bareng pkk');
    expect(top(kept.state)).toMatchObject({ step: 'date', data: { typedDescription: 'penimbangan balita bareng pkk' } });
  });

  it('refuses as before words that tell no activity, ask, or only name a day ahead', () => {
    for (const [text, reason] of [
      ['gatau lupa', 'belum bisa membaca tanggal'],
      ['kerja bakti kapan ya?', 'belum bisa membaca tanggal'],
      ['besok', 'belum terjadi'],
    ] as const) {
      const refused = typed(logAt('date'), text);
      expect(top(refused.state).data).not.toHaveProperty('typedDescription');
      expect(textOf(refused.messages)).toContain(reason);
    }
  });

  it('keeps the kind and description of a date asked from the summary', () => {
    const data = { date: '2026-12-01', category: 'pendidikan', description: 'Les gratis anak SD', dateOnly: true };
    const refused = typed(logAt('date', data), 'kerja bakti bareng pkk');
    expect(top(refused.state)).toMatchObject({ step: 'date', data: { category: 'pendidikan', description: 'Les gratis anak SD' } });
    expect(top(refused.state).data).not.toHaveProperty('typedDescription');
  });
});
