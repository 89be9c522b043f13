/**
 * "Sama kayak ketua MT" typed at the registration's ketua question (../../../src/domain/groups/same-ketua.ts):
 * read as the "👤 Sama dengan ketua …" button it names (was a ketua called "sama kayak").
 */
import { describe, expect, it } from 'vitest';
import { sameKetuaTyped } from '../../../src/domain/groups/same-ketua.js';

const KNOWN = [
  { groupId: 'mt', group: 'MT Nurul Iman', name: 'bu hj siti aminah' },
  { groupId: 'pos', group: 'Posyandu Melati 2', name: 'mbak dewi lestari' },
];

describe('sameKetuaTyped', () => {
  it('reads the group or the ketua named after "sama"', () => {
    expect(sameKetuaTyped('sama kayak ketua MT', KNOWN)).toBe(KNOWN[0]);
    expect(sameKetuaTyped('sama dengan ketua posyandu', KNOWN)).toBe(KNOWN[1]);
    expect(sameKetuaTyped('podo karo mt nurul iman', KNOWN)).toBe(KNOWN[0]);
    expect(sameKetuaTyped('sama, bu siti', KNOWN)).toBe(KNOWN[0]);
    expect(sameKetuaTyped('Sama dengan ketua MT Nurul Iman (bu hj siti aminah)', KNOWN)).toBe(KNOWN[0]);
    expect(sameKetuaTyped('same as the posyandu', KNOWN)).toBe(KNOWN[1]);
  });

  it('takes the only one offered for a bare "sama", and says unclear when none or several fit', () => {
    expect(sameKetuaTyped('sama', [KNOWN[0]!])).toBe(KNOWN[0]);
    expect(sameKetuaTyped('sama aja', KNOWN)).toBe('unclear');
    expect(sameKetuaTyped('sama kayak ketua karang taruna', KNOWN)).toBe('unclear');
    expect(sameKetuaTyped('sama kayak ketua MT', [])).toBe('unclear');
  });

  it('reads no such answer in a ketua\'s name', () => {
    for (const text of ['Samadi 0812 3456 7890', 'Pak Samsul', 'bu sama', 'Siti Aminah']) {
      expect(sameKetuaTyped(text, KNOWN), text).toBeNull();
    }
  });
});
