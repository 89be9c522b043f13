/**
 * Beneficiaries counted in the description ("kmrn malem kita santunan yatim 15 anak") were
 * dropped, and asked for again at their question as if never said. They are kept, said back
 * with their PMKS category, and shown there as recorded so far; counts already recorded stand.
 */
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../../../src/core/engine/state.js';
import { LIST_VILLAGE_GROUPS } from '../../../src/domain/groups/effects.js';
import { groups, logAt, send, textOf } from '../../support/activity-log.js';

const typed = (state: EngineState, text: string) => send(state, { type: 'text', text });
const top = (state: EngineState) => state.stack.at(-1)!;

describe('beneficiaries counted in the description', () => {
  it('are kept, said back, and shown at their question', () => {
    const described = typed(logAt('description', { date: '2026-12-06', category: 'santunan_anak_yatim' }), 'kmrn malem kita santunan yatim 15 anak');
    expect(top(described.state)).toMatchObject({ step: 'partners', data: { description: 'kmrn malem kita santunan yatim 15 anak', beneficiaries: { 2: 15 } } });
    expect(textOf(described.messages)).toContain('(kategori: jumlah): Anak terlantar 15');
    const listed = send(described.state, { type: 'effect-result', effect: LIST_VILLAGE_GROUPS.name, value: groups });
    const asked = send(listed.state, { type: 'button', id: 'partner:pkk' });
    const shown = top(asked.state).step === 'beneficiaries' ? asked : send(asked.state, { type: 'button', id: 'partners:done' });
    expect(top(shown.state)).toMatchObject({ step: 'beneficiaries', data: { beneficiaries: { 2: 15 } } });
    expect(textOf(shown.messages)).toContain('Tercatat sejauh ini (kategori: jumlah): Anak terlantar 15');
  });

  it('leave counts already recorded as they are, and a description without counts adds none', () => {
    const recorded = typed(logAt('description', { date: '2026-12-06', category: 'santunan_anak_yatim', beneficiaries: { 2: 20 } }), 'santunan yatim 15 anak');
    expect(top(recorded.state)).toMatchObject({ data: { beneficiaries: { 2: 20 } } });
    const none = typed(logAt('description', { date: '2026-12-06', category: 'kerja_bakti' }), 'kerja bakti tgl 15 di RT 3');
    expect(top(none.state).data).not.toHaveProperty('beneficiaries');
  });
});
