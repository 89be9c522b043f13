/**
 * Beneficiaries corrected at the summary ("20 anak yatim" typed there, or ✏️ Penerima while a
 * rejected activity is corrected) say, as the beneficiaries' question does, that orphans are
 * counted as PMKS Anak terlantar and the elderly as Lansia terlantar (they were counted in
 * silence when typed at the summary). Words naming the category say nothing more.
 */
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../../../src/core/engine/state.js';
import { logAt, send, textOf } from '../../support/activity-log.js';

const typed = (state: EngineState, text: string) => send(state, { type: 'text', text });
const recorded = { date: '2026-12-05', category: 'bantuan_lansia', description: 'Santunan sembako', partners: [], beneficiaries: { 24: 5 } };
const ORPHANS = '20 anak yatim/piatu saya catat sebagai PMKS Anak terlantar';
const ELDERLY = '12 lansia saya catat sebagai PMKS Lansia terlantar';

describe('counts corrected at the summary', () => {
  it('say that orphans and the elderly are counted as neglected, once each', () => {
    const orphans = typed(logAt('summary', recorded), '20 anak yatim');
    expect(orphans.state.stack.at(-1)).toMatchObject({ step: 'summary', data: { beneficiaries: { 2: 20, 24: 5 } } });
    expect(textOf(orphans.messages)).toContain(ORPHANS);
    expect(textOf(orphans.messages)).not.toContain('PMKS Lansia terlantar:');
    const both = textOf(typed(logAt('summary', recorded), '12 lansia, 20 anak yatim').messages);
    expect(both).toContain(ELDERLY);
    expect(both).toContain(ORPHANS);
    // A count said wrong with the right one is read as "20 anak yatim".
    expect(textOf(typed(logAt('summary', { ...recorded, beneficiaries: { 2: 25 } }), 'anak yatimnya bukan 25 tapi 20').messages)).toContain(ORPHANS);
  });

  it('say nothing more for the category named, or the elderly at a health service', () => {
    for (const [text, data] of [
      ['20 anak terlantar', recorded],
      ['12 lansia terlantar', recorded],
      ['12 lansia terlantar', { ...recorded, category: 'layanan_kesehatan' }],
    ] as const) {
      const said = textOf(typed(logAt('summary', data), text).messages);
      expect(said).toContain('jumlah penerima manfaat sudah diubah');
      expect(said).not.toContain('saya catat sebagai PMKS');
    }
  });

  it('say so while a rejected activity is corrected, typed or after ✏️ Penerima', () => {
    const correcting = { ...recorded, correcting: 'a1', partnerNames: [] };
    expect(textOf(typed(logAt('summary', correcting), '20 anak yatim').messages)).toContain(ORPHANS);
    const asked = send(logAt('summary', correcting), { type: 'button', id: 'fix:beneficiaries' });
    expect(asked.state.stack.at(-1)!.step).toBe('beneficiaries');
    const answered = typed(asked.state, '20 anak yatim');
    expect(answered.state.stack.at(-1)!.step).toBe('summary');
    expect(textOf(answered.messages)).toContain(ORPHANS);
  });
});
