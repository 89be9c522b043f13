/**
 * An activity typed at the date's question with a day still ahead ("kerja bakti sama pkk
 * besok", "… tgl 20 desember" on 7 December) lost something in silence: the day was cut from
 * the words kept and the refusal not said, or the refusal said and the activity lost. Now the
 * activity is kept, the day left out of its words, and the person told that the day was not
 * taken and why (last year's offered where a day and month without a year is meant).
 */
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../../../src/core/engine/state.js';
import { logAt, send, textOf } from '../../support/activity-log.js';

const typed = (state: EngineState, text: string) => send(state, { type: 'text', text });
const top = (state: EngineState) => state.stack.at(-1)!;

describe('a day still ahead typed with the activity at the date\'s question', () => {
  it('is said not taken, and why; the activity is kept without it', () => {
    for (const [said, day] of [['kerja bakti sama pkk besok', 'besok'], ['kerja bakti sama pkk sabtu depan', 'sabtu depan'], ['kerja bakti sama pkk 9/12/2026', '9/12/2026']] as const) {
      const kept = typed(logAt('date'), said);
      expect(top(kept.state)).toMatchObject({ step: 'date', data: { category: 'kerja_bakti', typedDescription: 'kerja bakti sama pkk', partnerSaid: 'pkk' } });
      const text = textOf(kept.messages);
      expect(text).toContain('Baik, kegiatannya saya catat: “kerja bakti sama pkk”');
      expect(text).toContain(`“${day}” belum terjadi, jadi tidak saya pakai sebagai tanggal`);
      expect(text).toContain('Kapan kegiatan Posyandu Melati berlangsung?');
    }
  });

  it('a day and month still ahead this year has last year\'s offered, the activity kept', () => {
    const kept = typed(logAt('date'), 'kerja bakti sama pkk tgl 20 desember');
    expect(top(kept.state)).toMatchObject({ step: 'date', data: { category: 'kerja_bakti', typedDescription: 'kerja bakti sama pkk', offeredDate: '2025-12-20' } });
    const text = textOf(kept.messages);
    expect(text).toContain('Baik, kegiatannya saya catat: “kerja bakti sama pkk”');
    expect(text).toContain('20 Desember 2026 belum terjadi');
    expect(top(typed(kept.state, 'ya').state)).toMatchObject({ step: 'description', data: { date: '2025-12-20' } });
  });

  it('a place with "depan" answering the date is not said to be a day ahead', () => {
    for (const said of ['kemarin di depan balai desa', 'depan masjid', 'sabtu kemarin depan balai desa', 'tgl 3 depan masjid']) {
      const answered = typed(logAt('date'), said);
      expect(textOf(answered.messages), said).not.toContain('belum terjadi');
    }
  });

  it('a day with the activity at a place "depan" is taken', () => {
    const kept = typed(logAt('date'), 'kerja bakti depan masjid kemarin');
    expect(top(kept.state)).toMatchObject({ step: 'description', data: { date: '2026-12-06', typedDescription: 'kerja bakti depan masjid' } });
  });

  it('"depan" naming a place is no day: the activity kept, no word of a date ahead', () => {
    const kept = typed(logAt('date'), 'kerja bakti di depan balai desa');
    expect(top(kept.state)).toMatchObject({ step: 'date', data: { category: 'kerja_bakti', typedDescription: 'kerja bakti di depan balai desa' } });
    expect(textOf(kept.messages)).not.toContain('belum terjadi');
  });
});
