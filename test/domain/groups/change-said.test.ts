/**
 * A change to one's group said in words (../../../src/domain/groups/change-said.ts): a new ketua
 * told as news without "jadi" ("ketua kami skrg ganti mas Rizky …"), and the group a change
 * names ("ganti nama kelompok tunas muda jadi …").
 */
import { describe, expect, it } from 'vitest';
import { fieldAndValue, isGroupChangeSaid } from '../../../src/domain/groups/change-said.js';

describe('fieldAndValue', () => {
  it('reads a new ketua told as news with ganti, diganti or dipegang, as with jadi (was the FAQ)', () => {
    const value = 'mas Rizky Aditya 0878 1122 3344';
    for (const text of [
      `ketua kami skrg ganti ${value}`,
      `ketua kami sekarang ganti ${value}`,
      `ketua kami sekarang diganti ${value}`,
      `ketua kami sekarang dipegang ${value}`,
      `ketuanya sekarang dipegang oleh ${value}`,
      `ketua kami sekarang jadi ${value}`,
    ]) {
      expect(fieldAndValue(text), text).toEqual({ field: 'ketuaName', value });
      expect(isGroupChangeSaid(text), text).toBe(true);
    }
    expect(fieldAndValue('ketua kami diganti Bu Sri')).toEqual({ field: 'ketuaName', value: 'Bu Sri' });
    expect(fieldAndValue('hp ketua skrg ganti 0812 3456 7890')).toEqual({ field: 'ketuaPhone', value: '0812 3456 7890' });
  });

  it('reads no change where ganti or diganti tells something else', () => {
    for (const text of [
      'ketua ganti tiap tahun',
      'ketua kami diganti bulan depan',
      'anggota kami diganti 2 orang',
      'ketua diganti bisa ga',
      'ketua kami skrg ganti mas Rizky?',
      'mau ganti ketua',
      'hp ketua ganti baru',
    ]) {
      expect(fieldAndValue(text), text).toBeNull();
      expect(isGroupChangeSaid(text), text).toBe(false);
    }
  });

  it('keeps the words that name which group the change is for', () => {
    expect(fieldAndValue('ganti nama kelompok tunas muda jadi Karang Taruna Tunas Muda Panggungharjo')).toEqual({
      field: 'name',
      value: 'Karang Taruna Tunas Muda Panggungharjo',
      group: 'tunas muda',
    });
    expect(fieldAndValue('ubah jumlah anggota pkk jadi 40')).toEqual({ field: 'members', value: '40', group: 'pkk' });
    // The field's own words and the words around it name no group.
    expect(fieldAndValue('ganti nama kelompok kami jadi Arisan Melati')).toEqual({ field: 'name', value: 'Arisan Melati' });
    expect(fieldAndValue('ubah nomor hp ketua jadi 0812 3456 7890')).toEqual({ field: 'ketuaPhone', value: '0812 3456 7890' });
    expect(fieldAndValue('anggota kelompok kami sekarang nambah jadi 35 orang')).toEqual({ field: 'members', value: '35 orang' });
  });
});
