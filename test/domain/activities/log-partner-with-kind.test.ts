/**
 * A partner named with the kind in one sentence at the kind's question ("senam lansia bareng
 * karang taruna") was asked again at the partner question, as if nothing had been said. When
 * the words after "bareng"/"bersama" name a group of the desa (by its name or its kind), it is
 * now taken as the partner and said back; words that name no group of the desa ("bareng warga
 * sekitar") leave the question asked as usual, with no "not found" about words never meant as
 * a group's name.
 */
import { describe, expect, it } from 'vitest';
import { kindThenGroups, textOf as text } from '../../support/activity-log.js';

describe('a partner named with the kind', () => {
  it('is taken as the partner, by the kind of its group, and said back', () => {
    const listed = kindThenGroups('senam lansia bareng karang taruna');
    expect(listed.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: ['kt'], description: 'senam lansia bareng karang taruna' } });
    expect(text(listed.messages)).toContain('✅ Kelompok lain: Karang Taruna Tunas Muda.');
  });

  it('is taken by its name, the words after it left out', () => {
    const listed = kindThenGroups('kerja bakti bersama tunas muda di balai desa');
    expect(listed.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: ['kt'] } });
  });

  it('leaves the question asked as usual when the words name no group of the desa', () => {
    const listed = kindThenGroups('senam lansia bareng warga sekitar');
    expect(listed.state.stack.at(-1)).toMatchObject({ step: 'partners', data: { partners: [] } });
    expect(text(listed.messages)).not.toContain('tidak saya temukan');
  });
});
