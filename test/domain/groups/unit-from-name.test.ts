/** Where a group is, read from a name that states it ("PKK Dusun Glugo"), so it is not asked again. */
import { describe, expect, it } from 'vitest';
import { rtOfName, unitFromName, unitInsteadOfName } from '../../../src/domain/groups/group-answers.js';

describe('unitFromName', () => {
  it('reads a dusun or a RW the name states', () => {
    expect(unitFromName('PKK Dusun Glugo')).toEqual({ rw: 0, rt: 0, dusun: 'Glugo' });
    expect(unitFromName('Majelis Taklim Al-Ikhlas Dsn. Ngemplak')).toEqual({ rw: 0, rt: 0, dusun: 'Ngemplak' });
    expect(unitFromName('Paguyuban Banjar Kaja')).toEqual({ rw: 0, rt: 0, dusun: 'Kaja' });
    expect(unitFromName('Karang Taruna RW 03')).toEqual({ rw: 3, rt: 0, dusun: '' });
    expect(unitFromName('Posyandu Dusun Krajan RT 2 RW 5')).toEqual({ rw: 5, rt: 2, dusun: 'Krajan' });
    // The RT before the RW with it (was RW 2 alone, RT 7 lost).
    expect(unitFromName('MT Nurul Huda RT 7 RW 2')).toEqual({ rw: 2, rt: 7, dusun: '' });
    expect(unitFromName('Arisan RT 5 Melati RW 3')).toEqual({ rw: 3, rt: 0, dusun: '' });
  });

  it('reads the whole desa from a name that says it covers it ("TP PKK Desa Sidomulyo", "Karang Taruna Kelurahan Terban", "… tingkat desa")', () => {
    const whole = { rw: 0, rt: 0, dusun: '' };
    for (const name of ['TP PKK Desa Sidomulyo', 'Karang Taruna Kelurahan Terban', 'Posyandu Lansia Kalurahan Panggungharjo', 'Pokja PKK tingkat desa', 'KWT Ds. Sleman']) {
      expect(unitFromName(name), name).toEqual(whole);
    }
    expect(unitFromName('Karang Taruna Desa Sidomulyo RW 03')).toEqual({ rw: 3, rt: 0, dusun: '' });
  });

  it('leaves the question for names that do not say, or say an RT alone', () => {
    for (const name of ['Arisan Ibu-Ibu RT 05 Melati', 'Peduli Lingkungan Sehat', 'Arisan Warga Banjar', 'KWT Dusun', 'Karang Taruna RW 03 Tunas Muda', 'Posyandu Melati 3', 'Kel. Tani Makmur', 'Kel Dasawisma Mawar']) {
      expect(unitFromName(name), name).toBeNull();
    }
  });
});

describe('unitInsteadOfName', () => {
  it('reads an RT/RW typed where the name is asked, also said as a sentence', () => {
    expect(unitInsteadOfName('rt 3 rw 2')).toEqual({ rw: 2, rt: 3, dusun: '' });
    // Were taken as the group's name.
    expect(unitInsteadOfName('kami di rt 3 rw 7')).toEqual({ rw: 7, rt: 3, dusun: '' });
    expect(unitInsteadOfName('we are in RT 3 RW 7')).toEqual({ rw: 7, rt: 3, dusun: '' });
    expect(unitInsteadOfName('lokasinya rw 5')).toEqual({ rw: 5, rt: 0, dusun: '' });
  });

  it('leaves names alone, also those holding an RT', () => {
    for (const name of ['Arisan RT 3', 'Kelompok Tani Maju', 'KWT Melati Sari', 'Karang Taruna RW 03 Tunas Muda']) {
      expect(unitInsteadOfName(name), name).toBeNull();
    }
  });
});

describe('rtOfName', () => {
  it('reads the RT a name states, in digits or words', () => {
    expect(rtOfName('Arisan Ibu-Ibu RT 05 Melati')).toBe(5);
    expect(rtOfName('Arisan Ibu Ibu RT Lima')).toBe(5);
    expect(rtOfName('Arisan RT dua belas')).toBe(12);
    expect(rtOfName('Arisan RT.07')).toBe(7);
  });

  it('is 0 for a name with no RT', () => {
    expect(rtOfName('Arisan Melati')).toBe(0);
    expect(rtOfName('Karang Taruna RW 03')).toBe(0);
    expect(rtOfName('Arisan Artis')).toBe(0);
  });
});
