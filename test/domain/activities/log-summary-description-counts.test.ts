/**
 * A description changed at the summary ("ubah deskripsi: santunan 20 lansia …", a photo's
 * caption taken as it) had its counts dropped: only the description's question read them. Each
 * of the three ways a description is taken reads them alike (withDescription): kept in the
 * categories not recorded yet, and said back.
 */
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../../../src/core/engine/state.js';
import { USE_CAPTION_BUTTON } from '../../../src/domain/activities/log-summary-caption.js';
import { logAt, send, textOf } from '../../support/activity-log.js';

const typed = (state: EngineState, text: string) => send(state, { type: 'text', text });
const top = (state: EngineState) => state.stack.at(-1)!;
const data = { date: '2026-12-06', category: 'bantuan_lansia', description: 'Bantuan sembako', partners: [], candidates: [] };

describe('counts in a description changed at the summary', () => {
  it('are kept and said back as at the description question', () => {
    for (const said of ['ubah deskripsi: santunan 20 lansia di balai desa', 'uraiannya salah, harusnya santunan 20 lansia di balai desa']) {
      const changed = typed(logAt('summary', data), said);
      expect(top(changed.state)).toMatchObject({ step: 'summary', data: { description: 'santunan 20 lansia di balai desa', beneficiaries: { 8: 20 } } });
      expect(textOf(changed.messages)).toContain('(kategori: jumlah): Lansia terlantar 20. Bila jumlahnya lain, ketik di sini');
    }
    const asked = typed(typed(logAt('summary', data), 'ubah uraian').state, 'santunan 20 lansia di balai desa');
    expect(top(asked.state)).toMatchObject({ step: 'summary', data: { beneficiaries: { 8: 20 } } });
  });

  it('are kept from a caption taken as the description', () => {
    const taken = send(logAt('summary', { ...data, captionOffer: 'santunan 20 lansia di balai desa' }), { type: 'button', id: USE_CAPTION_BUTTON });
    expect(top(taken.state)).toMatchObject({ step: 'summary', data: { description: 'santunan 20 lansia di balai desa', beneficiaries: { 8: 20 } } });
    expect(textOf(taken.messages)).toContain('(kategori: jumlah): Lansia terlantar 20');
  });

  it('leave counts already recorded as they are', () => {
    const changed = typed(logAt('summary', { ...data, beneficiaries: { 8: 25 } }), 'ubah deskripsi: santunan 20 lansia di balai desa');
    expect(top(changed.state)).toMatchObject({ data: { beneficiaries: { 8: 25 } } });
  });
});
