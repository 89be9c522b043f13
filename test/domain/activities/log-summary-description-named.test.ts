/**
 * A description changed at the summary ("ganti uraian jadi …", "uraiannya salah, harusnya …", a
 * photo's caption taken as it) was saved as typed, though it named the person helped: the
 * name check (UU PDP: the people helped are counted, never named) ran only at the
 * description's question. It runs there too: the name pointed out, the words offered without
 * it, and the answer back at the summary.
 */
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../../../src/core/engine/state.js';
import { USE_CAPTION_BUTTON } from '../../../src/domain/activities/log-summary-caption.js';
import { NOT_BENEFICIARY_BUTTON } from '../../../src/domain/activities/log-description-names.js';
import { logAt, send, textOf } from '../../support/activity-log.js';

const typed = (state: EngineState, text: string) => send(state, { type: 'text', text });
const top = (state: EngineState) => state.stack.at(-1)!;
const data = { date: '2026-12-06', category: 'bedah_rumah', description: 'Bedah rumah warga', partners: [], candidates: [] };

describe('a description changed at the summary that names the person helped', () => {
  it('points the name out and offers the words without it, then goes back to the summary', () => {
    for (const said of ['ganti uraian jadi bedah rumah mbah Karto', 'uraiannya salah, harusnya bedah rumah mbah Karto']) {
      const asked = typed(logAt('summary', data), said);
      expect(top(asked.state)).toMatchObject({ step: 'description', data: { typedDescription: 'bedah rumah seorang lansia', namedDescription: 'bedah rumah mbah Karto' } });
      expect(textOf(asked.messages)).toContain('Mohon jangan tulis nama orang yang dibantu (“mbah Karto”)');
      const taken = typed(asked.state, 'ya');
      expect(top(taken.state)).toMatchObject({ step: 'summary', data: { description: 'bedah rumah seorang lansia' } });
      expect(textOf(taken.messages)).toContain('bedah rumah seorang lansia');
    }
  });

  it('keeps the words as typed with 🙅 Bukan penerima', () => {
    const asked = typed(logAt('summary', data), 'ganti uraian jadi bedah rumah dipandu pak Harjo dari dinas');
    const kept = send(asked.state, { type: 'button', id: NOT_BENEFICIARY_BUTTON });
    expect(top(kept.state)).toMatchObject({ step: 'summary', data: { description: 'bedah rumah dipandu pak Harjo dari dinas' } });
  });

  it('checks a caption taken as the description', () => {
    const asked = send(logAt('summary', { ...data, captionOffer: 'bedah rumah bu Sumi' }), { type: 'button', id: USE_CAPTION_BUTTON });
    expect(top(asked.state)).toMatchObject({ step: 'description', data: { typedDescription: 'bedah rumah seorang warga' } });
    expect(top(asked.state).data).not.toHaveProperty('captionOffer');
  });

  it('changes a description naming nobody in place, as before', () => {
    const changed = typed(logAt('summary', data), 'ganti uraian jadi bedah rumah warga RT 3');
    expect(top(changed.state)).toMatchObject({ step: 'summary', data: { description: 'bedah rumah warga RT 3' } });
  });
});
