/**
 * A wish to fix one's group's data with no field named (../../../src/domain/groups/fix-asked.ts):
 * the main menu opens Kelompok saya for it (was the FAQ's privacy answer, or "belum paham").
 */
import { describe, expect, it } from 'vitest';
import { isFixAsked, isFixAskedOfAnyData } from '../../../src/domain/groups/fix-asked.js';

describe('isFixAsked', () => {
  it('reads a wish to fix the group\'s data with no field named', () => {
    for (const text of ['mau perbaiki data kelompok', 'perbaiki', 'betulkan data', 'revisi data kelompok', "fix my group's data", 'tolong benerin data kelompok kami dong', 'i want to fix our group data', 'tolong dibenerin data kelompok', 'mbetulke data kelompok', 'ndandani data kelompok', 'perbaiki data kelompok posyandu anggrek', 'edit my group']) {
      expect(isFixAsked(text), text).toBe(true);
    }
    for (const text of ['ganti', 'perbaiki data saya', 'ubah data diri', 'perbaiki jalan desa', 'ganti ketua']) {
      expect(isFixAsked(text), text).toBe(false);
    }
  });

  it('knows the lexicon\'s words of wanting, of "I" and of address (were missing from a hand-written copy)', () => {
    for (const text of ['pengin perbaiki data kelompok', 'gw mau benerin data kelompok', 'perbaiki data kelompok ya pak', 'kula badhe ndandani data kelompok']) {
      expect(isFixAsked(text), text).toBe(true);
    }
  });

  it('tells data not said to be the group\'s, which may be one\'s own', () => {
    expect(isFixAskedOfAnyData('betulkan data')).toBe(true);
    expect(isFixAskedOfAnyData('perbaiki')).toBe(true);
    expect(isFixAskedOfAnyData('mau perbaiki data kelompok')).toBe(false);
  });
});
